package org.pikir.gateway.forum;

import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.UiLanguage;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The home page's search: what was asked, and the choices of the status, city and topic lists. */
public record SearchForm(ForumSearch search, List<Option> statuses, List<Option> cities, List<Option> topics) {

    /**
     * The cities and topics offered are those of the published forums, plus whatever was asked for: cities by their
     * name in the visitor's language (events-service matches a city in any language), topics by name, sent as slugs.
     */
    static SearchForm of(ForumSearch search, List<EventSummaryResponse> published, Map<String, String> topicNames,
                         Messages msg, String lang) {
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("", msg.status_any(), search.status() == null));
        for (String status : ForumSearch.STATUSES) {
            statuses.add(new Option(status, statusLabel(status, msg), status.equals(search.status())));
        }
        Collator collator = Collator.getInstance(UiLanguage.locale(lang));
        List<Option> cities = options(published.stream().map(e -> ForumView.text(e.city(), lang)), search.city(),
                msg.city_any(), collator);
        List<Option> topics = topicOptions(published.stream().flatMap(e -> e.topics().stream()), search.topic(),
                topicNames, msg.topic_any(), collator);
        return new SearchForm(search, statuses, cities, topics);
    }

    /** A link that clears the search is offered once something was searched for. */
    public boolean active() {
        return search.active();
    }

    private static String statusLabel(String status, Messages msg) {
        return switch (status) {
            case "upcoming" -> msg.status_upcoming();
            case "open" -> msg.status_open();
            case "closed" -> msg.status_closed();
            default -> msg.status_archived();
        };
    }

    private static List<Option> options(Stream<String> values, String chosen, String anyLabel, Collator collator) {
        TreeSet<String> distinct = new TreeSet<>(collator);
        values.filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).forEach(distinct::add);
        if (chosen != null && distinct.stream().noneMatch(chosen::equalsIgnoreCase)) {
            distinct.add(chosen);
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option("", anyLabel, chosen == null));
        distinct.stream().map(v -> new Option(v, v, v.equalsIgnoreCase(Objects.requireNonNullElse(chosen, ""))))
                .forEach(options::add);
        return options;
    }

    /** Topics by name, in the language's alphabetical order; a slug the catalogue does not name is not offered. */
    private static List<Option> topicOptions(Stream<String> slugs, String chosen, Map<String, String> names,
                                             String anyLabel, Collator collator) {
        TreeSet<String> offered = new TreeSet<>(Comparator.comparing(names::get, collator));
        slugs.filter(names::containsKey).forEach(offered::add);
        if (chosen != null && names.containsKey(chosen)) {
            offered.add(chosen);
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option("", anyLabel, chosen == null || !names.containsKey(chosen)));
        offered.forEach(slug -> options.add(new Option(slug, names.get(slug), slug.equals(chosen))));
        return options;
    }

    public record Option(String value, String label, boolean selected) {
    }
}
