package org.pikir.events.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.pikir.events.agenda.AgendaItem;
import org.pikir.events.agenda.AgendaItemKind;
import org.pikir.events.agenda.AgendaItemRepository;
import org.pikir.events.draft.DraftRepository;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventFormat;
import org.pikir.events.event.EventKind;
import org.pikir.events.event.EventRepository;
import org.pikir.events.event.EventStatus;
import org.pikir.events.history.EventChanges;
import org.pikir.events.material.MaterialKind;
import org.pikir.events.material.MaterialService;
import org.pikir.events.participant.Participant;
import org.pikir.events.participant.ParticipantRepository;
import org.pikir.events.participant.ParticipantRole;
import org.pikir.events.statement.Statement;
import org.pikir.events.statement.StatementKind;
import org.pikir.events.statement.StatementRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes the first real case, the Almaty expert forum of 25 February 2026, on first start: its five named
 * participants (with Latin spellings for the English pages), the speeches with the two quoted statements and the two
 * positions the news article reports in indirect speech (marked {@code REPORTED}), English translations of all four,
 * the expert discussion session, the shared conclusion with the article's closing assessment, and a summary written
 * by Pikir, and a demonstration draft ({@link DemoDraftSeed}). A database seeded by an older version, without the
 * reported statements or the draft, is completed once.
 *
 * <p>Everything is written in our own words from the news article on Kazpravda.kz, except the two quotes, which
 * are the speakers' words as the article quotes them.
 */
@ApplicationScoped
public class DemoForumSeed {

    public static final String ALMATY_SLUG = "almaty-2026-02-25-constitutional-reform";
    private static final Logger LOG = Logger.getLogger(DemoForumSeed.class);
    private static final Duration CONSULTATION_LENGTH = Duration.ofDays(365);
    private static final String ACTOR = "seed";
    private static final String AUYL = "«Ауыл»";
    private static final String SUMMARY_FILE = "seed/almaty-summary.ru.txt";

    /** The spellings the pages in English show; the names stay as written everywhere else. */
    static final Map<String, String> LATIN_NAMES = Map.of(
            "Куаныш Сейтжанов", "Kuanysh Seitzhanov",
            "Айгерим Сарсенбаева", "Aigerim Sarsenbayeva",
            "Даурен Пірімбетов", "Dauren Pirimbetov",
            "Айнур Идрисова", "Ainur Idrisova",
            "Улпан Курайысова", "Ulpan Kuraiysova");

    static final String SEITZHANOV_QUOTE = "Проект нового Основного закона страны был разработан на основе "
            + "всестороннего анализа предложений, поступивших от граждан, политических партий, общественных "
            + "организаций и ведущих экспертов, а также с учетом результатов открытых общественных обсуждений "
            + "и детальной проработки новых норм и положений";
    static final String SARSENBAYEVA_QUOTE = "Предлагаемые изменения отражают общественный запрос на "
            + "справедливость, ответственность власти и укрепление правовых основ государства, а также "
            + "направлены на формирование современной и устойчивой политической системы";

    /** Our English translations of what was said, shown marked as translations. */
    static final Map<String, String> ENGLISH = Map.of(
            SEITZHANOV_QUOTE, "The draft of the country's new Basic Law was prepared from a thorough analysis of "
                    + "proposals by citizens, political parties, public organisations and leading experts, taking "
                    + "into account the results of open public discussions and detailed work on the new norms and "
                    + "provisions",
            SARSENBAYEVA_QUOTE, "The proposed changes reflect society's demand for fairness, accountable government "
                    + "and stronger legal foundations of the state, and aim to build a modern and sustainable "
                    + "political system");

    /** The two positions the article reports in indirect speech, in our words; not quotes. */
    static final String SEITZHANOV_REPORTED = "Партия «Ауыл» поддерживает проект новой Конституции полностью и без "
            + "каких-либо условий и видит в нём важнейший шаг политического и общественного развития страны.";
    static final String SEITZHANOV_REPORTED_EN = "The Auyl party supports the draft of the new Constitution fully "
            + "and without any conditions, and sees it as a key step in the country's political and social development.";
    static final String SARSENBAYEVA_REPORTED = "Проект новой Конституции – документ стратегического значения: он "
            + "задаёт ориентиры развития страны на долгую перспективу.";
    static final String SARSENBAYEVA_REPORTED_EN = "The draft of the new Constitution is a strategic document: it "
            + "sets the guidelines for the country's development over the long term.";

    private final EventRepository events;
    private final ParticipantRepository participants;
    private final AgendaItemRepository agenda;
    private final StatementRepository statements;
    private final MaterialService materials;
    private final EventChanges changes;
    private final SeedConfig config;
    private final java.time.Clock clock;
    private final DraftRepository drafts;
    private final DemoDraftSeed demoDraft;

    public DemoForumSeed(EventRepository events, ParticipantRepository participants, AgendaItemRepository agenda,
                         StatementRepository statements, MaterialService materials, EventChanges changes,
                         SeedConfig config, java.time.Clock clock, DraftRepository drafts, DemoDraftSeed demoDraft) {
        this.clock = clock;
        this.drafts = drafts;
        this.demoDraft = demoDraft;
        this.events = events;
        this.participants = participants;
        this.agenda = agenda;
        this.statements = statements;
        this.materials = materials;
        this.changes = changes;
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (!config.demoData()) {
            return;
        }
        Optional<Event> seeded = events.findBySlug(ALMATY_SLUG);
        if (seeded.isEmpty()) {
            publish(clock.instant());
        } else if (statements.ofEvent(seeded.get().id).stream().noneMatch(s -> s.kind == StatementKind.REPORTED)) {
            complete(seeded.get(), clock.instant());
        }
        // a forum seeded before drafts existed gets its demonstration draft once
        events.findBySlug(ALMATY_SLUG).filter(forum -> !drafts.hasDemonstration(forum.id)).ifPresent(demoDraft::addTo);
    }

    private void publish(Instant now) {
        Event forum = almatyForum(now);
        events.persist(forum);

        Participant seitzhanov = person(forum, 0, "Куаныш Сейтжанов", ParticipantRole.SPEAKER,
                Map.of("ru", "Заместитель председателя партии", "kk", "Партия төрағасының орынбасары",
                        "en", "Deputy Chair of the party"),
                party());
        Participant sarsenbayeva = person(forum, 1, "Айгерим Сарсенбаева", ParticipantRole.SPEAKER,
                Map.of("ru", "Заместитель руководителя Центрального аппарата партии",
                        "kk", "Партия Орталық аппараты басшысының орынбасары",
                        "en", "Deputy Head of the party's Central Office"),
                party());
        Participant pirimbetov = person(forum, 2, "Даурен Пірімбетов", ParticipantRole.EXPERT,
                Map.of("ru", "Политолог", "kk", "Саясаттанушы", "en", "Political scientist"),
                Map.of());
        Participant idrissova = person(forum, 3, "Айнур Идрисова", ParticipantRole.EXPERT,
                Map.of("ru", "Директор филиала по городу Алматы", "kk", "Алматы қаласы бойынша филиалының директоры",
                        "en", "Director of the Almaty branch"),
                Map.of("ru", "РГКП «Академия государственного управления при Президенте Республики Казахстан»",
                        "kk", "«Қазақстан Республикасының Президенті жанындағы Мемлекеттік басқару академиясы» РМҚК",
                        "en", "Academy of Public Administration under the President of the Republic of Kazakhstan"));
        Participant kuraiyssova = person(forum, 4, "Улпан Курайысова", ParticipantRole.EXPERT,
                Map.of("ru", "Продюсер и журналист", "kk", "Продюсер және журналист", "en", "Producer and journalist"),
                Map.of());
        List<Participant> everyone = List.of(seitzhanov, sarsenbayeva, pirimbetov, idrissova, kuraiyssova);

        AgendaItem speeches = session(forum, 0, AgendaItemKind.PANEL,
                Map.of("ru", "Выступления участников", "kk", "Қатысушылардың сөздері", "en", "Statements by participants"),
                everyone);
        session(forum, 1, AgendaItemKind.EXPERT_DISCUSSION,
                Map.of("ru", "Сессия экспертного обсуждения", "kk", "Сараптамалық талқылау сессиясы",
                        "en", "Expert discussion session"),
                everyone);
        session(forum, 2, AgendaItemKind.CLOSING,
                Map.of("ru", "Итоги и общий вывод", "kk", "Қорытынды және ортақ тұжырым", "en", "Conclusions"),
                everyone);

        // in the article's order: each speaker's reported position, then their quoted words
        say(forum, 0, seitzhanov, speeches, StatementKind.REPORTED, SEITZHANOV_REPORTED, SEITZHANOV_REPORTED_EN, now);
        say(forum, 1, seitzhanov, speeches, StatementKind.QUOTE, SEITZHANOV_QUOTE, ENGLISH.get(SEITZHANOV_QUOTE), now);
        say(forum, 2, sarsenbayeva, speeches, StatementKind.REPORTED, SARSENBAYEVA_REPORTED, SARSENBAYEVA_REPORTED_EN,
                now);
        say(forum, 3, sarsenbayeva, speeches, StatementKind.QUOTE, SARSENBAYEVA_QUOTE, ENGLISH.get(SARSENBAYEVA_QUOTE),
                now);

        addSummary(forum);
        changes.record(forum, ACTOR, "event.published", Map.of());
        LOG.infof("Published the demo forum %s", ALMATY_SLUG);
    }

    /**
     * Brings a forum seeded by an older version up to this record: places and source per language, the article's
     * closing assessment, Latin spellings, translations, the reported statements, and Pikir's summary in place of
     * the material once labelled a press release.
     */
    private void complete(Event forum, Instant now) {
        describe(forum);
        List<Participant> people = participants.ofEvent(forum.id);
        people.forEach(p -> p.latinName = LATIN_NAMES.getOrDefault(p.name, p.latinName));
        List<Statement> said = new ArrayList<>(statements.ofEvent(forum.id));
        said.forEach(s -> translate(s, ENGLISH.get(s.text)));
        Long speeches = said.isEmpty() ? null : said.get(0).agendaItemId;
        addReportedBefore(forum, said, people, "Куаныш Сейтжанов", SEITZHANOV_QUOTE, SEITZHANOV_REPORTED,
                SEITZHANOV_REPORTED_EN, speeches, now);
        addReportedBefore(forum, said, people, "Айгерим Сарсенбаева", SARSENBAYEVA_QUOTE, SARSENBAYEVA_REPORTED,
                SARSENBAYEVA_REPORTED_EN, speeches, now);
        for (int i = 0; i < said.size(); i++) {
            said.get(i).sortOrder = i;
        }
        materials.listFor(forum).stream().filter(m -> m.kind() == MaterialKind.PRESS_RELEASE)
                .forEach(m -> materials.remove(forum.slug, m.id(), ACTOR));
        addSummary(forum);
        changes.record(forum, ACTOR, "event.edited", Map.of("fields", Map.of(
                "source", Map.of("from", "Kazpravda.kz", "to", forum.source.get("en")),
                "city", Map.of("from", "Алматы", "to", String.valueOf(forum.city)))));
        LOG.infof("Completed the demo forum %s", ALMATY_SLUG);
    }

    private void addReportedBefore(Event forum, List<Statement> said, List<Participant> people, String speaker,
                                   String quote, String text, String english, Long session, Instant now) {
        Participant who = people.stream().filter(p -> p.name.equals(speaker)).findFirst().orElse(null);
        if (who == null) {
            return;
        }
        int position = 0;
        while (position < said.size() && !said.get(position).text.equals(quote)) {
            position++;
        }
        Statement reported = statement(forum, position, who.id, session, StatementKind.REPORTED, text, english, now);
        said.add(Math.min(position, said.size()), reported);
    }

    private void addSummary(Event forum) {
        materials.addFile(forum, MaterialKind.SUMMARY,
                Map.of("ru", "Краткое изложение форума, подготовленное Pikir",
                        "kk", "Pikir дайындаған форумның қысқаша мазмұны",
                        "en", "Summary of the forum, written by Pikir"),
                "ru", "pikir-summary-2026-02-25.txt", "text/plain; charset=UTF-8", summary(),
                "Первая публикация", ACTOR);
    }

    private static byte[] summary() {
        return resource(SUMMARY_FILE);
    }

    /** A file the build puts on the class path, such as the demo texts under seed/. */
    static byte[] resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Event almatyForum(Instant loadedAt) {
        Event forum = new Event();
        forum.slug = ALMATY_SLUG;
        forum.kind = EventKind.FORUM;
        forum.format = EventFormat.IN_PERSON;
        forum.title = Map.of(
                "ru", "Конституционная реформа – основа долгосрочного развития страны",
                "kk", "Конституциялық реформа – елдің ұзақ мерзімді дамуының негізі",
                "en", "Constitutional reform as the basis of the country's long-term development");
        forum.summary = Map.of(
                "ru", "Экспертный форум в Алматы об обновлённой Конституции. Представители политических партий, "
                        + "науки, государственного управления, СМИ и общественного сектора обсудили, как реформа "
                        + "повлияет на развитие страны и как применять новые конституционные нормы на практике, "
                        + "и подготовили профессиональные рекомендации перед референдумом.",
                "kk", "Алматыдағы жаңартылған Конституцияға арналған сараптамалық форум. Саяси партиялардың, "
                        + "ғылымның, мемлекеттік басқарудың, БАҚ пен қоғамдық сектордың өкілдері реформаның ел "
                        + "дамуына ықпалын және жаңа конституциялық нормаларды іс жүзінде қолдану тетіктерін "
                        + "талқылап, референдум алдында кәсіби ұсынымдар әзірледі.",
                "en", "An expert forum in Almaty on the updated Constitution. Representatives of political parties, "
                        + "academia, public administration, the media and civil society discussed how the reform "
                        + "will shape the country's development and how the new constitutional norms can work in "
                        + "practice, and drew up professional recommendations ahead of the referendum.");
        forum.description = Map.of(
                "ru", "Задачи форума: всесторонне обсудить положения обновлённой Конституции, выработать "
                        + "профессиональные рекомендации по её применению, сформировать общую позицию экспертного "
                        + "сообщества и консолидировать мнения перед референдумом по новой Конституции. После "
                        + "выступлений прошла сессия экспертного обсуждения, на которой участники обменялись "
                        + "позициями и сформулировали предложения.",
                "kk", "Форумның мақсаты – жаңартылған Конституцияның ережелерін жан-жақты талқылау, оны қолдану "
                        + "бойынша кәсіби ұсынымдар әзірлеу, сарапшылар қауымдастығының ортақ ұстанымын қалыптастыру "
                        + "және жаңа Конституция бойынша референдум алдында пікірлерді біріктіру. Сөйлеген сөздерден "
                        + "кейін сараптамалық талқылау сессиясы өтті.",
                "en", "The forum set out to discuss the provisions of the updated Constitution in depth, to work out "
                        + "professional recommendations for applying it, to form a shared position of the expert "
                        + "community and to bring views together ahead of the referendum on the new Constitution. "
                        + "The statements were followed by an expert discussion session.");
        describe(forum);
        forum.topics = new ArrayList<>(List.of("constitution", "referendum", "public-administration"));
        forum.date = LocalDate.of(2026, 2, 25);
        forum.timeZone = "Asia/Almaty";
        forum.status = EventStatus.PUBLISHED;
        forum.publishedAt = loadedAt;
        forum.consultationOpensAt = loadedAt;
        forum.consultationClosesAt = loadedAt.plus(CONSULTATION_LENGTH);
        forum.createdBy = ACTOR;
        forum.createdAt = loadedAt;
        forum.updatedAt = loadedAt;
        return forum;
    }

    /** The outcome with the article's closing assessment, the place, and the source named as what it is. */
    static void describe(Event forum) {
        forum.outcome = Map.of(
                "ru", "Участники пришли к общему выводу: новая Конституция – стратегический выбор страны, который "
                        + "закладывает основу безопасного, чистого и справедливого государства.\n\n"
                        + "Оценка издания: в конце статьи Kazpravda.kz называет форум важной площадкой "
                        + "профессионального диалога, которая дала содержательные рекомендации и укрепила поддержку "
                        + "курса на устойчивое развитие.",
                "kk", "Қатысушылар ортақ тұжырымға келді: жаңа Конституция – қауіпсіз, таза және әділетті "
                        + "мемлекеттің іргетасын қалайтын стратегиялық таңдау.\n\n"
                        + "Басылымның бағасы: Kazpravda.kz мақаласының соңында форумды кәсіби диалогтың маңызды алаңы "
                        + "деп атайды – ол мазмұнды ұсынымдар беріп, тұрақты даму бағытына қолдауды нығайтты.",
                "en", "The participants reached a shared conclusion: the new Constitution is a strategic choice "
                        + "that lays the foundation of a safe, clean and just state.\n\n"
                        + "The publication's assessment: closing its article, Kazpravda.kz calls the forum an "
                        + "important venue for professional dialogue that produced substantive recommendations and "
                        + "strengthened support for the course of sustainable development.");
        forum.city = new HashMap<>(Map.of("ru", "Алматы", "kk", "Алматы", "en", "Almaty"));
        // the article names neither the venue nor the organiser; they are left empty rather than guessed
        forum.venue = new HashMap<>();
        forum.organiser = new HashMap<>();
        forum.source = new HashMap<>(Map.of(
                "ru", "Новостная статья о форуме на Kazpravda.kz, 25 февраля 2026 года",
                "kk", "Kazpravda.kz сайтындағы форум туралы жаңалық мақаласы, 2026 жылғы 25 ақпан",
                "en", "News article about the forum on Kazpravda.kz, 25 February 2026"));
    }

    private static Map<String, String> party() {
        return Map.of("ru", "Партия " + AUYL, "kk", AUYL + " партиясы", "en", "Auyl party");
    }

    private Participant person(Event forum, int order, String name, ParticipantRole role,
                               Map<String, String> position, Map<String, String> organisation) {
        Participant participant = new Participant();
        participant.eventId = forum.id;
        participant.sortOrder = order;
        participant.name = name;
        participant.latinName = LATIN_NAMES.get(name);
        participant.role = role;
        participant.position = new HashMap<>(position);
        participant.organisation = new HashMap<>(organisation);
        participants.persist(participant);
        return participant;
    }

    private AgendaItem session(Event forum, int order, AgendaItemKind kind, Map<String, String> title,
                               List<Participant> people) {
        AgendaItem item = new AgendaItem();
        item.eventId = forum.id;
        item.sortOrder = order;
        item.kind = kind;
        item.title = new HashMap<>(title);
        people.forEach(p -> item.participantIds.add(p.id));
        agenda.persist(item);
        return item;
    }

    private void say(Event forum, int order, Participant speaker, AgendaItem session, StatementKind kind, String text,
                     String english, Instant now) {
        statement(forum, order, speaker.id, session.id, kind, text, english, now);
    }

    private Statement statement(Event forum, int order, Long speaker, Long session, StatementKind kind, String text,
                                String english, Instant now) {
        Statement statement = new Statement();
        statement.eventId = forum.id;
        statement.sortOrder = order;
        statement.participantId = speaker;
        statement.agendaItemId = session;
        statement.kind = kind;
        statement.language = "ru";
        statement.text = text;
        statement.createdAt = now;
        translate(statement, english);
        statements.persist(statement);
        return statement;
    }

    private static void translate(Statement statement, String english) {
        if (english != null) {
            Map<String, String> translations = new HashMap<>(statement.translations);
            translations.put("en", english);
            statement.translations = translations;
        }
    }
}
