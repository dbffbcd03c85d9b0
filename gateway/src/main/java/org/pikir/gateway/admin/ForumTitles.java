package org.pikir.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.gateway.forum.EventSummaryResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.Choice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The published forums' titles in the visitor's language, for filters and for naming the forum an item belongs to. */
@ApplicationScoped
public class ForumTitles {

    private final EventsClient events;

    public ForumTitles(EventsClient events) {
        this.events = events;
    }

    /** Slug to title, newest forum first. */
    public Map<String, String> in(String lang) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (EventSummaryResponse event : events.published()) {
            titles.put(event.slug(), LocalizedText.pick(event.title(), lang).text());
        }
        return titles;
    }

    static List<Choice> choices(Map<String, String> titles) {
        return titles.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }
}
