package org.pikir.events.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units that changed between two texts of a draft in one language, matched by key: added, removed, or with
 * another wording, in the newer text's order (a removed unit where it stood, after its old predecessor).
 */
final class DraftComparison {

    private DraftComparison() {
    }

    static List<DiffResponse.UnitDiff> changes(List<DraftUnit> older, List<DraftUnit> newer) {
        Map<String, Integer> oldPosition = new HashMap<>();
        for (int i = 0; i < older.size(); i++) {
            oldPosition.putIfAbsent(older.get(i).key(), i);
        }
        Map<String, DraftUnit> kept = new HashMap<>();
        for (DraftUnit unit : newer) {
            kept.putIfAbsent(unit.key(), unit);
        }
        List<DiffResponse.UnitDiff> changes = new ArrayList<>();
        int nextOld = 0;
        for (DraftUnit unit : newer) {
            Integer was = oldPosition.get(unit.key());
            if (was != null) {
                nextOld = removedUpTo(older, kept, nextOld, was, changes);
                DraftUnit before = older.get(was);
                if (!before.wording().equals(unit.wording())) {
                    changes.add(diff(unit, DiffResponse.Change.CHANGED, before.wording(), unit.wording()));
                }
            } else {
                changes.add(diff(unit, DiffResponse.Change.ADDED, null, unit.wording()));
            }
        }
        removedUpTo(older, kept, nextOld, older.size(), changes);
        return changes;
    }

    /** Adds the removed units of {@code older} from {@code from} up to {@code to}; the next old position to look at. */
    private static int removedUpTo(List<DraftUnit> older, Map<String, DraftUnit> kept, int from, int to,
                                   List<DiffResponse.UnitDiff> changes) {
        for (int i = from; i < to; i++) {
            DraftUnit gone = older.get(i);
            if (!kept.containsKey(gone.key())) {
                changes.add(diff(gone, DiffResponse.Change.REMOVED, gone.wording(), null));
            }
        }
        return Math.max(from, to + 1);
    }

    private static DiffResponse.UnitDiff diff(DraftUnit unit, DiffResponse.Change change, String before, String after) {
        List<DiffResponse.Word> words = WordDiff.between(before == null ? "" : before, after == null ? "" : after)
                .stream().map(p -> new DiffResponse.Word(p.op(), p.text())).toList();
        return new DiffResponse.UnitDiff(unit.key(), unit.articleKey(), unit.number(), change, before, after, words);
    }
}
