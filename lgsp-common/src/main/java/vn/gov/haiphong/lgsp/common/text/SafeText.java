package vn.gov.haiphong.lgsp.common.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text without {@link HostileText hostile characters}, for the request records' names, codes and free
 * text. {@code null} is valid (presence is {@code @NotBlank}'s job). The violation names the first such
 * character ({@code FieldViolation} adds it to the message).
 */
@Documented
@Constraint(validatedBy = SafeText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SafeText {

    String message() default "text.hostile";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Applies {@link HostileText#firstHostile}. */
    class Validator implements ConstraintValidator<SafeText, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return HostileText.firstHostile(value) == HostileText.NONE;
        }
    }
}
