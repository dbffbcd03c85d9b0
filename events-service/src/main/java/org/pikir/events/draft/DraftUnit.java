package org.pikir.events.draft;

/**
 * One structural unit of one language's text, as stored and served. {@code key} and {@code articleKey} are derived
 * from the numbering path ({@link DraftStructure}); {@code text} is the unit's own body, not its children's.
 */
public record DraftUnit(String key, String articleKey, UnitKind kind, String number, String heading, String text,
                        int depth, Integer revisedIn) {

    /** A unit as read from a file or sent by an editor, before its place in the structure is known. */
    static DraftUnit unplaced(UnitKind kind, String number, String heading, String text) {
        return new DraftUnit(null, null, kind, number, heading, text, 0, null);
    }

    DraftUnit placed(String newKey, String newArticleKey, int newDepth) {
        return new DraftUnit(newKey, newArticleKey, kind, number, heading, text, newDepth, revisedIn);
    }

    DraftUnit revisedIn(Integer version) {
        return new DraftUnit(key, articleKey, kind, number, heading, text, depth, version);
    }

    DraftUnit withText(String newText) {
        return new DraftUnit(key, articleKey, kind, number, heading, newText, depth, revisedIn);
    }

    DraftUnit withHeading(String newHeading) {
        return new DraftUnit(key, articleKey, kind, number, newHeading, text, depth, revisedIn);
    }

    /** What a reader sees of the unit, its number, heading and text: what diffs and the comparative table compare. */
    public String wording() {
        StringBuilder line = new StringBuilder();
        if (number != null && !number.isEmpty()) {
            line.append(number);
        }
        if (heading != null && !heading.isEmpty()) {
            line.append(line.isEmpty() ? "" : " ").append(heading);
        }
        if (text != null && !text.isEmpty()) {
            // a paragraph's text follows its number on the line; an article's starts under its heading
            boolean titled = kind == UnitKind.PART || kind == UnitKind.CHAPTER || kind == UnitKind.ARTICLE;
            line.append(line.isEmpty() ? "" : titled ? "\n" : " ").append(text);
        }
        return line.toString();
    }
}
