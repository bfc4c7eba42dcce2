package no.oslocancercluster.history.content.frontmatter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import no.oslocancercluster.history.content.model.HistoricalDate;

/**
 * The annotated text must be a date that {@link HistoricalDate#parse(String)} accepts, at
 * the precision asked for.
 */
@Documented
@Constraint(validatedBy = HistoricalDateText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface HistoricalDateText {

	String message() default "\"${validatedValue}\" is not a date; write 2019-12 (year-month) or 2019-12-05";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Whether only a whole day ({@code 2024-05-31}) is accepted, not a year or a month.
	 */
	boolean day() default false;

	/**
	 * Accepts blank values (left to {@code @NotBlank}) and anything
	 * {@link HistoricalDate} can parse.
	 */
	class Validator implements ConstraintValidator<HistoricalDateText, String> {

		private boolean day;

		@Override
		public void initialize(HistoricalDateText annotation) {
			this.day = annotation.day();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return HistoricalDate.parse(value).filter((date) -> !this.day || date.day() != null).isPresent();
		}

	}

}
