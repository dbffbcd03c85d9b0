package org.pikir.bench.scale;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Citizen-like texts in Russian, Kazakh and English, put together from phrases about a
 * constitutional reform, with lengths spread like real comments: most a few sentences, a long
 * tail up to the 5,000-character limit.
 */
final class Texts {

    private static final List<String> RU_OPENINGS = List.of(
            "Предлагаю", "Считаю важным", "Прошу рассмотреть возможность", "Необходимо", "Поддерживаю идею",
            "Не согласен с тем, чтобы", "Было бы правильно", "Как житель области, прошу", "Важно", "Предлагаем");
    private static final List<String> RU_SUBJECTS = List.of(
            "закрепить в Конституции право граждан на участие в общественных слушаниях",
            "проводить слушания по поправкам в каждой области и городе республиканского значения",
            "публиковать протоколы заседаний рабочей группы на казахском и русском языках",
            "расширить полномочия маслихатов в вопросах местного бюджета",
            "установить срок рассмотрения обращений граждан не более пятнадцати рабочих дней",
            "ввести прямые выборы акимов сельских округов и районов",
            "обеспечить независимость судей и прозрачность их назначения",
            "сохранить ограничение президентского срока одним сроком в семь лет",
            "усилить роль Конституционного суда в защите прав человека",
            "гарантировать доступ к информации о государственных закупках",
            "закрепить обязательность экологической экспертизы крупных проектов",
            "предусмотреть квоту для молодёжи в общественных советах");
    private static final List<String> RU_REASONS = List.of(
            "чтобы решения принимались с учётом мнения жителей регионов",
            "потому что сейчас граждане не видят, какие предложения учтены",
            "так как без этого реформа останется декларацией",
            "это повысит доверие к государственным органам",
            "иначе сельские жители фактически исключены из обсуждения",
            "как это уже сделано во многих странах с успешной практикой",
            "поскольку действующая норма толкуется слишком широко",
            "что позволит сократить коррупционные риски");
    private static final List<String> KK_OPENINGS = List.of(
            "Ұсынамын:", "Маңызды деп санаймын:", "Қолдаймын:", "Өтінемін:", "Қажет:", "Келіспеймін:",
            "Облыс тұрғыны ретінде ұсынамын:", "Дұрыс болар еді:");
    private static final List<String> KK_SUBJECTS = List.of(
            "азаматтардың қоғамдық тыңдауларға қатысу құқығын Конституцияда бекіту",
            "түзетулер бойынша тыңдауларды әр облыста өткізу",
            "жұмыс тобы отырыстарының хаттамаларын қазақ және орыс тілдерінде жариялау",
            "мәслихаттардың жергілікті бюджет мәселелеріндегі өкілеттіктерін кеңейту",
            "ауылдық округ әкімдерін тікелей сайлауды енгізу",
            "соттардың тәуелсіздігін және оларды тағайындаудың ашықтығын қамтамасыз ету",
            "Конституциялық соттың адам құқықтарын қорғаудағы рөлін күшейту",
            "мемлекеттік сатып алулар туралы ақпаратқа қол жеткізуге кепілдік беру",
            "жастар үшін қоғамдық кеңестерде квота қарастыру");
    private static final List<String> KK_REASONS = List.of(
            "өйткені азаматтар қандай ұсыныстардың ескерілгенін көрмейді",
            "бұл мемлекеттік органдарға деген сенімді арттырады",
            "әйтпесе ауыл тұрғындары талқылаудан тыс қалады",
            "бұл сыбайлас жемқорлық тәуекелдерін азайтады",
            "себебі шешімдер өңір тұрғындарының пікірін ескеруі керек");
    private static final List<String> EN_SENTENCES = List.of(
            "I propose that regional hearings be held before every amendment is adopted.",
            "The minutes of the working group should be published in Kazakh and Russian within a week.",
            "Local councils need a real say over local budgets.",
            "Citizens should see which proposals were accepted and why the others were not.",
            "Judges must be appointed through an open and competitive procedure.");
    private static final List<String> TOPICS = List.of(
            "parliament", "courts", "local-government", "human-rights", "elections", "languages", "budget",
            "environment", "youth", "transparency");

    private Texts() {
    }

    /** A language: about 60 % Russian, 35 % Kazakh, 5 % English. */
    static String language(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 60 ? "ru" : roll < 95 ? "kk" : "en";
    }

    /** A comment of roughly {@code target} characters (at least one sentence, at most {@code max}). */
    static String body(SplittableRandom random, String language, int target, int max) {
        StringBuilder text = new StringBuilder(target + 200);
        do {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence(random, language));
        } while (text.length() < target);
        if (text.length() > max) {
            text.setLength(max);
        }
        return text.toString();
    }

    /** Comment lengths: log-normal around 250 characters, from 20 to 5,000. */
    static int commentLength(SplittableRandom random) {
        double length = Math.exp(Math.log(250) + 0.9 * gaussian(random));
        return (int) Math.max(20, Math.min(5_000, length));
    }

    static String title(SplittableRandom random, String language) {
        String subject = switch (language) {
            case "kk" -> pick(random, KK_SUBJECTS);
            case "en" -> pick(random, EN_SENTENCES);
            default -> pick(random, RU_SUBJECTS);
        };
        String title = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        return title.length() > 200 ? title.substring(0, 200) : title;
    }

    static String topic(SplittableRandom random) {
        return pick(random, TOPICS);
    }

    private static String sentence(SplittableRandom random, String language) {
        return switch (language) {
            case "kk" -> pick(random, KK_OPENINGS) + " " + pick(random, KK_SUBJECTS) + ", " + pick(random, KK_REASONS) + ".";
            case "en" -> pick(random, EN_SENTENCES);
            default -> pick(random, RU_OPENINGS) + " " + pick(random, RU_SUBJECTS) + ", " + pick(random, RU_REASONS) + ".";
        };
    }

    private static String pick(SplittableRandom random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
