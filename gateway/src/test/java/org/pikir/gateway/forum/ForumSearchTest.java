package org.pikir.gateway.forum;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForumSearchTest {

    @Test
    void blankPartsAreNoSearch() {
        ForumSearch search = ForumSearch.of("  ", "", null, "\t");
        assertFalse(search.active());
        assertEquals("", search.queryText());
    }

    @Test
    void aKnownStatusIsKeptInLowerCaseAndAnUnknownOneDropped() {
        assertEquals("open", ForumSearch.of(null, " OPEN ", null, null).status());
        assertNull(ForumSearch.of(null, "pending", null, null).status());
    }

    @Test
    void partsLongerThanEventsServiceAcceptsAreCutWithoutSplittingACharacter() {
        String query = "қ".repeat(199) + "\uD83D\uDE00" + "x";
        ForumSearch search = ForumSearch.of(query, null, " Алматы ", "t".repeat(61));
        assertEquals("қ".repeat(199), search.query());
        assertEquals("Алматы", search.city());
        assertEquals(60, search.topic().length());
        assertTrue(search.active());
    }
}
