package org.pikir.events.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.pikir.events.event.Event;

/**
 * Keeps an event's search document current. PostgreSQL indexes the Russian part with its Russian
 * stemmer and English with the English one; Kazakh, which it has no stemmer for, is stemmed here. Every part is
 * folded onto Russian look-alike letters ({@link KazakhLetters}), and so is every query. An event is found by its
 * texts, its city, venue, organiser and source in every language, and what its parts contribute.
 */
@ApplicationScoped
public class EventSearch {

    /** Moves on whenever documents are built differently; {@link SearchRebuild} rebuilds older ones at start. */
    public static final int VERSION = 2;

    private final Instance<SearchContributor> contributors;

    public EventSearch(Instance<SearchContributor> contributors) {
        this.contributors = contributors;
    }

    public void reindex(Event event) {
        SearchDocument document = new SearchDocument()
                .addAll(event.title)
                .addAll(event.summary)
                .addAll(event.description)
                .addAll(event.outcome)
                .addAll(event.city)
                .addAll(event.venue)
                .addAll(event.organiser)
                .addAll(event.source);
        for (SearchContributor contributor : contributors) {
            contributor.contribute(event, document);
        }
        event.searchRu = KazakhLetters.fold(document.russian());
        event.searchKk = KazakhStemmer.stems(document.kazakh());
        event.searchEn = KazakhLetters.fold(document.english());
        event.searchVersion = VERSION;
    }

    /** A query for the Russian and English parts, folded the way the documents were. */
    public static String query(String query) {
        return KazakhLetters.fold(query);
    }

    /** The Kazakh part of a query, stemmed the way the documents were. */
    public static String kazakhQuery(String query) {
        return KazakhStemmer.stems(query);
    }
}
