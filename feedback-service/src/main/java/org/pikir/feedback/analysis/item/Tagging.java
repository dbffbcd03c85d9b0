package org.pikir.feedback.analysis.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.ItemRef;
import org.pikir.feedback.analysis.SqlIds;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Unprocessable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.pikir.feedback.analysis.SqlRows.rows;

/**
 * Bulk tagging with set-based SQL: the items are resolved once (the list checked against the forum, or the filter
 * read), then each change is one statement over all of them (one per theme for ADD), never a statement per item.
 */
@ApplicationScoped
public class Tagging {

    /** The items as rows (?1: comment ids, ?2: recommendation ids), each once. */
    private static final String TARGETS = """
            with targets as (select 'COMMENT' as item_type, unnest(cast(string_to_array(?1, ',') as bigint[])) as item_id
                             union
                             select 'RECOMMENDATION', unnest(cast(string_to_array(?2, ',') as bigint[])))
            """;

    private final EntityManager db;
    private final AuditLog audit;
    private final Clock clock;

    public Tagging(EntityManager db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a tagging's audit entry records: the request and what it changed. */
    record TagState(TagAction action, List<Long> themes, List<ItemRef> items, ItemFilter filter, long affected) {
    }

    @Transactional
    public TagResult tag(String eventSlug, TagRequest request, Staff staff) {
        List<Long> themes = themes(eventSlug, request);
        Map<ItemType, List<Long>> items = items(eventSlug, request);
        String comments = SqlIds.of(items.get(ItemType.COMMENT));
        String recommendations = SqlIds.of(items.get(ItemType.RECOMMENDATION));
        Instant now = clock.instant();
        long affected = 0;
        switch (request.action()) {
            case ADD -> {
                for (long theme : themes) {
                    affected += update(TARGETS + """
                            insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, tagged_by, tagged_at)
                            select item_type, item_id, ?3, ?4, false, ?5, ?6 from targets
                            on conflict (item_type, item_id, theme_id) do update
                                set suggested = false, tagged_by = excluded.tagged_by, tagged_at = excluded.tagged_at
                                where item_theme.suggested""", comments, recommendations, theme, eventSlug,
                            staff.name(), now);
                }
                // a tagged item has a theme after all
                update(TARGETS + """
                        update item_analysis a set no_theme = false, updated_by = ?3, updated_at = ?4
                        from targets t where a.item_type = t.item_type and a.item_id = t.item_id and a.no_theme""",
                        comments, recommendations, staff.name(), now);
            }
            case REMOVE -> affected = update(TARGETS + """
                    delete from item_theme i using targets t
                    where i.item_type = t.item_type and i.item_id = t.item_id and i.theme_id = %s"""
                    .formatted(SqlIds.ANY.formatted(3)), comments, recommendations, SqlIds.of(themes));
            case CONFIRM -> affected = update(TARGETS + """
                    update item_theme i set suggested = false, tagged_by = ?3, tagged_at = ?4
                    from targets t
                    where i.item_type = t.item_type and i.item_id = t.item_id and i.suggested
                      and i.theme_id in (select id from theme where event_slug = ?5 and status = 'ACCEPTED'%s)"""
                    .formatted(themes.isEmpty() ? "" : " and id = " + SqlIds.ANY.formatted(6)),
                    themes.isEmpty() ? new Object[] {comments, recommendations, staff.name(), now, eventSlug}
                            : new Object[] {comments, recommendations, staff.name(), now, eventSlug, SqlIds.of(themes)});
            case NO_THEME -> affected = update(TARGETS + """
                    insert into item_analysis (item_type, item_id, event_slug, no_theme, updated_by, updated_at)
                    select item_type, item_id, ?3, true, ?4, ?5 from targets
                    on conflict (item_type, item_id) do update
                        set no_theme = true, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        where not item_analysis.no_theme""", comments, recommendations, eventSlug, staff.name(), now);
            case CLEAR_NO_THEME -> affected = update(TARGETS + """
                    update item_analysis a set no_theme = false, updated_by = ?3, updated_at = ?4
                    from targets t where a.item_type = t.item_type and a.item_id = t.item_id and a.no_theme""",
                    comments, recommendations, staff.name(), now);
        }
        audit.record(staff, "analysis.tag", "event", eventSlug, null,
                new TagState(request.action(), themes, request.items(), request.filter(), affected));
        return new TagResult(affected);
    }

    /** The themes named, each a theme of the forum in a status the action may touch; 422 naming {@code themes}. */
    private List<Long> themes(String eventSlug, TagRequest request) {
        List<Long> themes = request.themes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.themes()));
        TagAction action = request.action();
        boolean named = action == TagAction.ADD || action == TagAction.REMOVE;
        if (named && themes.isEmpty()) {
            throw Unprocessable.field("themes", "needs at least one theme for " + action);
        }
        if ((action == TagAction.NO_THEME || action == TagAction.CLEAR_NO_THEME) && !themes.isEmpty()) {
            throw Unprocessable.field("themes", "is not used by " + action);
        }
        if (themes.isEmpty()) {
            return themes;
        }
        Map<Long, String> status = new HashMap<>();
        for (Object[] row : rows(db.createNativeQuery("select id, status from theme where event_slug = ?1 and id = "
                        + SqlIds.ANY.formatted(2))
                .setParameter(1, eventSlug).setParameter(2, SqlIds.of(themes)).getResultList())) {
            status.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        Set<String> allowed = action == TagAction.REMOVE ? Set.of("ACCEPTED", "SUGGESTED") : Set.of("ACCEPTED");
        for (long theme : themes) {
            if (!status.containsKey(theme)) {
                throw Unprocessable.field("themes", theme + " is not a theme of this forum");
            }
            if (!allowed.contains(status.get(theme))) {
                throw Unprocessable.field("themes", theme + " is " + status.get(theme) + ", not an accepted theme");
            }
        }
        return themes;
    }

    /** The items listed (each one of the forum's, not deleted; 422 naming {@code items}) or the filter's newest ones. */
    private Map<ItemType, List<Long>> items(String eventSlug, TagRequest request) {
        if ((request.items() == null) == (request.filter() == null)) {
            throw Unprocessable.field("items", "give either items or a filter");
        }
        Map<ItemType, List<Long>> found = new HashMap<>();
        for (ItemType type : ItemType.values()) {
            found.put(type, new ArrayList<>());
        }
        if (request.filter() != null) {
            int limit = request.limit() == null ? TagRequest.DEFAULT_LIMIT : request.limit();
            ItemQuery query = ItemQuery.targets(eventSlug, request.filter(), limit);
            for (Object[] row : rows(query.bind(db.createNativeQuery(query.sql())).getResultList())) {
                found.get(ItemType.valueOf((String) row[0])).add(((Number) row[1]).longValue());
            }
            return found;
        }
        Set<ItemRef> wanted = new LinkedHashSet<>(request.items());
        if (wanted.isEmpty()) {
            throw Unprocessable.field("items", "lists no item");
        }
        Set<ItemRef> known = new LinkedHashSet<>();
        for (Object[] row : rows(db.createNativeQuery("""
                        select 'COMMENT', id from comment where event_slug = ?1 and id = %s and status <> 'DELETED'
                        union all
                        select 'RECOMMENDATION', id from recommendation
                        where event_slug = ?1 and id = %s and visibility <> 'DELETED'"""
                        .formatted(SqlIds.ANY.formatted(2), SqlIds.ANY.formatted(3)))
                .setParameter(1, eventSlug).setParameter(2, SqlIds.of(ids(wanted, ItemType.COMMENT)))
                .setParameter(3, SqlIds.of(ids(wanted, ItemType.RECOMMENDATION))).getResultList())) {
            known.add(new ItemRef(ItemType.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        }
        for (ItemRef item : wanted) {
            if (!known.contains(item)) {
                throw Unprocessable.field("items", item.type() + " " + item.id() + " is not an item of this forum");
            }
            found.get(item.type()).add(item.id());
        }
        return found;
    }

    private int update(String sql, Object... parameters) {
        Query query = db.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private static List<Long> ids(Set<ItemRef> items, ItemType type) {
        return items.stream().filter(item -> item.type() == type).map(ItemRef::id).toList();
    }
}
