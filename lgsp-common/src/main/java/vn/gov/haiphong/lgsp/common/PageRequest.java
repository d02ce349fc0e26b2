package vn.gov.haiphong.lgsp.common;

import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * A validated page position. Parsed from text so that both REST query parameters and SOAP fields
 * get the same clear error for "abc", a negative number or a page past {@link #MAX_PAGE}. The bound keeps
 * {@link #offset()} ({@code page × size}) inside an {@code int}: 1,000,000 pages of 100 is an offset of
 * 10⁸; a listing that deep is searched with its filters, not paged through.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    public static PageRequest parse(String page, String size) {
        List<FieldViolation> violations = new ArrayList<>();
        int p = parseInt(page, 0);
        int s = parseInt(size, DEFAULT_SIZE);
        if (p < 0 || p > MAX_PAGE) {
            violations.add(FieldViolation.of("page", "page.invalid", MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(FieldViolation.of("size", "size.invalid", MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        return new PageRequest(p, s);
    }

    public static PageRequest of(Integer page, Integer size) {
        return parse(page == null ? null : page.toString(), size == null ? null : size.toString());
    }

    public int offset() {
        return page * size;
    }

    /** The number, {@code absent} when blank, -1 when it is not an {@code int} (then refused as negative). */
    private static int parseInt(String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
