package org.pikir.feedback.analysis.suggest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class NearestThemeSweepTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    NearestThemeSweep sweep;

    private String event;
    private String token;
    private long courts;

    @BeforeEach
    void aForumWithAnAcceptedThemeOnCourts() throws SQLException {
        event = OpenEvents.open(events);
        token = citizen("sweep-" + event);
        int[] tagged = {
                comment(token, event, "Суды должны быть независимыми, судьи честными"),
                comment(token, event, "Судебная реформа: судьи не должны зависеть от власти"),
                comment(token, event, "Конституционный суд и суд присяжных"),
        };
        courts = query("select nextval('theme_seq')");
        sql(db, """
                insert into theme (id, event_slug, status, origin, name_ru, created_by, created_at, updated_at)
                values (%d, '%s', 'ACCEPTED', 'MANUAL', 'Суды', 'moderator', now(), now())""".formatted(courts, event));
        for (int id : tagged) {
            sql(db, """
                    insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, tagged_by, tagged_at)
                    values ('COMMENT', %d, %d, '%s', false, 'moderator', now())""".formatted(id, courts, event));
        }
    }

    private long query(String select) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(select)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long suggestedTag(int comment) throws SQLException {
        return query("select count(*) from item_theme where item_type = 'COMMENT' and item_id = " + comment
                + " and theme_id = " + courts + " and suggested and tagged_by = 'nearest-theme' and score >= 0.2");
    }

    @Test
    void aNewItemGetsItsNearestAcceptedThemeSuggestedOnce() throws SQLException {
        int aboutCourts = comment(token, event, "Судьи берут взятки, суды нужно реформировать");
        int aboutLand = comment(token, event, "Земля принадлежит народу, продажа земли недопустима");
        int markedNoTheme = comment(token, event, "Суды и судьи, судебная власть");
        sql(db, """
                insert into item_analysis (item_type, item_id, event_slug, no_theme, updated_by, updated_at)
                values ('COMMENT', %d, '%s', true, 'moderator', now())""".formatted(markedNoTheme, event));

        sweep.sweep();

        assertEquals(1, suggestedTag(aboutCourts));
        assertEquals(0, query("select count(*) from item_theme where item_type = 'COMMENT' and item_id = " + aboutLand));
        assertEquals(0, query("select count(*) from item_theme where item_type = 'COMMENT' and item_id = "
                + markedNoTheme));
        assertEquals(3, query("select confirmed from theme_centroid where theme_id = " + courts));
        assertTrue(query("select count(*) from theme_centroid where theme_id = " + courts
                + " and terms like '%суд%'") == 1);

        // the next sweep starts after what this one read: a staff decision to remove the suggestion sticks
        sql(db, "delete from item_theme where item_type = 'COMMENT' and item_id = " + aboutCourts + " and suggested");
        int later = comment(token, event, "Суд присяжных для всех уголовных дел, независимые судьи");
        sweep.sweep();
        assertEquals(0, suggestedTag(aboutCourts));
        assertEquals(1, suggestedTag(later));
    }

    @Test
    void theCentroidFollowsConfirmedItems() throws SQLException {
        sweep.sweep();
        int land = comment(token, event, "Земля и недра принадлежат народу");
        sql(db, """
                insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, tagged_by, tagged_at)
                values ('COMMENT', %d, %d, '%s', false, 'moderator', now())""".formatted(land, courts, event));

        sweep.sweep();

        assertEquals(4, query("select confirmed from theme_centroid where theme_id = " + courts));
        assertEquals(1, query("select count(*) from theme_centroid where theme_id = " + courts
                + " and terms like '%земл%'"));
    }
}
