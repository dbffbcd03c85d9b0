package org.pikir.feedback.analysis.campaign;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A measurement, not a test of speed: the CAMPAIGNS task over a forum of N generated comments (random words from a
 * 2,000-word vocabulary, ~40 words each) with a planted campaign of 500 (or {@code -Dcampaign.copies}), timed and
 * logged. Run it on purpose:
 * {@code ./mvnw -B -o verify -pl feedback-service -am -Dtest=CampaignScaleMeasurement -Dcampaign.scale=300000 ...}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "campaign.scale", matches = "\\d+")
class CampaignScaleMeasurement {

    private static final Logger LOG = Logger.getLogger(CampaignScaleMeasurement.class);

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    CampaignTask task;

    /** CPU ticks (1/100 s) used so far by each PostgreSQL backend of this database, read from /proc. */
    private Map<Long, Long> backendCpu() throws Exception {
        Map<Long, Long> ticks = new HashMap<>();
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select pid from pg_stat_activity where datname = current_database()");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Path stat = Path.of("/proc/" + rows.getLong(1) + "/stat");
                if (Files.exists(stat)) {
                    String[] fields = Files.readString(stat).replaceFirst("^.*\\) ", "").split(" ");
                    ticks.put(rows.getLong(1), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                }
            }
        }
        return ticks;
    }

    @Test
    void measure() throws Exception {
        int comments = Integer.parseInt(System.getProperty("campaign.scale"));
        // -Dcampaign.copies=100000: most comments are candidates, the case that once updated every member's row
        int copies = Integer.getInteger("campaign.copies", 500);
        String event = OpenEvents.open(events);
        long loading = System.nanoTime();
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     with syllable as (select array['ка','за','ны','ти','ро','ла','ме','де','се','ко','ва','ст','ер',
                                              'но','ли','ра','та','ба','ди','жа','қа','ғы','ұл','ік','ән','өз','ша',
                                              'ре','мо','пу','ск','пр','об','ин','ал','ов','ен','ие','ть','ри','ни',
                                              'па','го','лю','чи'] as s)
                     insert into comment (id, event_slug, body, language, author_subject, author_name, status,
                                          created_at, updated_at)
                     select nextval('comment_seq'), ?,
                            (select string_agg(s[1 + (random() * 44)::int] || s[1 + (random() * 44)::int], ' ')
                             from syllable, generate_series(1, 10 + (g % 60)) w),
                            'ru', 'scale-' || g, 'Scale', 'PUBLISHED', now() - g * interval '1 second', now()
                     from generate_series(1, ?) g""")) {
            insert.setString(1, event);
            insert.setInt(2, comments);
            insert.executeUpdate();
        }
        new StoredCampaign(db, event).copies(copies, 9, "PUBLISHED");
        LOG.infof("loaded %,d comments in %.1f s", comments + copies, (System.nanoTime() - loading) / 1e9);

        Map<Long, Long> backendsBefore = backendCpu();
        var jvm = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmBefore = jvm.getProcessCpuTime();
        long start = System.nanoTime();
        task.run(new StoredCampaign.Context(event));
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmSeconds = (jvm.getProcessCpuTime() - jvmBefore) / 1e9;
        double postgresSeconds = 0;
        for (var backend : backendCpu().entrySet()) {
            postgresSeconds += (backend.getValue() - backendsBefore.getOrDefault(backend.getKey(), 0L)) / 100.0;
        }
        LOG.infof("CPU: feedback-service JVM %.1f s, its PostgreSQL backends %.1f s; load average %.1f",
                jvmSeconds, postgresSeconds, jvm.getSystemLoadAverage());

        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*), max(member_count) from campaign where event_slug = ?")) {
            query.setString(1, event);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                LOG.infof("CAMPAIGNS over %,d comments: %.1f s (%,.0f comments/s); %d campaigns, largest %d; "
                                + "5,000,000 comments at this rate: %.1f min", comments + copies, seconds,
                        (comments + copies) / seconds, rows.getInt(1), rows.getInt(2),
                        5_000_000 / ((comments + copies) / seconds) / 60);
                assertEquals(copies, rows.getInt(2));
            }
        }
    }
}
