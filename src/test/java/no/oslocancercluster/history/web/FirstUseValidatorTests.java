package no.oslocancercluster.history.web;

import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class FirstUseValidatorTests {

	@Test
	void anArgumentIsCheckedByBeanValidationWhenFirstValidated() {
		FirstUseValidator validator = new FirstUseValidator();
		Errors errors = new BeanPropertyBindingResult(new Query(" "), "query");
		assertThat(validator.supports(Query.class)).isTrue();
		validator.validate(new Query(" "), errors);
		assertThat(errors.getFieldErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getField()).isEqualTo("text");
			assertThat(error.getDefaultMessage()).isEqualTo("is empty; ask for something");
		});
	}

	@Test
	void aValidArgumentHasNoErrors() {
		Errors errors = new BeanPropertyBindingResult(new Query("oslo"), "query");
		new FirstUseValidator().validate(new Query("oslo"), errors, new Object[0]);
		assertThat(errors.hasErrors()).isFalse();
	}

	record Query(@NotBlank(message = "is empty; ask for something") String text) {
	}

}
