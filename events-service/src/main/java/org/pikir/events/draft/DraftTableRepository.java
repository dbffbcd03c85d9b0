package org.pikir.events.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The editors' part of a comparative table: per changed unit's key, the justification and linked recommendations. */
@ApplicationScoped
public class DraftTableRepository {

    public record Row(Map<String, String> justification, List<Long> recommendationIds) {
        static final Row EMPTY = new Row(Map.of(), List.of());
    }

    private final EntityManager db;
    private final ObjectMapper json;

    public DraftTableRepository(EntityManager db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    public Map<String, Row> rows(long versionId) {
        return db.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(
                    "select key, justification::text, recommendation_ids::text from draft_table_row where version_id = ?")) {
                read.setLong(1, versionId);
                Map<String, Row> rows = new HashMap<>();
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        rows.put(result.getString(1), new Row(parse(result.getString(2), new TypeReference<>() { }),
                                parse(result.getString(3), new TypeReference<>() { })));
                    }
                }
                return rows;
            }
        });
    }

    public void save(long versionId, String key, Row row, Instant at, String actor) {
        db.flush();
        db.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("insert into draft_table_row (version_id, key,"
                    + " justification, recommendation_ids, updated_at, updated_by) values (?, ?, ?::jsonb, ?::jsonb, ?, ?)"
                    + " on conflict (version_id, key) do update set justification = excluded.justification,"
                    + " recommendation_ids = excluded.recommendation_ids, updated_at = excluded.updated_at,"
                    + " updated_by = excluded.updated_by")) {
                upsert.setLong(1, versionId);
                upsert.setString(2, key);
                upsert.setString(3, write(row.justification()));
                upsert.setString(4, write(row.recommendationIds()));
                upsert.setTimestamp(5, Timestamp.from(at));
                upsert.setString(6, actor);
                upsert.executeUpdate();
            }
        });
    }

    private <T> T parse(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A comparative table row holds invalid JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
