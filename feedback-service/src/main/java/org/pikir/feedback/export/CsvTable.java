package org.pikir.feedback.export;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes a query's rows as CSV per RFC 4180: a header line, CRLF line ends, text fields in double
 * quotes with quotes doubled. A text cell that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe, so opening an export runs nothing.
 */
final class CsvTable {

    private CsvTable() {
    }

    static void write(ResultSet rows, Writer out) throws SQLException, IOException {
        Columns columns = Columns.of(rows);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(columns.label(i));
        }
        out.write("\r\n");
        while (rows.next()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String value = columns.text(rows, i);
                if (value != null) {
                    out.write(columns.kind(i) == Columns.Kind.TEXT ? quoted(value) : value);
                }
            }
            out.write("\r\n");
        }
    }

    /** A text cell: neutralised if it could start a formula, then quoted with its quotes doubled. */
    static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
