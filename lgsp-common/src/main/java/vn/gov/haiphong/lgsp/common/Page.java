package vn.gov.haiphong.lgsp.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items      the items on this page
 * @param page       zero-based page number
 * @param size       page size asked for
 * @param totalItems number of items over all pages
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    /** The requested page of a whole listing already in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.size());
        return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
