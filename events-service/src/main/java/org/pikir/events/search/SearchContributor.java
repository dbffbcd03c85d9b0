package org.pikir.events.search;

import org.pikir.events.event.Event;

/** A part of an event (statements, materials, …) that adds its words to the event's search document. */
public interface SearchContributor {

    void contribute(Event event, SearchDocument document);
}
