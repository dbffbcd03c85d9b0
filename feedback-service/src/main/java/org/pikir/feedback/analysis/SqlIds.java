package org.pikir.feedback.analysis;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ids handed to PostgreSQL as one text parameter, read back with {@link #ANY}: one statement for any number of ids,
 * with a plan that does not change with their count.
 */
public final class SqlIds {

    /** Matches a column against the ids given as the parameter {@code ?N}: {@code ANY.formatted(n)}. */
    public static final String ANY = "any(cast(string_to_array(?%d, ',') as bigint[]))";

    private SqlIds() {
    }

    public static String of(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
