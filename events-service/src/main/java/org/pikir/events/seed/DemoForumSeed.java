package org.pikir.events.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventRepository;
import org.pikir.events.event.EventStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Publishes the first real case, the Almaty expert forum of 25 February 2026, on first start.
 * Runs once per database: an existing forum with the slug is left as it is.
 */
@ApplicationScoped
public class DemoForumSeed {

    public static final String ALMATY_SLUG = "almaty-2026-02-25-constitutional-reform";
    private static final Logger LOG = Logger.getLogger(DemoForumSeed.class);
    private static final Duration CONSULTATION_LENGTH = Duration.ofDays(365);

    private final EventRepository events;
    private final SeedConfig config;

    public DemoForumSeed(EventRepository events, SeedConfig config) {
        this.events = events;
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (!config.demoData() || events.findBySlug(ALMATY_SLUG).isPresent()) {
            return;
        }
        events.persist(almatyForum(Instant.now()));
        LOG.infof("Published the demo forum %s", ALMATY_SLUG);
    }

    static Event almatyForum(Instant loadedAt) {
        Event forum = new Event();
        forum.slug = ALMATY_SLUG;
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
        forum.city = "Алматы";
        forum.date = LocalDate.of(2026, 2, 25);
        forum.timeZone = "Asia/Almaty";
        // the published report does not name the organiser; it is left empty rather than guessed
        forum.organiser = null;
        forum.source = "Kazpravda.kz";
        forum.status = EventStatus.PUBLISHED;
        forum.consultationOpensAt = loadedAt;
        forum.consultationClosesAt = loadedAt.plus(CONSULTATION_LENGTH);
        forum.createdBy = "seed";
        forum.createdAt = loadedAt;
        forum.updatedAt = loadedAt;
        return forum;
    }
}
