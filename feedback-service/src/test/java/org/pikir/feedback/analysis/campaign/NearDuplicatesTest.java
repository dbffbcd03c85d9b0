package org.pikir.feedback.analysis.campaign;

import org.junit.jupiter.api.Test;
import org.pikir.feedback.analysis.job.TextItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicatesTest {

    static final String CAMPAIGN = "Мы, жители нашего района, категорически против передачи земли иностранным компаниям."
            + " Земля должна оставаться в собственности народа, а любые изменения статьи о земле нужно выносить"
            + " на референдум. Просим учесть наше мнение при доработке проекта.";
    private static final String[] GREETINGS = {"Здравствуйте!", "Добрый день.", "Уважаемые члены комиссии,", "", "Привет!"};
    private static final String[] NAMES = {"Айгерим", "Нурлан С.", "Ольга", "Ерлан Б.", "Марат", "Динара К."};

    /** A copy of the campaign text with the small edits a campaign's senders make: greeting, name, punctuation, a word. */
    static String copy(SplittableRandom random) {
        String text = CAMPAIGN;
        if (random.nextBoolean()) {
            text = text.replace("категорически", "решительно");
        }
        if (random.nextBoolean()) {
            text = text.replace(", а", ". А").replace("народа", "народа!");
        }
        if (random.nextInt(3) == 0) {
            text = text.toUpperCase();
        }
        return GREETINGS[random.nextInt(GREETINGS.length)] + " " + text + " С уважением, "
                + NAMES[random.nextInt(NAMES.length)] + " " + (1 + random.nextInt(99));
    }

    /** Different texts on the same topic: the land article, in other words. */
    static final List<String> SAME_TOPIC = List.of(
            "Статья о земле должна прямо запрещать продажу сельхозугодий иностранцам, иначе через десять лет мы"
                    + " потеряем пастбища.",
            "Я за то, чтобы землю можно было брать в долгосрочную аренду, но собственность оставалась за государством.",
            "Предлагаю записать, что недра и земля принадлежат народу, а решения о них принимает парламент, а не"
                    + " правительство.",
            "Не нужен референдум по каждой статье: пусть парламент обсуждает поправки о земле открыто и публикует"
                    + " стенограммы.",
            "Жер туралы бап шетелдіктерге жер сатуға тыйым салуы керек, халықтың пікірін ескеріңіздер.",
            "Land must stay in public ownership; foreign companies should only lease it under strict conditions.",
            "Мы против передачи земли иностранным компаниям, но считаем, что аренда на 49 лет для местных фермеров"
                    + " допустима и полезна.");

    private final NearDuplicates duplicates = new NearDuplicates();

    @Test
    void normaliseFoldsCaseWidthPunctuationAndDigits() {
        assertEquals("земля народа елка", NearDuplicates.normalise("  ЗЕМЛЯ — народа!!! 2024 ЁЛКА…"));
        assertEquals("abc", NearDuplicates.normalise("ＡＢＣ"));
        assertEquals("", NearDuplicates.normalise(" 12, 34 "));
    }

    @Test
    void plantedCopiesWithSmallEditsAreOneGroupAndSameTopicTextsAreNot() {
        SplittableRandom random = new SplittableRandom(7);
        List<TextItem> items = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            items.add(new TextItem("COMMENT", id, "ru", copy(random)));
        }
        for (int i = 0; i < SAME_TOPIC.size(); i++) {
            items.add(new TextItem("COMMENT", 1000 + i, "ru", SAME_TOPIC.get(i)));
        }

        List<List<Long>> groups = duplicates.groups(items, 2);

        assertEquals(1, groups.size(), "only the campaign groups: " + groups);
        assertEquals(60, groups.get(0).size());
        assertTrue(groups.get(0).stream().allMatch(id -> id <= 60));
    }

    @Test
    void groupsSmallerThanTheMinimumAreLeftOutAndLargestComeFirst() {
        SplittableRandom random = new SplittableRandom(11);
        List<TextItem> items = new ArrayList<>();
        for (long id = 1; id <= 12; id++) {
            items.add(new TextItem("COMMENT", id, "ru", copy(random)));
        }
        String other = "Прошу сохранить двухпалатный парламент и не сокращать число депутатов мажилиса, так как"
                + " регионы потеряют представительство в столице.";
        for (long id = 100; id < 115; id++) {
            items.add(new TextItem("COMMENT", id, "ru", (id % 2 == 0 ? "Добрый день! " : "") + other + " " + id));
        }
        items.add(new TextItem("COMMENT", 200, "ru", SAME_TOPIC.get(0)));
        items.add(new TextItem("COMMENT", 201, "ru", SAME_TOPIC.get(0) + "!"));

        List<List<Long>> groups = duplicates.groups(items, 10);

        assertEquals(2, groups.size());
        assertEquals(15, groups.get(0).size());
        assertEquals(100L, groups.get(0).get(0));
        assertEquals(12, groups.get(1).size());
        assertEquals(2, duplicates.groups(items, 2).size() - 1, "the pair counts once its minimum allows it");
    }

    @Test
    void signaturesEstimateJaccardAndShareBandsOnlyWhenNear() {
        SplittableRandom random = new SplittableRandom(3);
        long[] a = duplicates.signature(copy(random));
        long[] b = duplicates.signature(copy(random));
        long[] c = duplicates.signature(SAME_TOPIC.get(6));
        assertTrue(NearDuplicates.similarity(a, b) >= 0.75, "copies: " + NearDuplicates.similarity(a, b));
        assertTrue(NearDuplicates.similarity(a, c) < 0.5, "same topic: " + NearDuplicates.similarity(a, c));
        Set<Long> keysOfC = new HashSet<>();
        for (long key : duplicates.bandKeys(c)) {
            keysOfC.add(key);
        }
        for (long key : duplicates.bandKeys(a)) {
            assertTrue(!keysOfC.contains(key), "a text on the same topic shares no band");
        }
        assertEquals(1.0, NearDuplicates.similarity(duplicates.signature("Поддерживаю!"),
                duplicates.signature("поддерживаю")));
    }
}
