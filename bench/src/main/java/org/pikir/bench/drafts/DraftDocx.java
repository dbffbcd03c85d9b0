package org.pikir.bench.drafts;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large draft law as a .docx the way an editor would receive one: chapters, numbered articles with headings,
 * paragraphs "1." and sub-points "1)", in Russian. Version 2 of the same seed rewords every tenth article's second
 * paragraph, adds a paragraph to every 25th article and drops the last paragraph of every 40th, so a diff of the two
 * has something to find everywhere in the text. The words are generated: a demonstration text, never an act.
 *
 * <pre>DraftDocx OUT.docx ARTICLES VERSION [SEED]</pre>
 */
public final class DraftDocx {

    private static final String[] SUBJECTS = {"Государственные органы", "Местные представительные органы",
            "Граждане", "Общественные объединения", "Уполномоченный орган", "Правительство", "Акимы областей",
            "Суды", "Парламент", "Научные организации"};
    private static final String[] VERBS = {"обеспечивают", "публикуют", "рассматривают", "учитывают", "представляют",
            "разъясняют", "согласовывают", "обсуждают"};
    private static final String[] OBJECTS = {"проекты нормативных правовых актов", "результаты общественных обсуждений",
            "предложения граждан", "ежегодные доклады", "сведения о расходах", "решения по обращениям",
            "планы мероприятий", "заключения экспертов"};
    private static final String[] MANNERS = {"в течение тридцати календарных дней", "на казахском и русском языках",
            "в открытом доступе", "с указанием принятых решений", "в порядке, установленном законом",
            "не реже одного раза в год", "с участием общественных советов", "на официальных интернет-ресурсах"};
    private static final String[] HEADINGS = {"Открытость принятия решений", "Участие граждан", "Общественный контроль",
            "Доступ к информации", "Отчётность органов", "Порядок обсуждения", "Сроки рассмотрения",
            "Полномочия уполномоченного органа", "Гарантии прав участников", "Заключительные положения"};

    private DraftDocx() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: DraftDocx OUT.docx ARTICLES VERSION [SEED]");
        }
        Path out = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int version = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 13;
        try (XWPFDocument document = new XWPFDocument(); OutputStream file = Files.newOutputStream(out)) {
            write(document, articles, version, seed);
            document.write(file);
        }
        System.out.printf("wrote %s: %d articles, version %d (%d bytes)%n", out, articles, version, Files.size(out));
    }

    private static void write(XWPFDocument document, int articles, int version, long seed) {
        line(document, "ДЕМОНСТРАЦИОННЫЙ ТЕКСТ ДЛЯ НАГРУЗОЧНОГО ТЕСТА, НЕ ЯВЛЯЕТСЯ ПРОЕКТОМ АКТА");
        for (int article = 1; article <= articles; article++) {
            // the same words for the same article in every version: a seed per article
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + article);
            if (article % 30 == 1) {
                line(document, "Глава " + (article / 30 + 1) + ". " + HEADINGS[(article / 30) % HEADINGS.length]);
            }
            line(document, "Статья " + article + ". " + pick(random, HEADINGS));
            int paragraphs = 2 + random.nextInt(4);
            if (version >= 2 && article % 40 == 0) {
                paragraphs--;
            }
            for (int p = 1; p <= paragraphs; p++) {
                String text = sentence(random);
                if (version >= 2 && article % 10 == 0 && p == 2) {
                    text = text.replace(" в ", " не позднее чем в ") + " Решение сопровождается обоснованием.";
                }
                line(document, p + ". " + text);
                if (p == 1 && random.nextInt(3) == 0) {
                    for (int s = 1; s <= 3; s++) {
                        line(document, s + ") " + sentence(random).toLowerCase().replace(".", ";"));
                    }
                }
            }
            if (version >= 2 && article % 25 == 0) {
                line(document, (paragraphs + 1) + ". Сведения об исполнении настоящей статьи публикуются ежегодно.");
            }
        }
    }

    private static String sentence(SplittableRandom random) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                + pick(random, MANNERS) + ", а также " + pick(random, OBJECTS) + " " + pick(random, MANNERS) + ".";
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static void line(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
    }
}
