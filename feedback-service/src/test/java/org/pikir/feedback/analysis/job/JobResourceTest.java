package org.pikir.feedback.analysis.job;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class JobResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    JobRunner runner;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        // the runs an earlier test released have ended (a finished run claims any queued job at once, and this test's
        // jobs must stay queued until it polls)
        await("earlier runs to end").atMost(Duration.ofSeconds(20)).until(runner::idle);
        event = OpenEvents.open(events);
        ControlledTask.hold();
    }

    @AfterEach
    void letRunsEnd() {
        ControlledTask.release();
    }

    private String jobs() {
        return "/api/feedback/analysis/" + event + "/jobs";
    }

    private ValidatableResponse start(String kind) {
        return given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + kind + "\"}")
                .when().post(jobs()).then();
    }

    private ValidatableResponse job(int id) {
        return given().auth().oauth2(TestTokens.moderator()).when().get(jobs() + "/" + id).then().statusCode(200);
    }

    private void awaitStatus(int id, String status) {
        await("job " + id + " to be " + status).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> status.equals(job(id).extract().path("status")));
    }

    @Test
    void aJobIsQueuedAndOnlyOneAtATimePerForum() {
        var created = start(ControlledTask.KIND).statusCode(201)
                .body("eventSlug", equalTo(event))
                .body("kind", equalTo(ControlledTask.KIND))
                .body("status", equalTo("QUEUED"))
                .body("progress", equalTo(0))
                .body("requestedBy", equalTo("moderator"))
                .body("attempt", equalTo(0))
                .extract();
        int id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/feedback/analysis/" + event + "/jobs/" + id));

        start(ControlledTask.KIND).statusCode(409)
                .body("type", endsWith("/job-running"))
                .body("errors[0].field", equalTo("job"))
                .body("errors[0].message", equalTo(String.valueOf(id)));
        given().auth().oauth2(TestTokens.admin()).when().get(jobs() + "/current")
                .then().statusCode(200).body("id", equalTo(id));

        given().auth().oauth2(TestTokens.moderator()).when().post(jobs() + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("finishedAt", notNullValue());
        int next = start(ControlledTask.KIND).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.moderator()).when().get(jobs())
                .then().statusCode(200)
                .body("items[0].id", equalTo(next))
                .body("items[1].id", equalTo(id));
        given().auth().oauth2(TestTokens.moderator()).when().get(jobs() + "?size=1")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", notNullValue());
        given().auth().oauth2(TestTokens.moderator()).when().post(jobs() + "/" + next + "/cancel").then().statusCode(200);
    }

    @Test
    void aRunningJobReportsProgressAndFinishes() {
        int id = start(ControlledTask.KIND).statusCode(201).extract().path("id");
        runner.poll();
        awaitStatus(id, "RUNNING");
        await("progress").atMost(Duration.ofSeconds(10))
                .until(() -> Integer.valueOf(50).equals(job(id).extract().path("progress")));
        job(id).body("attempt", equalTo(1)).body("startedAt", notNullValue()).body("done", equalTo(50))
                .body("total", equalTo(100));

        ControlledTask.release();
        awaitStatus(id, "SUCCEEDED");
        job(id).body("progress", equalTo(100)).body("finishedAt", notNullValue());
    }

    @Test
    void queuedJobsRunBackToBackWithoutWaitingForThePoll() {
        // three forums' jobs, two workers (the test profile's): one poll starts two, the third waits for a worker
        List<String> forums = List.of(event, OpenEvents.open(events), OpenEvents.open(events));
        List<Integer> ids = new ArrayList<>();
        for (String forum : forums) {
            event = forum;
            ids.add(start(ControlledTask.KIND).statusCode(201).extract().path("id"));
        }
        runner.poll();
        event = forums.get(2);
        job(ids.get(2)).body("status", equalTo("QUEUED"));

        // no poll from here on (the test profile has none): a worker that finishes takes the next job at once
        ControlledTask.release();
        for (int i = 0; i < forums.size(); i++) {
            event = forums.get(i);
            awaitStatus(ids.get(i), "SUCCEEDED");
        }
    }

    @Test
    void aRunningJobStopsWhenCancelled() {
        int id = start(ControlledTask.KIND).statusCode(201).extract().path("id");
        runner.poll();
        awaitStatus(id, "RUNNING");

        given().auth().oauth2(TestTokens.moderator()).when().post(jobs() + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("RUNNING"));
        awaitStatus(id, "CANCELLED");
        // the forum is free again
        int next = start(ControlledTask.KIND).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.moderator()).when().post(jobs() + "/" + next + "/cancel").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/feedback/audit?size=100")
                .then().statusCode(200).body("items.action", hasItem("analysis.job.cancel"));
    }

    @Test
    void aJobWhoseProcessDiedIsRunAgainFromTheStart() throws Exception {
        // a replica claimed it (attempt 1) and died: its heartbeat is two minutes old
        sql(db, """
                insert into analysis_job (event_slug, kind, parameters, status, done, total, requested_by, created_at,
                                          started_at, heartbeat_at, attempt)
                values ('%s', '%s', '{}', 'RUNNING', 30, 100, 'moderator', now() - interval '3 minutes',
                        now() - interval '3 minutes', now() - interval '2 minutes', 1)""".formatted(event,
                ControlledTask.KIND));
        int id = given().auth().oauth2(TestTokens.moderator()).when().get(jobs() + "/current")
                .then().statusCode(200).body("status", equalTo("RUNNING")).extract().path("id");
        // a fresh job cannot be started while it looks running
        start(ControlledTask.KIND).statusCode(409);

        runner.requeueStale();
        job(id).body("status", equalTo("QUEUED")).body("message", equalTo("Its process stopped; queued again"));

        ControlledTask.release();
        runner.poll();
        awaitStatus(id, "SUCCEEDED");
        job(id).body("attempt", equalTo(2)).body("done", equalTo(100));
    }

    @Test
    void aJobWhoseProcessDiedTooOftenFails() throws Exception {
        sql(db, """
                insert into analysis_job (event_slug, kind, parameters, status, requested_by, created_at,
                                          started_at, heartbeat_at, attempt)
                values ('%s', '%s', '{}', 'RUNNING', 'moderator', now() - interval '9 minutes',
                        now() - interval '3 minutes', now() - interval '2 minutes', 3)""".formatted(event,
                ControlledTask.KIND));
        runner.requeueStale();
        given().auth().oauth2(TestTokens.moderator()).when().get(jobs() + "/current")
                .then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("message", equalTo("Its process stopped 3 times"))
                .body("finishedAt", notNullValue());
    }

    @Test
    void refusals() {
        start("NO_SUCH_KIND").statusCode(422).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + ControlledTask.KIND + "\",\"parameters\":{\"themes\":1}}")
                .when().post(jobs()).then().statusCode(400).body("errors[0].field", endsWith("themes"));
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + ControlledTask.KIND + "\",\"parameters\":{\"article\":\"article-1\"}}")
                .when().post(jobs()).then().statusCode(422).body("errors[0].field", equalTo("parameters.article"));
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + ControlledTask.KIND + "\"}")
                .when().post(jobs()).then().statusCode(403);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + ControlledTask.KIND + "\"}")
                .when().post("/api/feedback/analysis/no-such-forum/jobs").then().statusCode(404);
        given().auth().oauth2(TestTokens.moderator()).when().get(jobs() + "/current").then().statusCode(404);
        given().auth().oauth2(TestTokens.moderator()).when().get(jobs() + "/999999999").then().statusCode(404);
        given().auth().oauth2(TestTokens.moderator()).when().get(jobs() + "?after=x").then().statusCode(400);
    }
}
