package vn.gov.haiphong.lgsp.common.error;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.haiphong.lgsp.common.text.HostileText;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * One rejected field of a request: its name as the caller sent it and the message key that says why.
 *
 * @param field      the request field, e.g. {@code code} or {@code email}
 * @param messageKey key in the bilingual message bundle
 * @param args       values for the message's placeholders
 */
public record FieldViolation(String field, String messageKey, List<Object> args) {

    public FieldViolation {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static FieldViolation of(String field, String messageKey, Object... args) {
        return new FieldViolation(field, messageKey, Arrays.asList(args));
    }

    /**
     * What Jakarta Validation found, as field violations sorted by field: the constraint's message is
     * the bundle key; a {@code max} attribute (sizes) becomes the message's argument, and a {@link SafeText}
     * violation names the character it found, so the caller can find an invisible one.
     */
    public static <T> List<FieldViolation> of(Set<ConstraintViolation<T>> found) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<T> v : found) {
            Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            Object[] args = attributes.containsKey("max") ? new Object[] {attributes.get("max")} : new Object[0];
            if (v.getConstraintDescriptor().getAnnotation() instanceof SafeText
                    && v.getInvalidValue() instanceof CharSequence text) {
                args = new Object[] {HostileText.describe(HostileText.firstHostile(text))};
            }
            violations.add(of(v.getPropertyPath().toString(), v.getMessageTemplate(), args));
        }
        violations.sort(Comparator.comparing(FieldViolation::field));
        return violations;
    }
}
