package vn.gov.haiphong.lgsp.web.common;

import java.util.List;
import vn.gov.haiphong.lgsp.common.Page;

/**
 * A page of a listing on the wire.
 *
 * @param items      the items on this page
 * @param page       zero-based page number
 * @param size       page size
 * @param totalItems items over all pages
 * @param totalPages number of pages
 */
public record PageJson<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageJson<T> of(Page<T> page) {
        return new PageJson<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
