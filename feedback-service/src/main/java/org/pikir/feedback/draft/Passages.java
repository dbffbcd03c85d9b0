package org.pikir.feedback.draft;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.common.Unprocessable;
import org.pikir.feedback.event.DraftUnit;
import org.pikir.feedback.event.EventCatalog;

/**
 * Checks a reference to a draft against events-service before anything is saved: the draft and version are
 * published, the passage is one of the version's units, and the quoted words occur in that unit's text in one of
 * its languages.
 */
@ApplicationScoped
public class Passages {

    private final EventCatalog events;

    public Passages(EventCatalog events) {
        this.events = events;
    }

    /** Where {@code reference} points in forum {@code slug}'s draft; 422 naming the field that does not fit. */
    public PassageAnchor anchor(String slug, PassageReference reference) {
        EventCatalog.DraftPassage found = events.requirePassage(slug, reference.draftId(), reference.draftVersion(),
                reference.passage());
        DraftUnit unit = found.unit();
        if (unit == null) {
            return new PassageAnchor(reference.draftId(), found.version(), null, null, null);
        }
        if (reference.quote() != null && !quoted(reference.quote(), unit)) {
            throw Unprocessable.field("quote", "does not occur in the text of " + unit.key() + " in version "
                    + found.version());
        }
        return new PassageAnchor(reference.draftId(), found.version(), unit.key(), unit.articleKey(), reference.quote());
    }

    /** Whether the words occur in the unit's text, heading or number, in any of its languages. */
    private static boolean quoted(String quote, DraftUnit unit) {
        for (JsonNode part : new JsonNode[] {unit.text(), unit.heading(), unit.number()}) {
            if (part == null) {
                continue;
            }
            if (part.isTextual() ? Quotes.occursIn(quote, part.asText()) : occursInAny(quote, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean occursInAny(String quote, JsonNode languages) {
        for (JsonNode text : languages) {
            if (text.isTextual() && Quotes.occursIn(quote, text.asText())) {
                return true;
            }
        }
        return false;
    }
}
