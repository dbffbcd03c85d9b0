package org.pikir.feedback.submission;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.sql;

/** The submission-limit windows behind the spam score's burst signal, and their clean-up. */
@QuarkusTest
class SubmissionWindowsTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    SubmissionWindowCleanup cleanup;

    @Test
    void flagsCountAgainstTheLimitsButNotAsABurstOfItems() throws SQLException {
        String event = OpenEvents.open(events);
        String writer = citizen("writer-" + UUID.randomUUID());
        String flagger = citizen("flagger-" + UUID.randomUUID());
        for (int i = 0; i < 4; i++) {
            int target = comment(writer, event, "Мнение номер " + i);
            given().auth().oauth2(flagger).contentType(ContentType.JSON)
                    .body("{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\"}".formatted(target))
                    .when().post("/api/feedback/flags").then().statusCode(201);
        }
        int own = comment(flagger, event, "Моё собственное мнение");
        // four flags and one comment: counted as five submissions, but the comment is its author's first item
        assertEquals(0f, score(own));
        // the writer's fifth comment in a row is a burst: (5 - 3 + 1) / 8
        int fifth = comment(writer, event, "Мнение номер 5");
        assertEquals(3 / 8f, score(fifth), 1e-6);
    }

    @Test
    void windowsOlderThanTwoDaysAreDeleted() throws SQLException {
        String person = "windows-" + UUID.randomUUID();
        sql(db, """
                insert into submission_window (owner_subject, kind, window_start, window_seconds, count) values
                ('%1$s', 'submission', now() - interval '3 days', 86400, 7),
                ('%1$s', 'item', now() - interval '49 hours', 600, 2),
                ('%1$s', 'submission', now() - interval '1 day', 86400, 4),
                ('%1$s', 'item', now() - interval '5 minutes', 600, 1)""".formatted(person));
        cleanup.purge();
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select string_agg(kind || ':' || count, ',' order by window_start) from submission_window"
                             + " where owner_subject = ?")) {
            query.setString(1, person);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals("submission:4,item:1", rows.getString(1));
            }
        }
    }

    private float score(int comment) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement("select spam_score from comment where id = ?")) {
            query.setLong(1, comment);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getFloat(1);
            }
        }
    }
}
