package no.oslocancercluster.history.web;

import jakarta.validation.Validation;

import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Spring MVC's validator, for {@code @Valid} arguments (the site's controllers take
 * none): Bean Validation starts when something is first validated, not with the site.
 * Spring Boot's validator is made at every start, which starts Hibernate Validator (some
 * 550 classes) in a process that, started from the snapshot of checked content, validates
 * nothing.
 */
final class FirstUseValidator implements SmartValidator {

	private final SingletonSupplier<SpringValidatorAdapter> target = SingletonSupplier
		.of(() -> new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));

	// Bean Validation takes any object, and finds nothing to check on most.
	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object object, Errors errors) {
		this.target.obtain().validate(object, errors);
	}

	@Override
	public void validate(Object object, Errors errors, Object... hints) {
		this.target.obtain().validate(object, errors, hints);
	}

}
