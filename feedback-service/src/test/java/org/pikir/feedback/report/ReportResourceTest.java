package org.pikir.feedback.report;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class ReportResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private static int comment(String event, String body, String language) {
        return given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"%s\"}".formatted(event, body, language))
                .when().post("/api/feedback/comments")
                .then().statusCode(201).extract().path("id");
    }

    private static int recommendation(String event, String title, String topic, String language) {
        String topicField = topic == null ? "" : ",\"topic\":\"" + topic + "\"";
        return given().auth().oauth2(citizen("author-" + title.hashCode())).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"%s\",\"body\":\"Подробно: %s\",\"language\":\"%s\"%s}"
                        .formatted(event, title, title, language, topicField))
                .when().post("/api/feedback/recommendations")
                .then().statusCode(201).extract().path("id");
    }

    /** Ages a recommendation, and answers it {@code answeredAfterDays} after submission (null: unanswered). */
    private void age(int id, int daysAgo, Integer answeredAfterDays, String status) throws SQLException {
        String answer = answeredAfterDays == null ? ""
                : ", official_answer = 'Ответ акимата', answered_by = 'Акимат Алматы', answered_at = now() - interval '%d days'"
                .formatted(daysAgo - answeredAfterDays);
        sql(db, "update recommendation set created_at = now() - interval '%d days', status = '%s'%s where id = %d"
                .formatted(daysAgo, status, answer, id));
    }

    private static JsonPath report(String token, String event) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().get("/api/feedback/reports/" + event).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theReportAddsUpWhatWasSaid() throws SQLException {
        String event = OpenEvents.open(events);
        // comments: four published (one on a statement, one on a material), one hidden, one rejected, one pending
        comment(event, "Поддерживаю реформу", "ru");
        comment(event, "Реформаны қолдаймын", "kk");
        int onStatement = comment(event, "О втором тезисе", "ru");
        int onMaterial = comment(event, "About the draft law", "en");
        int hidden = comment(event, "Скрытый комментарий", "ru");
        int rejected = comment(event, "Реклама", "ru");
        int pending = comment(event, "Ждёт модерации", "ru");
        sql(db, "update comment set statement_id = 7 where id = " + onStatement);
        sql(db, "update comment set material_id = 3 where id = " + onMaterial);
        sql(db, "update comment set status = 'PENDING' where id = " + pending);
        Feedback.moderate(TestTokens.moderator(), "comments", hidden, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);
        Feedback.moderate(TestTokens.moderator(), "comments", rejected, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);

        int r1 = recommendation(event, "Выделенные полосы для автобусов", "transport", "ru");
        int r2 = recommendation(event, "Автобус жолақтары", "transport", "kk");
        int r3 = recommendation(event, "Новые скверы в микрорайонах", "parks", "ru");
        int r4 = recommendation(event, "Open budget hearings", null, "en");
        int r5 = recommendation(event, "Полив парков ночью", "parks", "ru");
        int r6 = recommendation(event, "Полосы для автобусов на Абая", "transport", "ru");
        int r7 = recommendation(event, "Купите наши окна", "spam", "ru");
        int r8 = recommendation(event, "Парк без фонарей", "parks", "ru");
        int r9 = recommendation(event, "Ремонт школ летом", "schools", "ru");
        for (int i = 0; i < 3; i++) {
            Feedback.endorse(citizen("fan-" + i), r5);
        }
        Feedback.endorse(citizen("fan-0"), r3);
        Feedback.endorse(citizen("fan-1"), r3);
        Feedback.endorse(citizen("fan-0"), r1);
        Feedback.moderate(TestTokens.moderator(), "recommendations", r7, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        Feedback.moderate(TestTokens.moderator(), "recommendations", r8, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        // answered after 2, 4, 10 and 7 days: median 5.5
        age(r1, 20, 2, "ACCEPTED");
        age(r2, 30, 4, "UNDER_REVIEW");
        age(r3, 15, 10, "PARTIALLY_ACCEPTED");
        age(r9, 12, 7, "REJECTED");
        // unanswered: 40 days (overdue), 5 days (not yet); merged and hidden ones are never overdue
        age(r4, 40, null, "SUBMITTED");
        age(r5, 5, null, "SUBMITTED");
        age(r8, 50, null, "SUBMITTED");
        age(r6, 60, null, "MERGED");
        sql(db, "update recommendation set merged_into_id = %d where id = %d".formatted(r1, r6));

        JsonPath report = report(null, event);

        assertEquals(event, report.getString("eventSlug"));
        assertEquals(5, report.getInt("comments.listed"));
        assertEquals(Map.of("PENDING", 1, "PUBLISHED", 4, "HIDDEN", 1, "REJECTED", 1, "DELETED", 0),
                report.getMap("comments.byVisibility"));
        assertEquals(Map.of("kk", 1, "ru", 3, "en", 1), report.getMap("comments.byLanguage"));
        assertEquals(Map.of("EVENT", 3, "STATEMENT", 1, "MATERIAL", 1), report.getMap("comments.byTarget"));

        assertEquals(8, report.getInt("recommendations.listed"));
        assertEquals(Map.of("PENDING", 0, "PUBLISHED", 7, "HIDDEN", 1, "REJECTED", 1, "DELETED", 0),
                report.getMap("recommendations.byVisibility"));
        assertEquals(Map.of("SUBMITTED", 3, "UNDER_REVIEW", 1, "ACCEPTED", 1, "PARTIALLY_ACCEPTED", 1,
                "REJECTED", 1, "MERGED", 1), report.getMap("recommendations.byStatus"));
        assertEquals(Map.of("kk", 1, "ru", 6, "en", 1), report.getMap("recommendations.byLanguage"));
        List<Object> topics = new ArrayList<>(report.getList("recommendations.byTopic.topic"));
        assertEquals(java.util.Arrays.asList("parks", "transport", "schools", null), topics);
        assertEquals(List.of(3, 3, 1, 1), report.getList("recommendations.byTopic.count"));

        assertEquals(6, report.getInt("answers.answerable"));
        assertEquals(4, report.getInt("answers.answered"));
        assertEquals(0.6667, report.getDouble("answers.answeredShare"), 1e-9);
        assertEquals(5.5, report.getDouble("answers.medianDaysToAnswer"), 1e-9);
        assertEquals(1, report.getInt("answers.overdue"));
        assertEquals("PT720H", report.getString("answers.answerDeadline"));

        // published only, most endorsed first, then oldest
        assertEquals(List.of(r5, r3, r1, r2, r4, r6, r9), report.getList("topEndorsed.id"));
        assertEquals(List.of(3, 2, 1, 0, 0, 0, 0), report.getList("topEndorsed.endorsementCount"));
        assertEquals(List.of(false, true, true, true, false, false, true), report.getList("topEndorsed.answered"));
        assertEquals("Полив парков ночью", report.getString("topEndorsed[0].title"));
        assertEquals("SUBMITTED", report.getString("topEndorsed[0].status"));

        // nothing personal in the public report
        String raw = given().when().get("/api/feedback/reports/" + event).then().extract().asString();
        assertFalse(raw.contains("author"), raw);
        assertFalse(raw.contains(TestTokens.subjectOf("citizen")), raw);

        // staff see which one is overdue, and by how long
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/reports/" + event + "/overdue")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(r4)))
                .body("items[0].title", equalTo("Open budget hearings"))
                .body("items[0].daysOverdue", equalTo(10))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void theTopListHoldsTenAndOverduePagesByKeyset() throws SQLException {
        String event = OpenEvents.open(events);
        List<Integer> ids = new ArrayList<>();
        String[] titles = {"Первое", "Второе", "Третье", "Четвёртое", "Пятое", "Шестое", "Седьмое", "Восьмое",
                "Девятое", "Десятое", "Одиннадцатое", "Двенадцатое"};
        for (int i = 0; i < titles.length; i++) {
            int id = recommendation(event, titles[i] + " предложение о городе", null, "ru");
            ids.add(id);
            age(id, 100 - i, null, "SUBMITTED");
        }
        JsonPath report = report(TestTokens.citizen(), event);
        assertEquals(ids.subList(0, 10), report.getList("topEndorsed.id"));
        assertEquals(12, report.getInt("answers.overdue"));
        assertEquals(0.0, report.getDouble("answers.answeredShare"));
        assertNull(report.get("answers.medianDaysToAnswer"));

        List<Integer> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(TestTokens.admin()).queryParam("size", 5);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get("/api/feedback/reports/" + event + "/overdue")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            after = page.getString("nextCursor");
        } while (after != null);
        // longest waiting first
        assertEquals(ids, seen);
    }

    @Test
    void anOrdinaryReportIsExactAtEveryRequestAndNotMarkedCacheable() {
        String event = OpenEvents.open(events);
        var first = given().when().get("/api/feedback/reports/" + event);
        first.then().statusCode(200).header("Cache-Control", nullValue());
        assertEquals(0, first.jsonPath().getInt("comments.listed"));
        comment(event, "Сразу видно в отчёте", "ru");
        // only a report slow to compute is kept (ReportCacheTest); this one counts the new comment at once
        assertEquals(1, report(null, event).getInt("comments.listed"));
    }

    @Test
    void anEventWithoutFeedbackGetsAReportOfZeros() {
        JsonPath report = report(null, "no-such-forum-2026");
        assertEquals(0, report.getInt("comments.listed"));
        assertTrue(report.getMap("comments.byVisibility").values().stream().allMatch(v -> ((Integer) v) == 0));
        assertEquals(Map.of("kk", 0, "ru", 0, "en", 0), report.getMap("recommendations.byLanguage"));
        assertEquals(List.of(), report.getList("recommendations.byTopic"));
        assertEquals(0, report.getInt("answers.answerable"));
        assertEquals(0.0, report.getDouble("answers.answeredShare"));
        assertNull(report.get("answers.medianDaysToAnswer"));
        assertEquals(List.of(), report.getList("topEndorsed"));
    }

    @Test
    void theReportIsPublicAndTheOverdueListIsForModeratorsAndAdmins() {
        String event = OpenEvents.open(events);
        report(null, event);
        report(TestTokens.citizen(), event);
        report(TestTokens.editor(), event);
        report(TestTokens.moderator(), event);
        report(TestTokens.admin(), event);
        String overdue = "/api/feedback/reports/" + event + "/overdue";
        given().when().get(overdue).then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).when().get(overdue).then().statusCode(403);
        given().auth().oauth2(TestTokens.editor()).when().get(overdue).then().statusCode(403);
        given().auth().oauth2(TestTokens.moderator()).when().get(overdue).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().get(overdue).then().statusCode(200);
        given().when().get("/api/feedback/reports/Not_A_Slug").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
