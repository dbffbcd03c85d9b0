package org.pikir.feedback.analysis.item;

import jakarta.persistence.Query;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.ItemType;
import org.pikir.platform.web.InvalidParameterException;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a filtered list of a forum's items, newest first (created_at desc, type, id desc): one keyset-limited
 * branch per item kind on the kind's (event_slug, created_at desc, id desc) index, merged and limited again. Built
 * with numbered parameters, bound by {@link #bind}.
 */
final class ItemQuery {

    /** What each branch reads, in the order {@link AnalysisItems} maps; the comment's title and the recommendation's campaign are null. */
    private static final String COMMENT_COLUMNS = """
            'COMMENT' as type, x.id, x.language, cast(null as varchar) as title, x.body as text, x.status,
            x.created_at, x.author_name,
            (select m.campaign_id from campaign_member m where m.comment_id = x.id) as campaign_id, x.spam_score, x.draft_id, x.article_key""";
    private static final String RECOMMENDATION_COLUMNS = """
            'RECOMMENDATION' as type, x.id, x.language, x.title, x.body as text, x.visibility as status,
            x.created_at, x.author_name, cast(null as bigint) as campaign_id, x.spam_score, x.draft_id, x.article_key""";

    private final List<Object> parameters = new ArrayList<>();
    private final String sql;

    private ItemQuery(String eventSlug, ItemFilter filter, Cursor after, int limit, boolean full, Long only) {
        List<String> branches = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            if (wanted(type, filter)) {
                branches.add(branch(type, eventSlug, filter, after, limit, full, only));
            }
        }
        String union = branches.isEmpty() ? "select 'COMMENT' as type, 0 as id where false" : String.join(" union all ", branches);
        String order = " order by u.created_at desc, u.type, u.id desc limit " + parameter(limit);
        sql = full
                ? "select u.*, a.no_theme, a.note from (" + union + ") u left join item_analysis a"
                  + " on a.item_type = u.type and a.item_id = u.id" + order
                : "select u.type, u.id from (" + union + ") u" + order;
    }

    /** A page of items with every column an {@link AnalysisItemResponse} needs, {@code limit} rows at most. */
    static ItemQuery page(String eventSlug, ItemFilter filter, Cursor after, int limit) {
        return new ItemQuery(checked(eventSlug, filter, ""), filter, after, limit, true, null);
    }

    /** The type and id of the newest {@code limit} items of the filter, for bulk tagging. */
    static ItemQuery targets(String eventSlug, ItemFilter filter, int limit) {
        return new ItemQuery(checked(eventSlug, filter, "filter."), filter, null, limit, false, null);
    }

    /** One item of the forum, of any status but DELETED. */
    static ItemQuery one(String eventSlug, ItemType type, long id) {
        return new ItemQuery(eventSlug, new ItemFilter(type.name(), null, "all", null, null, null, null, null, null,
                null, null), null, 1, true, id);
    }

    String sql() {
        return sql;
    }

    Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private String branch(ItemType type, String eventSlug, ItemFilter filter, Cursor after, int limit, boolean full,
                          Long only) {
        boolean comment = type == ItemType.COMMENT;
        String columns = full ? (comment ? COMMENT_COLUMNS : RECOMMENDATION_COLUMNS)
                : "'" + type.name() + "' as type, x.id, x.created_at";
        StringBuilder where = new StringBuilder("x.event_slug = ").append(parameter(eventSlug));
        String visibility = "x." + type.visibilityColumn();
        String status = filter.status() == null ? "PUBLISHED" : filter.status();
        switch (status) {
            case "all" -> where.append(" and ").append(visibility).append(" <> 'DELETED'");
            case "listed" -> where.append(" and ").append(visibility).append(" in ('PUBLISHED', 'HIDDEN')");
            default -> where.append(" and ").append(visibility).append(" = ").append(parameter(status));
        }
        if (only != null) {
            where.append(" and x.id = ").append(parameter(only));
        }
        if (filter.language() != null) {
            where.append(" and x.language = ").append(parameter(filter.language()));
        }
        String tags = "select 1 from item_theme it where it.item_type = '" + type.name() + "' and it.item_id = x.id";
        String marked = "select 1 from item_analysis ia where ia.item_type = '" + type.name()
                + "' and ia.item_id = x.id and ia.no_theme";
        if (filter.theme() != null) {
            where.append(" and exists (").append(tags).append(" and it.theme_id = ").append(parameter(filter.theme()))
                    .append(")");
        }
        if (filter.untagged() != null) {
            String analysed = "(exists (" + tags + " and not it.suggested) or exists (" + marked + "))";
            where.append(filter.untagged() ? " and not " : " and ").append(analysed);
        }
        if (filter.suggested() != null) {
            where.append(filter.suggested() ? " and exists (" : " and not exists (").append(tags)
                    .append(" and it.suggested)");
        }
        if (filter.noTheme() != null) {
            where.append(filter.noTheme() ? " and exists (" : " and not exists (").append(marked).append(")");
        }
        if (filter.campaign() != null) {
            where.append(" and x.id in (select m.comment_id from campaign_member m where m.campaign_id = ")
                    .append(parameter(filter.campaign())).append(")");
        }
        if (filter.draftId() != null) {
            where.append(" and x.draft_id = ").append(parameter(filter.draftId()));
        }
        if (filter.article() != null) {
            where.append(" and x.article_key = ").append(parameter(filter.article()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = parameter("%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            where.append(comment ? " and x.body ilike " + like : " and (x.title ilike " + like + " or x.body ilike " + like + ")");
        }
        if (after != null) {
            where.append(" and ").append(keyset(type, after));
        }
        return "(select " + columns + " from " + type.table() + " x where " + where
                + " order by x.created_at desc, x.id desc limit " + parameter(limit) + ")";
    }

    /** Rows after the cursor in (created_at desc, type, id desc) order, for a branch that holds only {@code type}. */
    private String keyset(ItemType type, Cursor after) {
        String at = parameter(after.at());
        int order = after.type() == null ? 0 : type.name().compareTo(after.type().name());
        if (order > 0) {
            return "x.created_at <= " + at;
        }
        if (order < 0) {
            return "x.created_at < " + at;
        }
        return "(x.created_at < " + at + " or (x.created_at = " + at + " and x.id < " + parameter(after.id()) + "))";
    }

    private String parameter(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** A campaign holds comments only, so a campaign filter leaves recommendations out. */
    private static boolean wanted(ItemType type, ItemFilter filter) {
        if (filter.type() != null && !filter.type().equals(type.name())) {
            return false;
        }
        return filter.campaign() == null || type == ItemType.COMMENT;
    }

    /** The event slug, once the filter's fields fit together: {@code article} needs {@code draftId}. */
    private static String checked(String eventSlug, ItemFilter filter, String prefix) {
        if (filter.article() != null && filter.draftId() == null) {
            throw new InvalidParameterException(prefix + "article", "needs draftId");
        }
        return eventSlug;
    }
}
