package org.pikir.feedback.analysis.spam;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.policy;

@QuarkusTest
class SpamScoreTest {

    private static final String[] SPAM = {
            "Купите дешёвые часы со скидкой, промокод на сайте магазина, доставка бесплатно",
            "Скидка 90 процентов на часы и сумки, заходите на сайт магазина по промокоду",
            "Заработок в интернете без вложений, переходите по ссылке на сайт и получите бонус",
            "Казино онлайн бонус при регистрации на сайте, промокод даёт бесплатные вращения"};
    private static final String[] HAM = {
            "Предлагаю закрепить в конституции независимость судей и порядок их назначения",
            "Парламент должен утверждать бюджет открыто, с публикацией всех поправок и голосований",
            "Местные акимы должны избираться жителями, а не назначаться сверху",
            "Нужно гарантировать право на мирные собрания и упростить порядок уведомления"};

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private static int post(String token, String event, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"}".formatted(event, body))
                .when().post("/api/feedback/comments")
                .then().statusCode(201).extract().path("id");
    }

    private float score(String table, int id) throws Exception {
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement("select spam_score from " + table + " where id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getFloat(1);
            }
        }
    }

    @Test
    void theForumsOwnDecisionsTeachTheModelWhichNeverHidesAnything() throws Exception {
        String event = OpenEvents.open(events);
        String untrained = "Купите часы со скидкой по промокоду на сайте магазина";
        int before = post(citizen("spam-before-" + UUID.randomUUID()), event, untrained);
        assertEquals(0f, score("comment", before), "no decisions, no signals: nothing to go on");

        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < SPAM.length; i++) {
                int spam = post(citizen("spammer-" + UUID.randomUUID()), event, SPAM[i] + " " + round);
                moderate(TestTokens.moderator(), "comments", spam, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                        .then().statusCode(200);
                int ham = post(citizen("citizen-" + UUID.randomUUID()), event, HAM[i] + " " + round);
                moderate(TestTokens.moderator(), "comments", ham, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
            }
        }

        int spamLike = given().auth().oauth2(citizen("new-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"}"
                        .formatted(event, "Купите часы со скидкой по промокоду на сайте"))
                .when().post("/api/feedback/comments")
                .then().statusCode(201).body("status", equalTo("PUBLISHED")).extract().path("id");
        int hamLike = post(citizen("new-" + UUID.randomUUID()), event,
                "Считаю, что судьи должны назначаться открыто, а бюджет обсуждаться в парламенте");
        assertTrue(score("comment", spamLike) > 0.8, "spam-like: " + score("comment", spamLike));
        assertTrue(score("comment", hamLike) < 0.2, "ham-like: " + score("comment", hamLike));

        String other = OpenEvents.open(events);
        int elsewhere = post(citizen("new-" + UUID.randomUUID()), other, untrained);
        assertEquals(0f, score("comment", elsewhere), "each forum has its own model");
    }

    @Test
    void aReversedDecisionUnlearnsTheEarlierOneAndOtherReasonsTeachNothing() throws Exception {
        String event = OpenEvents.open(events);
        int id = post(citizen("reversed-" + UUID.randomUUID()), event, "Реклама ремонта квартир недорого");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").then().statusCode(200);
        assertEquals("1 0 4 0", model(event));
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        assertEquals("0 1 0 4", model(event));
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        assertEquals("0 0 0 0", model(event));
        assertEquals("ремонта 0 0", token(event, "ремонта"));
    }

    @Test
    void burstsAndCopiesRaiseTheScoreWithoutAnyDecision() throws Exception {
        String event = OpenEvents.open(events);
        String hurried = citizen("burst-" + UUID.randomUUID());
        int first = post(hurried, event, "Первое мнение о статье");
        int tenth = 0;
        for (int i = 2; i <= 10; i++) {
            tenth = post(hurried, event, "Мнение номер " + i + " о другой статье");
        }
        assertEquals(0f, score("comment", first));
        assertEquals(1f, score("comment", tenth), 1e-6);

        int original = post(citizen("copy-" + UUID.randomUUID()), event, "Текст, который разослали всем");
        int copy = post(citizen("copy-" + UUID.randomUUID()), event, "Текст, который разослали всем");
        assertEquals(0f, score("comment", original));
        assertEquals(0.6f, score("comment", copy), 1e-6);

        policy(event, "PRE");
        int recommendation = given().auth().oauth2(hurried).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"Одиннадцатое\",\"body\":\"Текст\",\"language\":\"ru\"}"
                        .formatted(event))
                .when().post("/api/feedback/recommendations")
                .then().statusCode(201).body("visibility", equalTo("PENDING")).extract().path("id");
        assertEquals(1f, score("recommendation", recommendation), 1e-6);
    }

    private String model(String event) throws Exception {
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select spam_items, ham_items, spam_tokens, ham_tokens from spam_model where event_slug = ?")) {
            query.setString(1, event);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) + " " + rows.getInt(2) + " " + rows.getLong(3) + " " + rows.getLong(4);
            }
        }
    }

    private String token(String event, String token) throws Exception {
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select token, spam, ham from spam_token where event_slug = ? and token = ?")) {
            query.setString(1, event);
            query.setString(2, token);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1) + " " + rows.getInt(2) + " " + rows.getInt(3);
            }
        }
    }
}
