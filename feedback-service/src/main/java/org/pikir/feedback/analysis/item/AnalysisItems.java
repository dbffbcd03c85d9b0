package org.pikir.feedback.analysis.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.Localised;
import org.pikir.feedback.analysis.SqlIds;
import org.pikir.feedback.analysis.item.AnalysisItemResponse.ItemTheme;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Timestamps;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.pikir.feedback.analysis.SqlRows.rows;
import static org.pikir.feedback.analysis.SqlRows.number;

/**
 * A forum's items as analysts list them: a page is two statements whatever the forum holds (the items with their
 * analyst state, then their themes), and the analyst's note on one item.
 */
@ApplicationScoped
public class AnalysisItems {

    private final EntityManager db;
    private final AuditLog audit;
    private final Clock clock;

    public AnalysisItems(EntityManager db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CursorPage<AnalysisItemResponse> page(String eventSlug, ItemFilter filter, Cursor after, int size) {
        List<AnalysisItemResponse> rows = read(eventSlug, ItemQuery.page(eventSlug, filter, after, size + 1));
        List<AnalysisItemResponse> items = rows.subList(0, Math.min(size, rows.size()));
        String next = null;
        if (rows.size() > size) {
            AnalysisItemResponse last = items.get(size - 1);
            next = new Cursor(last.createdAt(), last.type(), last.id()).encode();
        }
        return new CursorPage<>(List.copyOf(items), next);
    }

    /** One item of the forum (any status but DELETED); 404 otherwise. */
    @Transactional
    public AnalysisItemResponse get(String eventSlug, ItemType type, long id) {
        List<AnalysisItemResponse> found = read(eventSlug, ItemQuery.one(eventSlug, type, id));
        if (found.isEmpty()) {
            throw ProblemException.notFound(type == ItemType.COMMENT ? "Comment" : "Recommendation", String.valueOf(id));
        }
        return found.get(0);
    }

    /** Sets, replaces or (blank) removes the internal note on an item. */
    @Transactional
    public AnalysisItemResponse note(String eventSlug, ItemType type, long id, String note, Staff staff) {
        AnalysisItemResponse before = get(eventSlug, type, id);
        String kept = note == null || note.isBlank() ? null : note.strip();
        db.createNativeQuery("""
                        insert into item_analysis (item_type, item_id, event_slug, note, updated_by, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (item_type, item_id) do update
                            set note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .setParameter(1, type.name()).setParameter(2, id).setParameter(3, eventSlug).setParameter(4, kept)
                .setParameter(5, staff.name()).setParameter(6, clock.instant()).executeUpdate();
        audit.record(staff, "analysis.note", type.table(), String.valueOf(id), new NoteState(before.note()),
                new NoteState(kept));
        return get(eventSlug, type, id);
    }

    /** What a note's audit entry records. */
    record NoteState(String note) {
    }

    private List<AnalysisItemResponse> read(String eventSlug, ItemQuery query) {
        List<Object[]> rows = rows(query.bind(db.createNativeQuery(query.sql())).getResultList());
        Map<String, List<ItemTheme>> themes = themes(rows);
        List<AnalysisItemResponse> items = new ArrayList<>();
        for (Object[] row : rows) {
            ItemType type = ItemType.valueOf((String) row[0]);
            long id = number(row[1]);
            items.add(new AnalysisItemResponse(type, id, eventSlug, (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], Timestamps.instant(row[6]), (String) row[7],
                    themes.getOrDefault(type.name() + ":" + id, List.of()), Boolean.TRUE.equals(row[12]),
                    (String) row[13], row[8] == null ? null : number(row[8]),
                    row[9] == null ? null : ((Number) row[9]).floatValue(), row[10] == null ? null : number(row[10]),
                    (String) row[11]));
        }
        return items;
    }

    /** The themes of these items, confirmed ones first, keyed by "TYPE:id"; one statement. */
    private Map<String, List<ItemTheme>> themes(List<Object[]> items) {
        Map<String, List<ItemTheme>> themes = new HashMap<>();
        if (items.isEmpty()) {
            return themes;
        }
        List<Long> comments = new ArrayList<>();
        List<Long> recommendations = new ArrayList<>();
        for (Object[] row : items) {
            (ItemType.COMMENT.name().equals(row[0]) ? comments : recommendations).add(number(row[1]));
        }
        for (Object[] row : rows(db.createNativeQuery("""
                        select it.item_type, it.item_id, t.id, t.name_kk, t.name_ru, t.name_en, it.suggested, it.score
                        from item_theme it join theme t on t.id = it.theme_id
                        where (it.item_type = 'COMMENT' and it.item_id = %s)
                           or (it.item_type = 'RECOMMENDATION' and it.item_id = %s)
                        order by it.suggested, t.id""".formatted(SqlIds.ANY.formatted(1), SqlIds.ANY.formatted(2)))
                .setParameter(1, SqlIds.of(comments)).setParameter(2, SqlIds.of(recommendations)).getResultList())) {
            themes.computeIfAbsent(row[0] + ":" + number(row[1]), key -> new ArrayList<>()).add(new ItemTheme(
                    number(row[2]), Localised.of(row[3], row[4], row[5]), (Boolean) row[6],
                    row[7] == null ? null : ((Number) row[7]).floatValue()));
        }
        return themes;
    }
}
