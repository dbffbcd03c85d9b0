package org.pikir.events.draft;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a Word document, one per paragraph (table cells too), with the number Word writes in front of a list
 * paragraph ("1.", "а)", "Статья 3.") rebuilt from the document's numbering part: each list's counters per level, its
 * level texts ("%1.") and formats (decimal, letters, Roman, Russian letters). Numbering that comes only from a
 * paragraph style, not from the paragraph itself, is not rebuilt.
 */
final class DocxLines {

    private static final String RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    /** Counters per abstract numbering and level, as Word keeps them across the lists that share a definition. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private DocxLines(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The paragraphs' texts in document order; throws IOException when the bytes are no Word document. */
    static List<String> read(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            DocxLines reader = new DocxLines(document.getNumbering());
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                reader.collect(element, lines);
            }
            return lines;
        } catch (RuntimeException e) {
            // POI reports a damaged or foreign package with assorted runtime exceptions
            throw new IOException("not a readable Word document", e);
        }
    }

    private void collect(IBodyElement element, List<String> lines) {
        if (element instanceof XWPFParagraph paragraph) {
            String label = label(paragraph);
            String text = paragraph.getText();
            lines.add(label == null || label.isEmpty() ? text : label + " " + text);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(inner -> collect(inner, lines));
                }
            }
        }
    }

    /** The number Word shows before a list paragraph, or null for an ordinary one. */
    private String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numbering == null || numId == null) {
            return null;
        }
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum definition = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (definition == null) {
            return null;
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        CTLvl[] levels = definition.getCTAbstractNum().getLvlArray();
        int[] count = counters.computeIfAbsent(abstractId, id -> new int[LEVELS]);
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        count[level] = count[level] == 0 ? start(levels, level) : count[level] + 1;
        CTLvl own = levelOf(levels, level);
        if (own == null || own.getLvlText() == null || own.getLvlText().getVal() == null) {
            return null;
        }
        String text = own.getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int referred = text.charAt(i + 1) - '1';
                if (referred >= 0 && referred < LEVELS) {
                    int value = count[referred] == 0 ? start(levels, referred) : count[referred];
                    label.append(format(value, formatOf(levelOf(levels, referred))));
                }
                i++;
            } else {
                label.append(c);
            }
        }
        return label.toString().strip();
    }

    private static CTLvl levelOf(CTLvl[] levels, int level) {
        for (CTLvl lvl : levels) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return level < levels.length ? levels[level] : null;
    }

    private static int start(CTLvl[] levels, int level) {
        CTLvl lvl = levelOf(levels, level);
        return lvl != null && lvl.getStart() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String formatOf(CTLvl lvl) {
        return lvl == null || lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    static String format(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value, "abcdefghijklmnopqrstuvwxyz");
            case "upperLetter" -> letters(value, "abcdefghijklmnopqrstuvwxyz").toUpperCase();
            case "russianLower" -> letters(value, RUSSIAN_LETTERS);
            case "russianUpper" -> letters(value, RUSSIAN_LETTERS).toUpperCase();
            case "lowerRoman" -> roman(value).toLowerCase();
            case "upperRoman" -> roman(value);
            case "none", "bullet" -> "";
            default -> String.valueOf(value);
        };
    }

    /** Word's letter numbering: a, b, ... z, then aa, bb, ... */
    private static String letters(int value, String alphabet) {
        if (value < 1) {
            return String.valueOf(value);
        }
        char letter = alphabet.charAt((value - 1) % alphabet.length());
        return String.valueOf(letter).repeat((value - 1) / alphabet.length() + 1);
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }
}
