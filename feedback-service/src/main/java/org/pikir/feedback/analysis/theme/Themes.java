package org.pikir.feedback.analysis.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.ItemRef;
import org.pikir.feedback.analysis.Localised;
import org.pikir.feedback.analysis.QuoteResponse;
import org.pikir.feedback.analysis.SqlIds;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Timestamps;
import org.pikir.feedback.common.Unprocessable;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.web.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.pikir.feedback.analysis.SqlRows.rows;
import static org.pikir.feedback.analysis.SqlRows.number;

/**
 * A forum's codebook of themes: staff create, rename, accept, discard, merge and split themes and answer them publicly.
 * Every write locks the theme's row, checks its status and goes to the audit log in the same transaction. Item tags
 * move with set-based statements, whatever their number.
 */
@ApplicationScoped
public class Themes {

    private static final String COLUMNS = """
            select t.id, t.event_slug, t.status, t.origin, t.name_kk, t.name_ru, t.name_en, t.description_kk,
                   t.description_ru, t.description_en, t.terms, t.merged_into_id, t.response_kk, t.response_ru,
                   t.response_en, t.responded_at, t.responded_by, t.created_at, t.updated_at, t.version,
                   coalesce(n.confirmed, 0) as item_count, coalesce(n.suggested, 0) as suggested_count,
                   case t.status when 'ACCEPTED' then 0 when 'SUGGESTED' then 1 when 'DISCARDED' then 2 else 3 end as rank
            from theme t
                 left join lateral (select count(*) filter (where not i.suggested) as confirmed,
                                           count(*) filter (where i.suggested) as suggested
                                    from item_theme i where i.theme_id = t.id) n on true
            """;

    private final EntityManager db;
    private final AuditLog audit;
    private final Clock clock;

    public Themes(EntityManager db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Themes of a forum, ACCEPTED first then SUGGESTED (then DISCARDED, MERGED), most items first. */
    @Transactional
    public CursorPage<ThemeResponse> list(String eventSlug, ThemeStatus status, String after, int size) {
        List<Object> parameters = new ArrayList<>(List.of(eventSlug));
        StringBuilder sql = new StringBuilder("select * from (").append(COLUMNS).append(" where t.event_slug = ?1");
        if (status == null) {
            sql.append(" and t.status in ('ACCEPTED', 'SUGGESTED')");
        } else {
            parameters.add(status.name());
            sql.append(" and t.status = ?2");
        }
        sql.append(") x");
        long[] cursor = decode(after);
        if (cursor != null) {
            int at = parameters.size();
            parameters.addAll(List.of(cursor[0], -cursor[1], cursor[2]));
            sql.append(" where (x.rank, -x.item_count, x.id) > (?%d, ?%d, ?%d)".formatted(at + 1, at + 2, at + 3));
        }
        parameters.add(size + 1);
        sql.append(" order by x.rank, x.item_count desc, x.id limit ?").append(parameters.size());
        var query = db.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = rows(query.getResultList());
        List<Object[]> page = rows.subList(0, Math.min(size, rows.size()));
        List<ThemeResponse> themes = responses(page);
        String next = null;
        if (rows.size() > size) {
            Object[] last = page.get(size - 1);
            next = encode(number(last[22]), number(last[20]), number(last[0]));
        }
        return new CursorPage<>(themes, next);
    }

    @Transactional
    public ThemeResponse get(String eventSlug, long id) {
        List<Object[]> rows = rows(db.createNativeQuery(COLUMNS + " where t.event_slug = ?1 and t.id = ?2")
                .setParameter(1, eventSlug).setParameter(2, id).getResultList());
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Theme", String.valueOf(id));
        }
        return responses(rows).get(0);
    }

    @Transactional
    public ThemeResponse create(String eventSlug, ThemeRequest request, Staff staff) {
        long id = insert(eventSlug, request, staff);
        ThemeResponse created = get(eventSlug, id);
        audit.record(staff, "analysis.theme.create", "theme", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    public ThemeResponse update(String eventSlug, long id, ThemeRequest request, Staff staff) {
        ThemeResponse before = lock(eventSlug, id, ThemeStatus.ACCEPTED, ThemeStatus.SUGGESTED, ThemeStatus.DISCARDED);
        Map<String, String> description = request.description();
        db.createNativeQuery("""
                        update theme set name_kk = ?2, name_ru = ?3, name_en = ?4, description_kk = ?5,
                                         description_ru = ?6, description_en = ?7, updated_at = ?8, version = version + 1
                        where id = ?1""")
                .setParameter(1, id)
                .setParameter(2, Localised.in(request.name(), "kk")).setParameter(3, Localised.in(request.name(), "ru"))
                .setParameter(4, Localised.in(request.name(), "en"))
                .setParameter(5, Localised.in(description, "kk")).setParameter(6, Localised.in(description, "ru"))
                .setParameter(7, Localised.in(description, "en")).setParameter(8, clock.instant())
                .executeUpdate();
        return recorded(staff, "analysis.theme.update", before, get(eventSlug, id));
    }

    /** SUGGESTED → ACCEPTED; the machine's tags stay suggested for staff to confirm. */
    @Transactional
    public ThemeResponse accept(String eventSlug, long id, Staff staff) {
        ThemeResponse before = lock(eventSlug, id, ThemeStatus.SUGGESTED);
        setStatus(id, ThemeStatus.ACCEPTED, null);
        return recorded(staff, "analysis.theme.accept", before, get(eventSlug, id));
    }

    /** SUGGESTED or ACCEPTED → DISCARDED, untagging every item (a suggested theme has only suggested tags). */
    @Transactional
    public ThemeResponse discard(String eventSlug, long id, Staff staff) {
        ThemeResponse before = lock(eventSlug, id, ThemeStatus.SUGGESTED, ThemeStatus.ACCEPTED);
        db.createNativeQuery("delete from item_theme where theme_id = ?1").setParameter(1, id).executeUpdate();
        setStatus(id, ThemeStatus.DISCARDED, null);
        return recorded(staff, "analysis.theme.discard", before, get(eventSlug, id));
    }

    /**
     * Moves every tag of theme {@code id} to {@code into} (an item tagged with both keeps one tag, confirmed if either
     * was) and marks {@code id} MERGED; answers the theme merged into.
     */
    @Transactional
    public ThemeResponse merge(String eventSlug, long id, long into, Staff staff) {
        ThemeResponse before = lock(eventSlug, id, ThemeStatus.SUGGESTED, ThemeStatus.ACCEPTED);
        if (into == id) {
            throw Unprocessable.field("into", "is the theme being merged");
        }
        List<?> target = db.createNativeQuery("select status from theme where id = ?1 and event_slug = ?2 for update")
                .setParameter(1, into).setParameter(2, eventSlug).getResultList();
        if (target.isEmpty()) {
            throw Unprocessable.field("into", "is not a theme of this forum");
        }
        if (!Set.of("ACCEPTED", "SUGGESTED").contains((String) target.get(0))) {
            throw Unprocessable.field("into", "is " + target.get(0) + "; only an accepted or suggested theme takes items");
        }
        db.createNativeQuery("""
                        insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, score, tagged_by, tagged_at)
                        select item_type, item_id, ?2, event_slug, suggested, score, tagged_by, tagged_at
                        from item_theme where theme_id = ?1
                        on conflict (item_type, item_id, theme_id) do update
                            set suggested = item_theme.suggested and excluded.suggested,
                                score = greatest(item_theme.score, excluded.score)""")
                .setParameter(1, id).setParameter(2, into).executeUpdate();
        db.createNativeQuery("delete from item_theme where theme_id = ?1").setParameter(1, id).executeUpdate();
        setStatus(id, ThemeStatus.MERGED, into);
        recorded(staff, "analysis.theme.merge", before, get(eventSlug, id));
        return get(eventSlug, into);
    }

    /** A new ACCEPTED theme taking over the tags of theme {@code id} on the items listed; answers the new theme. */
    @Transactional
    public ThemeResponse split(String eventSlug, long id, SplitRequest request, Staff staff) {
        ThemeResponse before = lock(eventSlug, id, ThemeStatus.SUGGESTED, ThemeStatus.ACCEPTED);
        Set<ItemRef> items = new LinkedHashSet<>(request.items());
        List<Long> comments = ids(items, ItemType.COMMENT);
        List<Long> recommendations = ids(items, ItemType.RECOMMENDATION);
        Number tagged = (Number) db.createNativeQuery("""
                        select count(*) from item_theme
                        where theme_id = ?1 and ((item_type = 'COMMENT' and item_id = %s)
                                                 or (item_type = 'RECOMMENDATION' and item_id = %s))"""
                        .formatted(SqlIds.ANY.formatted(2), SqlIds.ANY.formatted(3)))
                .setParameter(1, id).setParameter(2, SqlIds.of(comments)).setParameter(3, SqlIds.of(recommendations))
                .getSingleResult();
        if (tagged.intValue() != items.size()) {
            throw Unprocessable.field("items", "lists " + (items.size() - tagged.intValue())
                    + " item(s) not tagged with theme " + id);
        }
        long created = insert(eventSlug, new ThemeRequest(request.name(), request.description()), staff);
        db.createNativeQuery("""
                        update item_theme set theme_id = ?4
                        where theme_id = ?1 and ((item_type = 'COMMENT' and item_id = %s)
                                                 or (item_type = 'RECOMMENDATION' and item_id = %s))"""
                        .formatted(SqlIds.ANY.formatted(2), SqlIds.ANY.formatted(3)))
                .setParameter(1, id).setParameter(2, SqlIds.of(comments)).setParameter(3, SqlIds.of(recommendations))
                .setParameter(4, created).executeUpdate();
        ThemeResponse split = get(eventSlug, created);
        audit.record(staff, "analysis.theme.split", "theme", String.valueOf(id), before,
                new SplitState(created, items.size()));
        return split;
    }

    /** Sets or (with no text) removes the public response of an ACCEPTED theme. */
    @Transactional
    public ThemeResponse respond(String eventSlug, long id, ThemeAnswerRequest request, Staff staff) {
        ThemeResponse before = lock(eventSlug, id, ThemeStatus.ACCEPTED);
        Map<String, String> text = request.text();
        String kk = Localised.in(text, "kk");
        String ru = Localised.in(text, "ru");
        String en = Localised.in(text, "en");
        boolean removed = kk == null && ru == null && en == null;
        Instant now = clock.instant();
        db.createNativeQuery("""
                        update theme set response_kk = ?2, response_ru = ?3, response_en = ?4, responded_by = ?5,
                                         responded_at = ?6, updated_at = ?7, version = version + 1
                        where id = ?1""")
                .setParameter(1, id).setParameter(2, kk).setParameter(3, ru).setParameter(4, en)
                .setParameter(5, removed ? null : staff.name()).setParameter(6, removed ? null : now)
                .setParameter(7, now).executeUpdate();
        return recorded(staff, "analysis.theme.respond", before, get(eventSlug, id));
    }

    /** What a split's audit entry records: the new theme and how many items moved to it. */
    record SplitState(long newTheme, int items) {
    }

    private long insert(String eventSlug, ThemeRequest request, Staff staff) {
        long id = ((Number) db.createNativeQuery("select nextval('theme_seq')").getSingleResult()).longValue();
        Instant now = clock.instant();
        Map<String, String> description = request.description();
        db.createNativeQuery("""
                        insert into theme (id, event_slug, status, origin, name_kk, name_ru, name_en, description_kk,
                                           description_ru, description_en, created_by, created_at, updated_at)
                        values (?1, ?2, 'ACCEPTED', 'MANUAL', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)""")
                .setParameter(1, id).setParameter(2, eventSlug)
                .setParameter(3, Localised.in(request.name(), "kk")).setParameter(4, Localised.in(request.name(), "ru"))
                .setParameter(5, Localised.in(request.name(), "en"))
                .setParameter(6, Localised.in(description, "kk")).setParameter(7, Localised.in(description, "ru"))
                .setParameter(8, Localised.in(description, "en")).setParameter(9, staff.name())
                .setParameter(10, now).executeUpdate();
        return id;
    }

    /** Locks the theme's row; 404 when the forum has no such theme, 409 when its status is none of {@code allowed}. */
    private ThemeResponse lock(String eventSlug, long id, ThemeStatus... allowed) {
        List<?> status = db.createNativeQuery("select status from theme where id = ?1 and event_slug = ?2 for update")
                .setParameter(1, id).setParameter(2, eventSlug).getResultList();
        if (status.isEmpty()) {
            throw ProblemException.notFound("Theme", String.valueOf(id));
        }
        ThemeStatus current = ThemeStatus.valueOf((String) status.get(0));
        if (!Arrays.asList(allowed).contains(current)) {
            throw ProblemException.conflict("theme-status", "Theme " + id + " is " + current
                    + "; this needs a theme that is " + Arrays.toString(allowed) + ".");
        }
        return get(eventSlug, id);
    }

    private void setStatus(long id, ThemeStatus status, Long mergedInto) {
        db.createNativeQuery("""
                        update theme set status = ?2, merged_into_id = ?3, updated_at = ?4, version = version + 1
                        where id = ?1""")
                .setParameter(1, id).setParameter(2, status.name()).setParameter(3, mergedInto)
                .setParameter(4, clock.instant()).executeUpdate();
    }

    private ThemeResponse recorded(Staff staff, String action, ThemeResponse before, ThemeResponse after) {
        audit.record(staff, action, "theme", String.valueOf(after.id()), before, after);
        return after;
    }

    private List<ThemeResponse> responses(List<Object[]> rows) {
        Map<Long, List<QuoteResponse>> quotes = quotes(rows.stream().map(row -> number(row[0])).toList());
        return rows.stream().map(row -> new ThemeResponse(number(row[0]), (String) row[1],
                        ThemeStatus.valueOf((String) row[2]), (String) row[3], Localised.of(row[4], row[5], row[6]),
                        Localised.of(row[7], row[8], row[9]), terms((String) row[10]),
                        quotes.getOrDefault(number(row[0]), List.of()), number(row[20]), number(row[21]),
                        row[11] == null ? null : number(row[11]), response(row), Timestamps.instant(row[15]),
                        (String) row[16], Timestamps.instant(row[17]), Timestamps.instant(row[18]),
                        (int) number(row[19])))
                .toList();
    }

    /** The representative items of these themes (from {@code theme_quote}), left out once deleted. */
    private Map<Long, List<QuoteResponse>> quotes(List<Long> themes) {
        Map<Long, List<QuoteResponse>> quotes = new HashMap<>();
        if (themes.isEmpty()) {
            return quotes;
        }
        for (Object[] row : rows(db.createNativeQuery("""
                        select q.theme_id, q.item_type, q.item_id, coalesce(c.language, r.language), coalesce(c.body, r.body),
                               coalesce(c.thread_id, c.id)
                        from theme_quote q
                             left join comment c on q.item_type = 'COMMENT' and c.id = q.item_id
                             left join recommendation r on q.item_type = 'RECOMMENDATION' and r.id = q.item_id
                        where q.theme_id = %s and coalesce(c.status, r.visibility) <> 'DELETED'
                        order by q.theme_id, q.position""".formatted(SqlIds.ANY.formatted(1)))
                .setParameter(1, SqlIds.of(themes)).getResultList())) {
            quotes.computeIfAbsent(number(row[0]), theme -> new ArrayList<>()).add(new QuoteResponse(
                    ItemType.valueOf((String) row[1]), number(row[2]), (String) row[3], (String) row[4],
                    row[5] == null ? null : number(row[5])));
        }
        return quotes;
    }

    private static Map<String, String> response(Object[] row) {
        Map<String, String> response = Localised.of(row[12], row[13], row[14]);
        return response.isEmpty() ? null : response;
    }

    /** The stored terms, "суд; судьи; независимость" (a comma separates them too). */
    private static List<String> terms(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("[;,]")).map(String::strip).filter(term -> !term.isEmpty()).toList();
    }

    private static List<Long> ids(Set<ItemRef> items, ItemType type) {
        return items.stream().filter(item -> item.type() == type).map(ItemRef::id).toList();
    }

    private static String encode(long rank, long count, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((rank + ":" + count + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** A themes cursor: rank, item count and id of the last theme seen; unreadable is a 400 naming {@code after}. */
    private static long[] decode(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException(after);
            }
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
        } catch (RuntimeException e) {
            throw new InvalidParameterException("after", "is not a cursor from this list");
        }
    }
}
