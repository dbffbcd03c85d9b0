package org.pikir.feedback.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Timestamps;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of staff actions. Entries are written in the transaction of the action
 * they describe, so an action and its entry are committed together or not at all; the database
 * refuses to change or remove an entry afterwards.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager db;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(EntityManager db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Records one staff action; {@code before} and {@code after} are written as JSON objects. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Staff actor, String action, String targetType, String targetId, Object before, Object after) {
        record(actor.name(), action, targetType, targetId, before, after);
    }

    /** Records an action by someone who is not staff, such as an author changing their own comment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String targetType, String targetId, Object before, Object after) {
        db.createNativeQuery("""
                        insert into audit_entry (actor, action, target_type, target_id, before, after, at)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb), ?7)""")
                .setParameter(1, actor).setParameter(2, action).setParameter(3, targetType)
                .setParameter(4, targetId).setParameter(5, write(before)).setParameter(6, write(after))
                .setParameter(7, clock.instant())
                .executeUpdate();
    }

    /** Entries newest first, optionally for one target or one actor, one keyset page at a time. */
    @Transactional
    public CursorPage<AuditEntryResponse> list(String targetType, String targetId, String actor, Cursor after, int size) {
        StringBuilder sql = new StringBuilder("""
                select id, actor, action, target_type, target_id, cast(before as text), cast(after as text), at
                from audit_entry where true""");
        List<Object> parameters = new ArrayList<>();
        if (targetType != null) {
            parameters.add(targetType);
            sql.append(" and target_type = ?").append(parameters.size());
            parameters.add(targetId);
            sql.append(" and target_id = ?").append(parameters.size());
        }
        if (actor != null) {
            parameters.add(actor);
            sql.append(" and actor = ?").append(parameters.size());
        }
        if (after != null) {
            parameters.add(after.at());
            int at = parameters.size();
            parameters.add(after.id());
            sql.append(" and (at, id) < (?").append(at).append(", ?").append(parameters.size()).append(")");
        }
        sql.append(" order by at desc, id desc limit ").append(size + 1);
        var query = db.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<AuditEntryResponse> items = rows.stream().limit(size).map(this::entry).toList();
        String next = rows.size() > size
                ? Cursor.of(items.get(size - 1).at(), items.get(size - 1).id()).encode()
                : null;
        return new CursorPage<>(items, next);
    }

    private AuditEntryResponse entry(Object[] row) {
        return new AuditEntryResponse(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], read((String) row[5]), read((String) row[6]),
                Timestamps.instant(row[7]));
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit state could not be written", e);
        }
    }

    private JsonNode read(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored audit state is unreadable", e);
        }
    }
}
