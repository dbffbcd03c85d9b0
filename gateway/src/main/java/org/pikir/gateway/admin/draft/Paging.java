package org.pikir.gateway.admin.draft;

import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.ForumRows;

import java.util.List;
import java.util.function.Function;

/** One page of a list of the draft pages, with the links to the pages before and after. */
final class Paging {

    private Paging() {
    }

    /** The page number asked for (from 1); anything else is the first. */
    static int number(String value) {
        Long number = AdminForms.count(value);
        return number == null || number < 1 ? 1 : (int) Math.min(number, Integer.MAX_VALUE);
    }

    /** The page (from 1) of a list shown {@code size} at a time that holds the item at {@code index}. */
    static int of(int index, int size) {
        return Math.max(index, 0) / size + 1;
    }

    /** The page shown when {@code wanted} is asked for: the first when there is no such page. */
    static int shown(int wanted, int total, int size) {
        int pages = Math.max(1, (total + size - 1) / size);
        return wanted < 1 || wanted > pages ? 1 : wanted;
    }

    static <T> ForumRows.Listing<T> page(List<T> items, int wanted, int size, String base, String anchor) {
        return page(items, wanted, size, base, anchor, Function.identity());
    }

    /**
     * Page {@code wanted} of {@code items}, each made a {@code row}; {@code base} ends where the page number goes,
     * {@code anchor} is the list's id.
     */
    static <T, R> ForumRows.Listing<R> page(List<T> items, int wanted, int size, String base, String anchor,
                                            Function<T, R> row) {
        int pages = Math.max(1, (items.size() + size - 1) / size);
        int page = shown(wanted, items.size(), size);
        List<R> shown = items.subList((page - 1) * size, Math.min(items.size(), page * size)).stream().map(row).toList();
        return new ForumRows.Listing<>(shown, items.size(), page, pages,
                page > 1 ? base + (page - 1) + "#" + anchor : null,
                page < pages ? base + (page + 1) + "#" + anchor : null);
    }
}
