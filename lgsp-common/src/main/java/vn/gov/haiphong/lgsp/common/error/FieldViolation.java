package vn.gov.haiphong.lgsp.common.error;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
}
