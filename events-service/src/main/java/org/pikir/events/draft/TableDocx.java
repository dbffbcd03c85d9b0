package org.pikir.events.draft;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The comparative table as a Word document (Apache POI XWPF): a title, the demonstration notice when the draft is
 * one, and the four columns of Kazakhstan's legislative drafting practice, headed in the table's language.
 */
final class TableDocx {

    private record Words(String title, String notice, String unit, String previous, String next, String justification,
                         String recommendation, String none, String removed) {
    }

    private static final Map<String, Words> WORDS = Map.of(
            "ru", new Words("Сравнительная таблица к проекту «%s», редакция %d",
                    "Демонстрационный текст: он показывает работу платформы и не является официальным документом.",
                    "Структурная единица", "Предыдущая редакция", "Новая редакция", "Обоснование",
                    "Рекомендация №%d", "Отсутствует", "Исключается"),
            "kk", new Words("«%s» жобасына салыстырмалы кесте, %d-редакция",
                    "Демонстрациялық мәтін: ол платформаның жұмысын көрсетеді, ресми құжат емес.",
                    "Құрылымдық бірлік", "Алдыңғы редакция", "Жаңа редакция", "Негіздеме",
                    "№%d ұсыным", "Жоқ", "Алып тасталады"),
            "en", new Words("Comparative table of the draft “%s”, version %d",
                    "Demonstration text: it shows how the platform works and is not an official document.",
                    "Structural unit", "Previous wording", "New wording", "Justification",
                    "Recommendation #%d", "None", "Removed"));

    private TableDocx() {
    }

    static byte[] write(Draft draft, TableResponse table) {
        Words words = WORDS.getOrDefault(table.language(), WORDS.get("en"));
        String title = draft.title.getOrDefault(table.language(),
                draft.title.values().stream().findFirst().orElse(""));
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setText(String.format(words.title(), title, table.version()));
            if (draft.demonstration) {
                XWPFRun notice = document.createParagraph().createRun();
                notice.setItalic(true);
                notice.setText(words.notice());
            }
            XWPFTable grid = document.createTable(table.rows().size() + 1, 4);
            fill(grid.getRow(0), List.of(words.unit(), words.previous(), words.next(), words.justification()), true);
            for (int i = 0; i < table.rows().size(); i++) {
                TableResponse.Row row = table.rows().get(i);
                String justification = row.justification().getOrDefault(table.language(), "");
                String references = row.recommendationIds().stream()
                        .map(id -> String.format(words.recommendation(), id)).collect(Collectors.joining("; "));
                String last = references.isEmpty() ? justification
                        : justification.isEmpty() ? references : justification + "\n" + references;
                fill(grid.getRow(i + 1), List.of(row.number() == null ? row.key() : row.number(),
                        row.before() == null ? words.none() : row.before(),
                        row.after() == null ? words.removed() : row.after(), last), false);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The comparative table could not be written", e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> texts, boolean bold) {
        for (int column = 0; column < texts.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            String[] lines = texts.get(column).split("\n", -1);
            XWPFRun run = paragraph.createRun();
            run.setBold(bold);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }
    }
}
