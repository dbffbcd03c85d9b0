package org.pikir.feedback.analysis.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pikir.feedback.analysis.job.TextItem;

class ThemeSuggesterTest {

    /** Three obvious topics, each in ru, kk and en: courts, land, language. */
    static List<TextItem> threeTopics() {
        String[][] topics = {
                {"ru", "Суды должны быть независимы, судьи не должны зависеть от власти",
                        "Нужна реформа судов и честные судьи", "Судьи в судах берут взятки, суд несправедлив",
                        "Конституционный суд должен защищать граждан, судьи независимы"},
                {"kk", "Соттар тәуелсіз болуы керек, судьялар биліктен тәуелсіз",
                        "Сот реформасы қажет, судьялар әділ болсын", "Соттардағы судьялар әділ емес",
                        "Конституциялық сот азаматтарды қорғауы тиіс, сот тәуелсіз"},
                {"en", "Courts must be independent and judges free from pressure",
                        "We need a reform of the courts and honest judges", "Judges in our courts take bribes",
                        "The constitutional court should protect citizens, judges independent"},
        };
        String[][] land = {
                {"ru", "Земля должна принадлежать народу, нельзя продавать землю иностранцам",
                        "Запретить продажу земли и недр", "Земля и недра это собственность народа",
                        "Аренда земли иностранцам недопустима, земля народная"},
                {"kk", "Жер халықтың меншігі болуы керек, жерді шетелдіктерге сатуға болмайды",
                        "Жер мен жер қойнауы халыққа тиесілі", "Жерді сатуға тыйым салу керек",
                        "Жерді шетелдіктерге жалға беруге болмайды"},
                {"en", "Land must belong to the people, no land sales to foreigners",
                        "Ban the sale of land and mineral resources", "Land and minerals belong to the people",
                        "Leasing land to foreigners must be banned"},
        };
        String[][] language = {
                {"ru", "Государственный язык казахский, русский язык официальный",
                        "Статус русского языка нужно сохранить", "Казахский язык должен развиваться, язык это основа",
                        "Языковая политика: государственный язык и русский язык"},
                {"kk", "Мемлекеттік тіл қазақ тілі болуы керек", "Қазақ тілінің мәртебесін көтеру керек",
                        "Тіл саясаты: мемлекеттік тіл және орыс тілі", "Қазақ тілін дамыту қажет, тіл біздің негіз"},
                {"en", "The state language is Kazakh, Russian is an official language",
                        "Keep the status of the Russian language", "Kazakh language must develop",
                        "Language policy: the state language and Russian language"},
        };
        List<TextItem> items = new ArrayList<>();
        long id = 1;
        for (String[][] topic : List.of(topics, land, language)) {
            for (String[] languageTexts : topic) {
                for (int i = 1; i < languageTexts.length; i++) {
                    items.add(new TextItem("COMMENT", id++, languageTexts[0], languageTexts[i]));
                }
            }
        }
        return items;
    }

    private static int topicOf(TextItem item) {
        return (int) ((item.id() - 1) / 12);
    }

    /** The share of assigned items that are in the theme of their topic's majority. */
    private static double purity(List<DraftTheme> themes) {
        int agreeing = 0;
        int assigned = 0;
        for (DraftTheme theme : themes) {
            int[] counts = new int[3];
            theme.members().forEach(item -> counts[topicOf(item)]++);
            agreeing += Math.max(counts[0], Math.max(counts[1], counts[2]));
            assigned += theme.members().size();
        }
        return assigned == 0 ? 0 : (double) agreeing / assigned;
    }

    @Test
    void separatesObviouslyDifferentTopics() {
        List<TextItem> items = threeTopics();
        // texts in different languages share few words, so a topic may come out once per language: up to 9 themes
        List<DraftTheme> themes = new ThemeSuggester(3, 9, 7L).suggest(items, percent -> { }, () -> false);

        assertTrue(themes.size() >= 3, themes.toString());
        // each theme is pure: (nearly) all its members share one topic
        assertTrue(purity(themes) >= 0.9, themes.toString());
        for (DraftTheme theme : themes) {
            assertFalse(theme.terms().isEmpty());
            assertTrue(theme.representatives().size() >= 1 && theme.representatives().size() <= 3);
            assertTrue(theme.members().containsAll(theme.representatives()));
        }
        // no item in two themes
        Set<Long> seen = new HashSet<>();
        themes.forEach(theme -> theme.members().forEach(item -> assertTrue(seen.add(item.id()))));
        // largest first
        for (int i = 1; i < themes.size(); i++) {
            assertTrue(themes.get(i - 1).members().size() >= themes.get(i).members().size());
        }
    }

    @Test
    void aSubjectWrittenAboutInThreeLanguagesIsOneTheme() {
        // the civic glossary gives суд, сот and court one stem
        List<DraftTheme> themes = new ThemeSuggester(3, 3, 7L).suggest(threeTopics(), percent -> { }, () -> false);

        assertEquals(3, themes.size(), themes.toString());
        assertTrue(purity(themes) >= 0.9, themes.toString());
        for (DraftTheme theme : themes) {
            assertTrue(theme.members().stream().map(TextItem::language).distinct().count() >= 2, theme.toString());
        }
    }

    @Test
    void namesThemesByTheirDistinctiveWordsAsWritten() {
        List<DraftTheme> themes = new ThemeSuggester(3, 3, 7L).suggest(threeTopics(), percent -> { }, () -> false);

        Set<String> allTerms = themes.stream().flatMap(theme -> theme.terms().stream()).collect(Collectors.toSet());
        assertTrue(allTerms.stream().anyMatch(term -> term.startsWith("суд") || term.startsWith("сот")
                || term.startsWith("court") || term.startsWith("judg")), allTerms.toString());
        assertTrue(allTerms.stream().anyMatch(term -> term.startsWith("зем") || term.startsWith("жер")
                || term.startsWith("land")), allTerms.toString());
        // terms are surface words, never a truncated stem such as "судь" or "languag"
        assertFalse(allTerms.contains("languag") || allTerms.contains("judg"), allTerms.toString());
    }

    @Test
    void sameSeedSameThemes() {
        List<DraftTheme> first = new ThemeSuggester(2, 5, 3L).suggest(threeTopics(), percent -> { }, () -> false);
        List<DraftTheme> second = new ThemeSuggester(2, 5, 3L).suggest(threeTopics(), percent -> { }, () -> false);
        assertEquals(first, second);
    }

    private static final List<String> GREETINGS = List.of("", "Здравствуйте! ", "Добрый день. ",
            "Уважаемая рабочая группа, ");
    private static final List<String> NAMES = List.of("Айгуль", "Серик", "Марат", "Дина", "Ерлан", "Жанна", "Олег");

    /** The three topics and a letter sent 140 times with the greetings and signatures people add (ids 1000+). */
    static List<TextItem> threeTopicsAndALetter() {
        List<TextItem> items = new ArrayList<>(threeTopics());
        for (int i = 0; i < 140; i++) {
            items.add(new TextItem("COMMENT", 1000 + i, "ru", GREETINGS.get(i % GREETINGS.size())
                    + "Требуем закрепить в Конституции бесплатное высшее образование для каждого гражданина и не "
                    + "допустить сокращения бюджетных мест в региональных университетах. Поддерживаю обращение "
                    + "родителей. С уважением, " + NAMES.get(i % NAMES.size())));
        }
        return items;
    }

    @Test
    void aLettersCopiesAreOneThemeNamedByWhatTheLetterSays() {
        List<DraftTheme> themes = new ThemeSuggester().suggest(threeTopicsAndALetter(), percent -> { }, () -> false);
        List<DraftTheme> withCopies = themes.stream()
                .filter(theme -> theme.members().stream().anyMatch(member -> member.id() >= 1000)).toList();
        assertEquals(1, withCopies.size(), themes.toString());
        DraftTheme letter = withCopies.get(0);
        assertEquals(140, letter.members().stream().filter(member -> member.id() >= 1000).count());
        assertEquals(140, letter.members().size(), "the letter's theme is the letter");
        // named by the letter's words, not by the greetings and names that tell its copies apart
        String terms = String.join(" ", letter.terms()).toLowerCase(java.util.Locale.ROOT);
        assertTrue(terms.contains("образование") || terms.contains("университетах"), terms);
        for (String noise : List.of("айгуль", "серик", "здравствуйте", "добрый", "уважаемая")) {
            assertFalse(letter.terms().get(0).equalsIgnoreCase(noise), letter.terms().toString());
        }
        // the three topics are still themes of their own
        assertTrue(themes.size() >= 4, themes.toString());
    }

    @Test
    void theSameItemsInAnyOrderGiveTheSameThemes() {
        // a copied letter with greetings and signatures next to three topics: where k-means' seeds fall (by
        // position) would change the themes
        List<TextItem> items = threeTopicsAndALetter();
        List<DraftTheme> inIdOrder = new ThemeSuggester().suggest(items, percent -> { }, () -> false);
        assertTrue(inIdOrder.size() >= 4, inIdOrder.toString());
        for (int shuffle = 1; shuffle <= 5; shuffle++) {
            List<TextItem> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, new Random(shuffle));
            assertEquals(inIdOrder, new ThemeSuggester().suggest(shuffled, percent -> { }, () -> false),
                    "shuffle " + shuffle);
        }
    }

    @Test
    void reportsProgressUpToOneHundred() {
        List<Integer> reported = new ArrayList<>();
        new ThemeSuggester().suggest(threeTopics(), reported::add, () -> false);
        assertEquals(100, reported.get(reported.size() - 1));
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1), reported.toString());
        }
    }

    @Test
    void stopsWithNothingWhenCancelled() {
        AtomicInteger asked = new AtomicInteger();
        List<DraftTheme> themes = new ThemeSuggester().suggest(threeTopics(), percent -> { },
                () -> asked.incrementAndGet() > 1);
        assertEquals(List.of(), themes);
    }

    @Test
    void itemsWithoutWordsBelongToNoTheme() {
        List<TextItem> items = new ArrayList<>(threeTopics());
        items.add(new TextItem("COMMENT", 999, "ru", "+1 !!!"));
        List<DraftTheme> themes = new ThemeSuggester(3, 3, 1L).suggest(items, percent -> { }, () -> false);
        assertTrue(themes.stream().flatMap(theme -> theme.members().stream()).noneMatch(item -> item.id() == 999));
        assertEquals(List.of(), new ThemeSuggester().suggest(List.of(), percent -> { }, () -> false));
    }
}
