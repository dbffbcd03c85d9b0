package org.pikir.platform.web;

import java.util.List;

/** One page of a list. {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The deepest page a list serves: page × size must stay an int, or the offset overflows into a server error. */
    public static final int MAX_PAGE = 10_000;

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        int pages = size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        return new PageResponse<>(items, page, size, totalItems, pages);
    }
}
