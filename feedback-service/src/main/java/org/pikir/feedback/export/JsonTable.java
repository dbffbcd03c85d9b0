package org.pikir.feedback.export;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes a query's rows as a JSON array of objects, one field per column (camelCase), nulls included. */
final class JsonTable {

    private JsonTable() {
    }

    static void writeArray(ResultSet rows, JsonGenerator json) throws SQLException, IOException {
        Columns columns = Columns.of(rows);
        json.writeStartArray();
        while (rows.next()) {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                json.writeFieldName(columns.field(i));
                String value = columns.text(rows, i);
                if (value == null) {
                    json.writeNull();
                } else {
                    switch (columns.kind(i)) {
                        case NUMBER -> json.writeNumber(value);
                        case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(value));
                        default -> json.writeString(value);
                    }
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
