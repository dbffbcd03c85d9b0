package org.pikir.feedback.analysis;

import java.util.List;

/** Reading the rows of the analysis code's native queries. */
public final class SqlRows {

    private SqlRows() {
    }

    /** A native query's result with more than one column: one array per row. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    /** A number column (count, id) as a long. */
    public static long number(Object column) {
        return ((Number) column).longValue();
    }
}
