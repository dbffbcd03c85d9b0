package org.pikir.events.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.pikir.events.agenda.AgendaItem;
import org.pikir.events.agenda.AgendaItemKind;
import org.pikir.events.agenda.AgendaItemRepository;
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
import org.pikir.events.statement.StatementRepository;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes the first real case, the Almaty expert forum of 25 February 2026, on first start:
 * its five named participants, the speeches with the two quoted statements, the expert discussion
 * session, the shared conclusion and a press release. Runs once per database.
 *
 * <p>Everything is written in our own words from the published report, except the statements,
 * which are quoted as reported.
 */
@ApplicationScoped
public class DemoForumSeed {

    public static final String ALMATY_SLUG = "almaty-2026-02-25-constitutional-reform";
    private static final Logger LOG = Logger.getLogger(DemoForumSeed.class);
    private static final Duration CONSULTATION_LENGTH = Duration.ofDays(365);
    private static final String ACTOR = "seed";
    private static final String AUYL = "«Ауыл»";

    private final EventRepository events;
    private final ParticipantRepository participants;
    private final AgendaItemRepository agenda;
    private final StatementRepository statements;
    private final MaterialService materials;
    private final EventChanges changes;
    private final SeedConfig config;
    private final java.time.Clock clock;

    public DemoForumSeed(EventRepository events, ParticipantRepository participants, AgendaItemRepository agenda,
                         StatementRepository statements, MaterialService materials, EventChanges changes,
                         SeedConfig config, java.time.Clock clock) {
        this.clock = clock;
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
        if (!config.demoData() || events.findBySlug(ALMATY_SLUG).isPresent()) {
            return;
        }
        Instant now = clock.instant();
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

        quote(forum, 0, seitzhanov, speeches, "Проект нового Основного закона страны был разработан на основе "
                + "всестороннего анализа предложений, поступивших от граждан, политических партий, общественных "
                + "организаций и ведущих экспертов, а также с учетом результатов открытых общественных обсуждений "
                + "и детальной проработки новых норм и положений", now);
        quote(forum, 1, sarsenbayeva, speeches, "Предлагаемые изменения отражают общественный запрос на "
                + "справедливость, ответственность власти и укрепление правовых основ государства, а также "
                + "направлены на формирование современной и устойчивой политической системы", now);

        materials.addFile(forum, MaterialKind.PRESS_RELEASE,
                Map.of("ru", "Итоги экспертного форума о конституционной реформе",
                        "kk", "Конституциялық реформа туралы сараптамалық форумның қорытындысы",
                        "en", "Outcome of the expert forum on the constitutional reform"),
                "ru", "itogi-foruma-2026-02-25.txt", "text/plain; charset=UTF-8",
                pressRelease().getBytes(StandardCharsets.UTF_8), "Первая публикация", ACTOR);
        changes.record(forum, ACTOR, "event.published", Map.of());
        LOG.infof("Published the demo forum %s", ALMATY_SLUG);
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
        forum.outcome = Map.of(
                "ru", "Участники пришли к общему выводу: новая Конституция – стратегический выбор страны, который "
                        + "закладывает основу безопасного, чистого и справедливого государства.",
                "kk", "Қатысушылар ортақ тұжырымға келді: жаңа Конституция – қауіпсіз, таза және әділетті "
                        + "мемлекеттің іргетасын қалайтын стратегиялық таңдау.",
                "en", "The participants reached a shared conclusion: the new Constitution is a strategic choice "
                        + "that lays the foundation of a safe, clean and just state.");
        forum.topics = new ArrayList<>(List.of("constitution", "referendum", "public-administration"));
        forum.city = "Алматы";
        forum.date = LocalDate.of(2026, 2, 25);
        forum.timeZone = "Asia/Almaty";
        // the published report does not name the organiser; it is left empty rather than guessed
        forum.organiser = null;
        forum.source = "Kazpravda.kz";
        forum.status = EventStatus.PUBLISHED;
        forum.publishedAt = loadedAt;
        forum.consultationOpensAt = loadedAt;
        forum.consultationClosesAt = loadedAt.plus(CONSULTATION_LENGTH);
        forum.createdBy = ACTOR;
        forum.createdAt = loadedAt;
        forum.updatedAt = loadedAt;
        return forum;
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
        participant.role = role;
        participant.position = new java.util.HashMap<>(position);
        participant.organisation = new java.util.HashMap<>(organisation);
        participants.persist(participant);
        return participant;
    }

    private AgendaItem session(Event forum, int order, AgendaItemKind kind, Map<String, String> title,
                               List<Participant> people) {
        AgendaItem item = new AgendaItem();
        item.eventId = forum.id;
        item.sortOrder = order;
        item.kind = kind;
        item.title = new java.util.HashMap<>(title);
        people.forEach(p -> item.participantIds.add(p.id));
        agenda.persist(item);
        return item;
    }

    private void quote(Event forum, int order, Participant speaker, AgendaItem session, String text, Instant now) {
        Statement statement = new Statement();
        statement.eventId = forum.id;
        statement.sortOrder = order;
        statement.participantId = speaker.id;
        statement.agendaItemId = session.id;
        statement.language = "ru";
        statement.text = text;
        statement.createdAt = now;
        statements.persist(statement);
    }

    private static String pressRelease() {
        return """
                Итоги экспертного форума «Конституционная реформа – основа долгосрочного развития страны»
                Алматы, 25 февраля 2026 года

                На форуме собрались представители политических партий, научного и экспертного сообщества,
                системы государственного управления, СМИ и общественного сектора. Они обсудили, как
                конституционная реформа скажется на долгосрочном развитии страны и на общественно-политической
                жизни, а также какие механизмы помогут применять новые конституционные нормы на практике.

                Выступили заместитель председателя партии «Ауыл» Куаныш Сейтжанов и заместитель руководителя
                Центрального аппарата партии Айгерим Сарсенбаева. Своё мнение также высказали политолог
                Даурен Пірімбетов, директор Алматинского филиала Академии государственного управления при
                Президенте Республики Казахстан Айнур Идрисова и продюсер, журналист Улпан Курайысова.

                После выступлений прошла сессия экспертного обсуждения. Участники сошлись во мнении, что новая
                Конституция – стратегический выбор, закладывающий основу безопасного, чистого и справедливого
                государства.

                Источник сведений о форуме: публикация Kazpravda.kz.
                """;
    }
}
