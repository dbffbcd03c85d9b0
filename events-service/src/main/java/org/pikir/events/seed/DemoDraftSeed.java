package org.pikir.events.seed;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.pikir.events.draft.DraftResponse;
import org.pikir.events.draft.DraftService;
import org.pikir.events.draft.NewVersionRequest;
import org.pikir.events.draft.TableRowRequest;
import org.pikir.events.event.Event;

import java.util.List;
import java.util.Map;

/**
 * The Almaty forum's demonstration draft: recommendations of the expert forum in Russian and Kazakh, written in our
 * own words along the forum's three themes and marked as a demonstration in its title and preamble. Version 2 changes
 * a few paragraphs, removes one and adds one, and its comparative table is filled, so the diff and the table show
 * something from the first start.
 */
@ApplicationScoped
public class DemoDraftSeed {

    static final Map<String, String> TITLE = Map.of(
            "ru", "Проект рекомендаций экспертного форума (демонстрационный текст)",
            "kk", "Сарапшылар форумы ұсынымдарының жобасы (демонстрациялық мәтін)",
            "en", "Draft recommendations of the expert forum (demonstration text)");
    private static final Logger LOG = Logger.getLogger(DemoDraftSeed.class);
    private static final String ACTOR = "seed";
    private static final List<String> LANGUAGES = List.of("ru", "kk");

    /** Why each unit changed in version 2, per language. */
    static final Map<String, Map<String, String>> JUSTIFICATIONS = Map.of(
            "article-1-p-2", Map.of(
                    "ru", "Участники обсуждения предложили назвать подотчётность органов и верховенство права прямо.",
                    "kk", "Талқылау қатысушылары органдардың есеп берушілігі мен заң үстемдігін тікелей атауды ұсынды."),
            "article-3", Map.of(
                    "ru", "Оценка дополнена правовыми последствиями; её результаты становятся открытыми.",
                    "kk", "Бағалау құқықтық салдармен толықтырылды; оның нәтижелері ашық болады."),
            "article-4-p-2-s-1", Map.of(
                    "ru", "Срок ответа сокращён, чтобы ответы успевали к следующему этапу обсуждения.",
                    "kk", "Жауаптар талқылаудың келесі кезеңіне үлгеруі үшін жауап беру мерзімі қысқартылды."),
            "article-5-p-2", Map.of(
                    "ru", "Норма перенесена в доклад о реализации (статья 8) и здесь исключается.",
                    "kk", "Норма іске асыру туралы баяндамаға (8-бап) ауыстырылды, сондықтан мұнда алып тасталады."),
            "article-8-p-3", Map.of(
                    "ru", "Добавлено по итогам обсуждения: граждане могут комментировать доклад.",
                    "kk", "Талқылау қорытындысы бойынша қосылды: азаматтар баяндамаға пікір қалдыра алады."));

    private final DraftService drafts;

    public DemoDraftSeed(DraftService drafts) {
        this.drafts = drafts;
    }

    /** Call inside the seed's transaction, once: when the forum has no demonstration draft yet. */
    void addTo(Event forum) {
        DraftResponse draft = drafts.createFromFile(forum, TITLE, "ru", true, "demo-draft-v1.ru.txt",
                text("demo-draft-v1.ru.txt"), ACTOR);
        drafts.replaceTextFromFile(forum.slug, draft.id(), 1, "kk", "demo-draft-v1.kk.txt",
                text("demo-draft-v1.kk.txt"), ACTOR);
        drafts.publish(forum.slug, draft.id(), 1, ACTOR);
        drafts.startVersion(forum.slug, draft.id(), new NewVersionRequest(Map.of(
                "ru", "Учтены предложения участников обсуждения",
                "kk", "Талқылауға қатысушылардың ұсыныстары ескерілді",
                "en", "Participants' proposals taken into account")), ACTOR);
        for (String language : LANGUAGES) {
            String file = "demo-draft-v2." + language + ".txt";
            drafts.replaceTextFromFile(forum.slug, draft.id(), 2, language, file, text(file), ACTOR);
        }
        drafts.publish(forum.slug, draft.id(), 2, ACTOR);
        JUSTIFICATIONS.forEach((key, justification) -> drafts.saveRow(forum.slug, draft.id(), 2, key, "ru",
                new TableRowRequest(justification, List.of()), ACTOR));
        LOG.infof("Added the demonstration draft %d to %s", draft.id(), forum.slug);
    }

    private static byte[] text(String name) {
        return DemoForumSeed.resource("seed/" + name);
    }
}
