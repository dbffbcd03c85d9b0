package org.pikir.feedback.export;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The columns of an export query and how each value is read: the query's column labels name the fields. */
final class Columns {

    enum Kind { NUMBER, BOOLEAN, TIMESTAMP, DATE, TEXT }

    private final String[] labels;
    private final Kind[] kinds;

    private Columns(String[] labels, Kind[] kinds) {
        this.labels = labels;
        this.kinds = kinds;
    }

    static Columns of(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        int count = meta.getColumnCount();
        String[] labels = new String[count];
        Kind[] kinds = new Kind[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
            kinds[i] = kindOf(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
        }
        return new Columns(labels, kinds);
    }

    private static Kind kindOf(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.NUMERIC, Types.DECIMAL -> Kind.NUMBER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            default -> "timestamptz".equals(typeName) ? Kind.TIMESTAMP : Kind.TEXT;
        };
    }

    int size() {
        return labels.length;
    }

    /** The label as the query gives it, snake_case: the CSV header. */
    String label(int column) {
        return labels[column];
    }

    /** The label in camelCase: the JSON field name. */
    String field(int column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : labels[column].toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    Kind kind(int column) {
        return kinds[column];
    }

    /**
     * The value of a column on the current row as text (numbers in plain notation, true or false, times as ISO-8601
     * instants in UTC, dates as yyyy-mm-dd), or null.
     */
    String text(ResultSet row, int column) throws SQLException {
        int index = column + 1;
        return switch (kinds[column]) {
            case TIMESTAMP -> {
                OffsetDateTime at = row.getObject(index, OffsetDateTime.class);
                yield at == null ? null : at.toInstant().toString();
            }
            case DATE -> {
                LocalDate on = row.getObject(index, LocalDate.class);
                yield on == null ? null : on.toString();
            }
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                yield row.wasNull() ? null : String.valueOf(value);
            }
            case NUMBER -> {
                var number = row.getBigDecimal(index);
                yield number == null ? null : number.toPlainString();
            }
            default -> row.getString(index);
        };
    }
}
