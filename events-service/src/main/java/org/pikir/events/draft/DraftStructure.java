package org.pikir.events.draft;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places units in their structure: each unit's depth, enclosing article and key, all derived from the numbering
 * path ({@code article-12-p-3-s-2}), so the same structure always gives the same keys and the kk and ru texts of a
 * law link unit by unit. Also finds what an editor should look at: repeated numbers and gaps.
 */
final class DraftStructure {

    static final int KEY_MAX = 100;
    static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern DUPLICATE = Pattern.compile("-dup-[0-9]+$");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^[0-9]+$");
    /** Room left in a key for the "-dup-NNNNNN" of a repeated number. */
    private static final int BASE_MAX = KEY_MAX - 11;

    private record Parent(UnitKind kind, String key) {
    }

    private DraftStructure() {
    }

    /** The units with their keys, article keys and depths; a repeated key gets "-dup-2", "-dup-3"... */
    static List<DraftUnit> placed(List<DraftUnit> units) {
        Deque<Parent> open = new ArrayDeque<>();
        Set<String> used = new HashSet<>();
        Map<String, Integer> childCounts = new HashMap<>();
        List<DraftUnit> placed = new ArrayList<>(units.size());
        for (DraftUnit unit : units) {
            if (unit.kind() == UnitKind.TEXT) {
                while (!open.isEmpty() && open.peek().kind().ordinal() >= UnitKind.PARAGRAPH.ordinal()) {
                    open.pop();
                }
            } else {
                while (!open.isEmpty() && open.peek().kind().ordinal() >= unit.kind().ordinal()) {
                    open.pop();
                }
            }
            Parent parent = open.peek();
            String prefix = parent == null ? "" : parent.key() + "-";
            String base = switch (unit.kind()) {
                case PART -> "part-" + segment(unit, parent, childCounts);
                case CHAPTER -> "chapter-" + segment(unit, parent, childCounts);
                case ARTICLE -> "article-" + segment(unit, parent, childCounts);
                case PARAGRAPH -> prefix + "p-" + segment(unit, parent, childCounts);
                case SUBPOINT -> prefix + "s-" + segment(unit, parent, childCounts);
                case TEXT -> {
                    int ordinal = next(childCounts, (parent == null ? "" : parent.key()) + "/TEXT");
                    if (parent == null) {
                        yield ordinal == 1 ? "preamble" : "preamble-" + ordinal;
                    }
                    yield prefix + "t-" + ordinal;
                }
            };
            String key = unique(fit(base), used);
            String articleKey = unit.kind() == UnitKind.ARTICLE ? key : enclosingArticle(open);
            placed.add(unit.placed(key, articleKey, open.size()));
            if (unit.kind() != UnitKind.TEXT) {
                open.push(new Parent(unit.kind(), key));
            }
        }
        return placed;
    }

    /** Repeated numbers and gaps in the numbering of articles and of each article's paragraphs. */
    static List<DraftWarning> warnings(List<DraftUnit> placed) {
        List<DraftWarning> warnings = new ArrayList<>();
        Map<String, DraftUnit> lastOfKind = new HashMap<>();
        for (DraftUnit unit : placed) {
            if (DUPLICATE.matcher(unit.key()).find()) {
                warnings.add(new DraftWarning(unit.key(), "number",
                        "'" + unit.number() + "' appears more than once; correct the number"));
            }
            if (unit.kind() != UnitKind.ARTICLE && unit.kind() != UnitKind.PARAGRAPH) {
                continue;
            }
            String scope = unit.kind() == UnitKind.ARTICLE ? "ARTICLE" : "PARAGRAPH/" + unit.articleKey();
            DraftUnit previous = lastOfKind.put(scope, unit);
            Integer before = previous == null ? null : plainNumber(previous);
            Integer now = plainNumber(unit);
            if (before != null && now != null && now != before + 1 && !now.equals(before)) {
                warnings.add(new DraftWarning(unit.key(), "number",
                        "'" + unit.number() + "' follows '" + previous.number() + "'"));
            }
        }
        return warnings;
    }

    private static Integer plainNumber(DraftUnit unit) {
        String segment = LegalNumbering.segment(unit.kind(), unit.number());
        return segment != null && PLAIN_NUMBER.matcher(segment).matches() && segment.length() < 9
                ? Integer.valueOf(segment) : null;
    }

    private static String segment(DraftUnit unit, Parent parent, Map<String, Integer> childCounts) {
        int ordinal = next(childCounts, (parent == null ? "" : parent.key()) + "/" + unit.kind());
        if (unit.kind() == UnitKind.SUBPOINT && LegalNumbering.isLettered(unit.number())) {
            return String.valueOf(ordinal);
        }
        String segment = LegalNumbering.segment(unit.kind(), unit.number());
        return segment == null ? String.valueOf(ordinal) : segment;
    }

    private static int next(Map<String, Integer> counts, String scope) {
        return counts.merge(scope, 1, Integer::sum);
    }

    private static String enclosingArticle(Deque<Parent> open) {
        for (Parent parent : open) {
            if (parent.kind() == UnitKind.ARTICLE) {
                return parent.key();
            }
        }
        return null;
    }

    private static String fit(String base) {
        if (base.length() <= BASE_MAX) {
            return base;
        }
        return base.substring(0, BASE_MAX).replaceAll("-+$", "");
    }

    private static String unique(String base, Set<String> used) {
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + "-dup-" + n;
        }
        return key;
    }
}
