package org.pikir.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.pikir.events.search.EventSearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public event list as one SQL query: filters, full-text search across the Russian, Kazakh
 * and English parts of each event's search document, relevance first when searching.
 */
@ApplicationScoped
public class EventListQuery {

    private static final String MATCH = "e.search_vector @@ (websearch_to_tsquery('russian', :q) "
            + "|| plainto_tsquery('simple', :kk) || websearch_to_tsquery('english', :q))";

    private final EntityManager db;

    public EventListQuery(EntityManager db) {
        this.db = db;
    }

    public record Result(List<Long> ids, long total) {
    }

    public Result run(EventFilter filter, Instant now, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(filter.phase() == EventFilter.Phase.ARCHIVED ? "e.status = 'ARCHIVED'"
                : filter.phase() == null ? "e.status in ('PUBLISHED', 'ARCHIVED')" : "e.status = 'PUBLISHED'");
        if (filter.phase() == EventFilter.Phase.UPCOMING) {
            where.add("e.event_date >= cast(cast(:now as timestamptz) at time zone e.time_zone as date)");
            params.put("now", now.toString());
        } else if (filter.phase() == EventFilter.Phase.OPEN) {
            where.add("e.consultation_opens_at <= cast(:now as timestamptz) "
                    + "and (e.consultation_closes_at is null or e.consultation_closes_at > cast(:now as timestamptz))");
            params.put("now", now.toString());
        } else if (filter.phase() == EventFilter.Phase.CLOSED) {
            where.add("e.consultation_closes_at <= cast(:now as timestamptz)");
            params.put("now", now.toString());
        }
        if (filter.topic() != null) {
            where.add("cast(:topic as text) = any(e.topics)");
            params.put("topic", filter.topic());
        }
        if (filter.city() != null) {
            // the city in any of its languages: "Almaty" and "Алматы" find the same forums
            where.add("exists (select 1 from jsonb_each_text(e.city) c where lower(c.value) = lower(cast(:city as text)))");
            params.put("city", filter.city());
        }
        if (filter.from() != null) {
            where.add("e.event_date >= cast(:from as date)");
            params.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            where.add("e.event_date <= cast(:to as date)");
            params.put("to", filter.to().toString());
        }
        String order = "e.event_date desc, e.id desc";
        if (filter.query() != null) {
            where.add(MATCH);
            params.put("q", EventSearch.query(filter.query()));
            params.put("kk", EventSearch.kazakhQuery(filter.query()));
            order = "ts_rank(e.search_vector, websearch_to_tsquery('russian', :q) "
                    + "|| plainto_tsquery('simple', :kk) || websearch_to_tsquery('english', :q)) desc, " + order;
        }
        String condition = String.join(" and ", where);
        Query count = db.createNativeQuery("select count(*) from event e where " + condition);
        Query ids = db.createNativeQuery("select e.id from event e where " + condition + " order by " + order
                + " limit " + size + " offset " + ((long) page * size));
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Number> found = ids.getResultList();
        return new Result(found.stream().map(Number::longValue).toList(), ((Number) count.getSingleResult()).longValue());
    }
}
