package vn.gov.haiphong.lgsp.web.common;

import java.util.function.Function;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** Optional query parameters read as values: absent or blank is null; one that does not parse is a clear 400. */
public final class QueryValues {

    private QueryValues() {
    }

    /** The text stripped; null when absent or blank. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * @param expected what a valid value looks like, for the {@code invalid-parameter} problem
     *                 ({@code "ISO-8601, 2026-11-27T00:00:00Z"})
     */
    public static <T> T optional(String name, String text, Function<String, T> parse, String expected) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException, IllegalArgumentException
            throw new LgspException(ErrorCode.INVALID_PARAMETER, name, expected);
        }
    }
}
