package org.pikir.events.draft;

import java.util.List;

/** The units that changed between two versions in one language, in the newer version's order. */
public record DiffResponse(int from, int to, String language, List<UnitDiff> units) {

    public enum Change { ADDED, REMOVED, CHANGED }

    public record Word(WordDiff.Op op, String text) {
    }

    public record UnitDiff(String key, String articleKey, String number, Change change, String before, String after,
                           List<Word> words) {
    }
}
