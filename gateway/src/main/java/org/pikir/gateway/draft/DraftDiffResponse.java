package org.pikir.gateway.draft;

import java.util.List;

/** The units that changed from version {@code from} to {@code to} in one language, word by word. */
public record DraftDiffResponse(int from, int to, String language, List<UnitDiff> units) {

    public DraftDiffResponse {
        units = units == null ? List.of() : units;
    }

    /** {@code change} ADDED, REMOVED or CHANGED; the words of number, heading and text together. */
    public record UnitDiff(String key, String articleKey, String number, String change, String before, String after,
                           List<Word> words) {

        public UnitDiff {
            words = words == null ? List.of() : words;
        }
    }

    /** {@code op} EQUAL, INSERT or DELETE. */
    public record Word(String op, String text) {
    }
}
