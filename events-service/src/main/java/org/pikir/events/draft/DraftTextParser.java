package org.pikir.events.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the lines of a legal text into its units, in document order: a line that opens a unit by its numbering
 * ({@link LegalNumbering}) starts one; any other line joins the current unit's text on a new line (the heading of a
 * part or chapter that has none yet). Lines before the first numbered one are the preamble. Keys come after, from
 * {@link DraftStructure}.
 */
final class DraftTextParser {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MARKDOWN_LIST = Pattern.compile("^[-*+]\\s+");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\p{L}\\p{N}])[_*]|[_*](?![\\p{L}\\p{N}])");

    private DraftTextParser() {
    }

    /** Plain text or Markdown, read as lines; Markdown's heading and list marks and emphasis are dropped. */
    static List<DraftUnit> parseText(String content, boolean markdown) {
        List<String> lines = new ArrayList<>();
        for (String line : content.replace("\uFEFF", "").split("\\R")) {
            String clean = line;
            if (markdown) {
                clean = MARKDOWN_HEADING.matcher(clean.strip()).replaceFirst("");
                clean = MARKDOWN_LIST.matcher(clean).replaceFirst("");
                clean = MARKDOWN_EMPHASIS.matcher(clean).replaceAll("");
            }
            lines.add(clean);
        }
        return parse(lines);
    }

    static List<DraftUnit> parse(List<String> lines) {
        List<Builder> units = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replace('\u00A0', ' ').strip().replaceAll("[ \\t]+", " ");
            if (line.isEmpty()) {
                continue;
            }
            LegalNumbering.Opening opening = LegalNumbering.opening(line);
            if (opening != null) {
                Builder unit = new Builder(opening.kind(), opening.number());
                if (opening.kind() == UnitKind.PART || opening.kind() == UnitKind.CHAPTER
                        || opening.kind() == UnitKind.ARTICLE) {
                    unit.heading = opening.rest().isEmpty() ? null : opening.rest();
                } else {
                    unit.text.append(opening.rest());
                }
                units.add(unit);
                continue;
            }
            if (units.isEmpty()) {
                units.add(new Builder(UnitKind.TEXT, null));
            }
            Builder current = units.get(units.size() - 1);
            boolean titled = current.kind == UnitKind.PART || current.kind == UnitKind.CHAPTER;
            if (titled && current.heading == null && current.text.isEmpty()) {
                current.heading = line;
            } else {
                current.text.append(current.text.isEmpty() ? "" : "\n").append(line);
            }
        }
        return units.stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final UnitKind kind;
        final String number;
        String heading;
        final StringBuilder text = new StringBuilder();

        Builder(UnitKind kind, String number) {
            this.kind = kind;
            this.number = number;
        }

        DraftUnit build() {
            return DraftUnit.unplaced(kind, number, heading, text.toString());
        }
    }
}
