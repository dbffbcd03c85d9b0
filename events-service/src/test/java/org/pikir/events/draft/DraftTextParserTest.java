package org.pikir.events.draft;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recognising kk, ru and en legal numbering and deriving the keys, without a database. */
class DraftTextParserTest {

    private static List<DraftUnit> placed(String text) {
        return DraftStructure.placed(DraftTextParser.parseText(text, false));
    }

    private static List<String> keys(List<DraftUnit> units) {
        return units.stream().map(DraftUnit::key).toList();
    }

    @Test
    void aRussianLawHasPartsChaptersArticlesParagraphsAndSubpoints() {
        List<DraftUnit> units = placed("""
                Настоящий закон определяет порядок.

                Раздел I. Общие положения
                Глава 1
                Основные понятия
                Статья 1. Предмет регулирования
                1. Закон регулирует отношения.
                2. Понятия:
                1) участник – лицо;
                2) форум – собрание.
                Статья 2
                Текст статьи без пунктов,
                во второй строке.
                а) первое;
                б) второе.
                Статья 12-1. Вставленная статья
                """);
        assertEquals(List.of("preamble", "part-1", "chapter-1", "article-1", "article-1-p-1", "article-1-p-2",
                "article-1-p-2-s-1", "article-1-p-2-s-2", "article-2", "article-2-s-1", "article-2-s-2", "article-12-1"),
                keys(units));
        DraftUnit part = units.get(1);
        assertEquals(UnitKind.PART, part.kind());
        assertEquals("Раздел I", part.number());
        assertEquals("Общие положения", part.heading());
        assertEquals("Основные понятия", units.get(2).heading(), "a chapter's heading may stand on the next line");
        DraftUnit article = units.get(3);
        assertEquals("Статья 1", article.number());
        assertEquals("Предмет регулирования", article.heading());
        assertEquals("", article.text());
        assertEquals(2, article.depth());
        assertEquals("article-1", units.get(6).articleKey());
        assertEquals("1)", units.get(6).number());
        assertEquals("участник – лицо;", units.get(6).text());
        assertEquals(4, units.get(6).depth());
        assertEquals("Текст статьи без пунктов,\nво второй строке.", units.get(8).text());
        assertEquals("б)", units.get(10).number());
        assertNull(units.get(0).articleKey());
        assertEquals("Настоящий закон определяет порядок.", units.get(0).text());
    }

    @Test
    void aKazakhLawWritesTheNumberFirst() {
        List<DraftUnit> units = placed("""
                1-тарау. Жалпы ережелер
                1-бап. Осы Заңның мақсаты
                1. Заң қатынастарды реттейді.
                2. Ұғымдар:
                1) қатысушы – тұлға;
                2-бап.
                Мәтін.
                """);
        assertEquals(List.of("chapter-1", "article-1", "article-1-p-1", "article-1-p-2", "article-1-p-2-s-1",
                "article-2"), keys(units));
        assertEquals("1-бап", units.get(1).number());
        assertEquals("Осы Заңның мақсаты", units.get(1).heading());
        assertEquals("Мәтін.", units.get(5).text());
        assertEquals("1-тарау", units.get(0).number());
    }

    @Test
    void anEnglishTextAndMarkdownMarksAreRead() {
        List<DraftUnit> units = DraftStructure.placed(DraftTextParser.parseText("""
                # Part II General
                ## Chapter 3 Rights
                **Article 7.** Freedom of _speech_
                1. Everyone may speak.
                - a) in public;
                """, true));
        assertEquals(List.of("part-2", "chapter-3", "article-7", "article-7-p-1", "article-7-p-1-s-1"), keys(units));
        assertEquals("Freedom of speech", units.get(2).heading());
        assertEquals("in public;", units.get(4).text());
    }

    @Test
    void repeatedNumbersGetASuffixAndGapsAreWarned() {
        List<DraftUnit> units = placed("""
                Статья 1. Первая
                Статья 3. Третья
                Статья 3. Снова третья
                1. Пункт.
                """);
        assertEquals(List.of("article-1", "article-3", "article-3-dup-2", "article-3-dup-2-p-1"), keys(units));
        List<DraftWarning> warnings = DraftStructure.warnings(units);
        assertTrue(warnings.contains(new DraftWarning("article-3", "number", "'Статья 3' follows 'Статья 1'")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.key().equals("article-3-dup-2")), warnings.toString());
    }

    @Test
    void theSameStructureInTwoLanguagesGivesTheSameKeys() {
        List<DraftUnit> ru = placed("Глава 1. Основы\nСтатья 1. Цели\n1. Текст.\nа) первое;\nб) второе.");
        List<DraftUnit> kk = placed("1-тарау. Негіздер\n1-бап. Мақсаттар\n1. Мәтін.\nа) бірінші;\nә) екінші.");
        assertEquals(keys(ru), keys(kk));
    }

    @Test
    void anUnnumberedTextAfterParagraphsBelongsToItsArticle() {
        List<DraftUnit> units = new java.util.ArrayList<>(placed("Статья 12. Цели\n1. Первое.\n2. Второе.\nСтатья 13"));
        units.add(3, DraftUnit.unplaced(UnitKind.TEXT, null, null, "Заключительный абзац."));
        List<DraftUnit> placed = DraftStructure.placed(units);
        assertEquals(List.of("article-12", "article-12-p-1", "article-12-p-2", "article-12-t-1", "article-13"),
                keys(placed));
        assertEquals("article-12", placed.get(3).articleKey());
        assertEquals(1, placed.get(3).depth());
    }

    @Test
    void wordsOutsideAnyNumberingAreNoDraft() {
        List<DraftUnit> units = DraftTextParser.parseText("Просто письмо.\nБез нумерации.", false);
        assertEquals(1, units.size());
        assertEquals(UnitKind.TEXT, units.get(0).kind());
    }

    @Test
    void aWordDocumentIsReadWithItsAutomaticListNumbers() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger list = decimalThenLetters(document);
            document.createParagraph().createRun().setText("Статья 5. Права участников");
            numbered(document, list, 0, "Участник вправе высказаться.");
            numbered(document, list, 0, "Участник вправе предложить:");
            numbered(document, list, 1, "поправку;");
            numbered(document, list, 1, "новую статью.");
            document.createParagraph().createRun().setText("Статья 6. Обязанности");
            document.write(out);
            docx = out.toByteArray();
        }
        List<DraftUnit> units = DraftStructure.placed(DraftTextParser.parse(DocxLines.read(docx)));
        assertEquals(List.of("article-5", "article-5-p-1", "article-5-p-2", "article-5-p-2-s-1", "article-5-p-2-s-2",
                "article-6"), keys(units));
        assertEquals("2.", units.get(2).number());
        assertEquals("б)", units.get(4).number());
        assertEquals("новую статью.", units.get(4).text());
    }

    @Test
    void wordingsDifferWordByWord() {
        List<WordDiff.Part> parts = WordDiff.between("Статья 3. Граждане вправе участвовать.",
                "Статья 3. Граждане и организации вправе участвовать.");
        String before = parts.stream().filter(p -> p.op() != WordDiff.Op.INSERT).map(WordDiff.Part::text)
                .reduce("", String::concat);
        String after = parts.stream().filter(p -> p.op() != WordDiff.Op.DELETE).map(WordDiff.Part::text)
                .reduce("", String::concat);
        assertEquals("Статья 3. Граждане вправе участвовать.", before);
        assertEquals("Статья 3. Граждане и организации вправе участвовать.", after);
        assertTrue(parts.contains(new WordDiff.Part(WordDiff.Op.INSERT, "и организации ")), parts.toString());
    }

    /** A two-level list as Word makes it: "1." then "а)" (russianLower), in the numbering part. */
    private static BigInteger decimalThenLetters(XWPFDocument document) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ONE);
        level(definition, 0, STNumberFormat.DECIMAL, "%1.");
        level(definition, 1, STNumberFormat.RUSSIAN_LOWER, "%2)");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    private static void level(CTAbstractNum definition, int index, STNumberFormat.Enum format, String text) {
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.valueOf(index));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
        var paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }
}
