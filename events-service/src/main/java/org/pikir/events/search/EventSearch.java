package org.pikir.events.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.pikir.events.event.Event;

/**
 * Keeps an event's search document current. PostgreSQL indexes the Russian part with its Russian
 * stemmer and English with the English one; Kazakh, which it has no stemmer for, is stemmed here.
 */
@ApplicationScoped
public class EventSearch {

    private final Instance<SearchContributor> contributors;

    public EventSearch(Instance<SearchContributor> contributors) {
        this.contributors = contributors;
    }

    public void reindex(Event event) {
        SearchDocument document = new SearchDocument()
                .addAll(event.title)
                .addAll(event.summary)
                .addAll(event.description)
                .addAll(event.outcome);
        for (SearchContributor contributor : contributors) {
            contributor.contribute(event, document);
        }
        event.searchRu = document.russian();
        event.searchKk = KazakhStemmer.stems(document.kazakh());
        event.searchEn = document.english();
    }

    /** The Kazakh part of a query, stemmed the way the documents were. */
    public static String kazakhQuery(String query) {
        return KazakhStemmer.stems(query);
    }
}
