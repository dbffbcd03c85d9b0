package org.pikir.events.draft;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How kk, ru and en legal texts number their units: the one place that knows the words ("Статья", "бап", "Chapter")
 * and the forms ("1.", "1)", "а)"). Recognises a line as the start of a unit and turns a written number into the
 * segment of a key.
 */
final class LegalNumbering {

    /** A line that opens a unit: its kind, its number as written, and the rest of the line. */
    record Opening(UnitKind kind, String number, String rest) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String ROMAN = "(?-i:[IVXLCDM]+)";
    private static final String ARTICLE_NUMBER = "[0-9]+(?:[.\\-][0-9]+)*";
    private static final String PART_WORDS = "Раздел|Бөлім|Part";
    private static final String CHAPTER_WORDS = "Глава|Тарау|Chapter";
    private static final String ARTICLE_WORDS = "Статья|Article";
    /** Kazakh writes the number first: "12-бап", "2-тарау", "1-бөлім". */
    private static final String KAZAKH_ARTICLE = "бап";
    private static final String KAZAKH_CHAPTER = "тарау";
    private static final String KAZAKH_PART = "бөлім";
    private static final String LETTERS = "а-яёәғқңөұүһіa-z";

    private record Form(UnitKind kind, Pattern pattern) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(UnitKind.PART, Pattern.compile("^((?:" + PART_WORDS + ")\\s+(?:" + ROMAN + "|[0-9]+))\\b\\.?\\s*(.*)$", FLAGS)),
            new Form(UnitKind.PART, Pattern.compile("^((?:" + ROMAN + "|[0-9]+)\\s*-?\\s*" + KAZAKH_PART + ")\\b\\.?\\s*(.*)$", FLAGS)),
            new Form(UnitKind.CHAPTER, Pattern.compile("^((?:" + CHAPTER_WORDS + ")\\s+(?:" + ROMAN + "|[0-9]+))\\b\\.?\\s*(.*)$", FLAGS)),
            new Form(UnitKind.CHAPTER, Pattern.compile("^((?:" + ROMAN + "|[0-9]+)\\s*-?\\s*" + KAZAKH_CHAPTER + ")\\b\\.?\\s*(.*)$", FLAGS)),
            new Form(UnitKind.ARTICLE, Pattern.compile("^((?:" + ARTICLE_WORDS + ")\\s+" + ARTICLE_NUMBER + ")\\.?(?:\\s+(.*))?$", FLAGS)),
            new Form(UnitKind.ARTICLE, Pattern.compile("^(" + ARTICLE_NUMBER + "\\s*-\\s*" + KAZAKH_ARTICLE + ")\\b\\.?\\s*(.*)$", FLAGS)),
            new Form(UnitKind.PARAGRAPH, Pattern.compile("^([0-9]+\\.)\\s+(.*)$", FLAGS)),
            new Form(UnitKind.SUBPOINT, Pattern.compile("^([0-9]+\\))\\s+(.*)$", FLAGS)),
            new Form(UnitKind.SUBPOINT, Pattern.compile("^([" + LETTERS + "]\\))\\s+(.*)$", FLAGS)));

    private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:[.\\-][0-9]+)*");
    private static final Pattern ROMAN_NUMBER = Pattern.compile("\\b" + ROMAN + "\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTER = Pattern.compile("^[" + LETTERS + "]\\)?$", FLAGS);

    private LegalNumbering() {
    }

    /** The unit a trimmed line opens, or null when it is ordinary text. */
    static Opening opening(String line) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(line);
            if (m.matches()) {
                String rest = m.group(2) == null ? "" : m.group(2).strip();
                return new Opening(form.kind(), m.group(1).strip(), rest);
            }
        }
        return null;
    }

    /**
     * The key segment of a written number: "Статья 12-1" and "12.1-бап" give "12-1", "Раздел IV" gives "4", "3." gives
     * "3". Null when the number has no digits or Roman numeral, such as a lettered sub-point "б)", which is keyed by
     * its position instead.
     */
    static String segment(UnitKind kind, String number) {
        if (number == null) {
            return null;
        }
        Matcher digits = DIGITS.matcher(number);
        if (digits.find()) {
            return digits.group().replace('.', '-').replaceAll("(^|-)0+(?=[0-9])", "$1");
        }
        if (kind == UnitKind.PART || kind == UnitKind.CHAPTER) {
            Matcher roman = ROMAN_NUMBER.matcher(number);
            if (roman.find()) {
                int value = romanValue(roman.group());
                return value > 0 ? String.valueOf(value) : null;
            }
        }
        return null;
    }

    /** Whether a sub-point's number is a letter ("а)", "b)"), so its key uses its position among its siblings. */
    static boolean isLettered(String number) {
        return number != null && LETTER.matcher(number.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether an editor's number has the form its kind needs, so that it yields a key. */
    static boolean fits(UnitKind kind, String number) {
        if (kind == UnitKind.TEXT) {
            return number == null || number.isBlank();
        }
        if (number == null || number.isBlank()) {
            return false;
        }
        return segment(kind, number) != null || kind == UnitKind.SUBPOINT && isLettered(number);
    }

    private static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> 0;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
