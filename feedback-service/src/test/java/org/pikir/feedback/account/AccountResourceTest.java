package org.pikir.feedback.account;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.endorse;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.recommendation;

@QuarkusTest
class AccountResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    /** A citizen of the test's own, so names and lists start empty. */
    private static String newCitizen() {
        return TestTokens.forUser("person-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
    }

    private static RequestSpecification as(String token) {
        RequestSpecification request = given();
        return token == null ? request : request.auth().oauth2(token);
    }

    private static Response putProfile(String token, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().put("/api/feedback/me/profile");
    }

    private static Response erase(String token, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().delete("/api/feedback/me");
    }

    /** A random number to make a name the test's own: digits mix with any alphabet, hexadecimal letters do not. */
    private static String digits() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
    }

    private static String profile(String name, String language, boolean email) {
        return "{\"displayName\":\"%s\",\"language\":\"%s\",\"emailNotifications\":%s}".formatted(name, language, email);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Test
    void aProfileIsMadeOnFirstUseWithARandomPseudonym() {
        String user = "aigerim-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.forUser(user, "citizen");
        String name = as(token).when().get("/api/feedback/me")
                .then().statusCode(200)
                .body("displayName", matchesPattern("citizen-[0-9a-f]{5}"))
                .body("language", equalTo("ru"))
                .body("email", equalTo(user + "@example.test"))
                .body("emailNotifications", equalTo(true))
                .body("unreadNotifications", equalTo(0))
                .extract().path("displayName");
        assertFalse(name.contains(user), "the pseudonym must not give away the user name");
        // the same person keeps the same profile
        as(token).when().get("/api/feedback/me").then().body("displayName", equalTo(name));
        // and the items they post carry it, never the user name, subject or e-mail
        comment(token, event, "Под псевдонимом");
        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items[0].authorName", equalTo(name))
                .body(not(containsString(user)))
                .body(not(containsString(TestTokens.subjectOf(user))));
    }

    @Test
    void anUnverifiedEmailIsNotKept() {
        String user = "unverified-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.sign(TestTokens.claims(user, "citizen").claim("email_verified", false));
        as(token).when().get("/api/feedback/me").then().statusCode(200).body("email", nullValue());
    }

    @Test
    void aCitizenChoosesANameAndTheirItemsFollowIt() {
        String token = newCitizen();
        int commented = comment(token, event, "Первый комментарий");
        int recommended = recommendation(token, event, "Первая рекомендация");
        String name = "Ерлан " + digits();

        putProfile(token, profile("  " + name + "  ", "kk", false))
                .then().statusCode(200)
                .body("displayName", equalTo(name))
                .body("language", equalTo("kk"))
                .body("emailNotifications", equalTo(false));
        as(token).when().get("/api/feedback/me").then().body("displayName", equalTo(name)).body("language", equalTo("kk"));

        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items.find { it.id == %s }.authorName".formatted(commented), equalTo(name));
        given().when().get("/api/feedback/recommendations/" + recommended).then().body("authorName", equalTo(name));
    }

    @Test
    void namesAreUniqueWhateverTheirCase() {
        String taken = "Асель " + digits();
        String first = newCitizen();
        putProfile(first, profile(taken, "ru", true)).then().statusCode(200);

        putProfile(newCitizen(), profile(taken.toUpperCase(), "ru", true))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("display-name-taken"))
                .body("errors.field", hasItem("displayName"));
        // its owner may change its case
        putProfile(first, profile(taken.toLowerCase(), "en", true)).then().statusCode(200)
                .body("displayName", equalTo(taken.toLowerCase()));
    }

    @Test
    void aNameThatLooksLikeATakenOneIsTaken() {
        String number = digits();
        // Cyrillic "Нос" holds the name; Latin "Hoc" looks the same, and "НОС" differs only in case
        putProfile(newCitizen(), profile("Нос " + number, "ru", true)).then().statusCode(200);
        for (String lookalike : List.of("Hoc " + number, "НОС " + number)) {
            putProfile(newCitizen(), profile(lookalike, "ru", true))
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", containsString("display-name-taken"))
                    .body("errors.field", hasItem("displayName"));
        }
    }

    @Test
    void aNameMixingAlphabetsOrPassingForStaffIsRefused() {
        String token = newCitizen();
        String number = digits();
        for (String bad : List.of("Mоderator", "admin Әлия " + number, "аdmin Әлия " + number, "A.d.m.i.n")) {
            putProfile(token, profile(bad, "ru", true))
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("displayName"));
        }
        putProfile(token, profile("admin Әлия " + number, "ru", true)).then()
                .body("errors.message", hasItem(containsString("mixes alphabets")));
        // Kazakh letters are one alphabet with the rest of Cyrillic
        putProfile(token, profile("Әлия Нұрова " + number, "kk", true)).then().statusCode(200)
                .body("displayName", equalTo("Әлия Нұрова " + number));
    }

    @Test
    void generatedNamesCannotBeChosenButMayBeKept() {
        String token = newCitizen();
        String generated = as(token).when().get("/api/feedback/me").then().extract().path("displayName");
        // the name given at first stays while the person changes their language
        putProfile(token, profile(generated, "en", true)).then().statusCode(200).body("language", equalTo("en"));
        putProfile(newCitizen(), profile("citizen-" + digits().substring(0, 5), "ru", true))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("displayName"))
                .body("errors.message", hasItem(containsString("citizen-")));
    }

    @Test
    void invisibleCharactersAndExtraSpacesAreCleanedFromAName() {
        String token = newCitizen();
        String suffix = digits();
        putProfile(token, profile(" Да\u200bна   " + suffix + " ", "ru", true))
                .then().statusCode(200).body("displayName", equalTo("Дана " + suffix));
    }

    @Test
    void aNameMustBePlainAndNotAnEmailAddress() {
        String token = newCitizen();
        String before = as(token).when().get("/api/feedback/me").then().extract().path("displayName");
        for (String bad : List.of("a", "x".repeat(41), "me@example.com", "<b>bold</b>", "Ерлан!!", "double..dot",
                "Moderator", "   ")) {
            putProfile(token, profile(bad, "ru", true))
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("displayName"));
        }
        putProfile(token, profile("Ерлан", "de", true)).then().statusCode(400).body("errors.field", hasItem("language"));
        putProfile(token, "{\"displayName\":\"Ерлан\",\"language\":\"ru\"}").then().statusCode(400)
                .body("errors.field", hasItem("emailNotifications"));
        as(token).when().get("/api/feedback/me").then().body("displayName", equalTo(before));
    }

    @Test
    void aCitizenCannotSetTheirEmailOrCountsThroughTheProfile() {
        String token = newCitizen();
        for (String field : List.of("\"email\":\"other@example.com\"", "\"unreadNotifications\":0",
                "\"subject\":\"someone-else\"", "\"createdAt\":\"2020-01-01T00:00:00Z\"")) {
            putProfile(token, "{\"displayName\":\"Name %s\",\"language\":\"ru\",\"emailNotifications\":true,%s}"
                    .formatted(UUID.randomUUID().toString().substring(0, 6), field))
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("Unknown field"));
        }
        as(token).when().get("/api/feedback/me").then().body("email", not(equalTo("other@example.com")));
    }

    @Test
    void myFeedbackListsOnlyMyItemsWithWhatStaffDid() {
        String mine = newCitizen();
        String other = newCitizen();
        int hidden = comment(mine, event, "Скрытый комментарий");
        int recommended = recommendation(mine, event, "Моя рекомендация");
        comment(other, event, "Чужой комментарий");
        endorse(other, recommended);
        moderate(TestTokens.moderator(), "comments", hidden, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\",\"note\":\"Не по теме форума\"}")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"status\":\"UNDER_REVIEW\"}")
                .when().post("/api/feedback/review/recommendations/" + recommended + "/status").then().statusCode(200);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"text\":\"Учтём в проекте\",\"answeredBy\":\"Акимат\"}")
                .when().put("/api/feedback/review/recommendations/" + recommended + "/answer").then().statusCode(200);

        as(mine).when().get("/api/feedback/me/items")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].kind", equalTo("RECOMMENDATION"))
                .body("items[0].id", equalTo(recommended))
                .body("items[0].eventSlug", equalTo(event))
                .body("items[0].title", equalTo("Моя рекомендация"))
                .body("items[0].visibility", equalTo("PUBLISHED"))
                .body("items[0].reviewStatus", equalTo("UNDER_REVIEW"))
                .body("items[0].officialAnswer.text", equalTo("Учтём в проекте"))
                .body("items[0].officialAnswer.answeredBy", equalTo("Акимат"))
                .body("items[0].officialAnswer.answeredAt", notNullValue())
                .body("items[0].endorsementCount", equalTo(1))
                .body("items[1].kind", equalTo("COMMENT"))
                .body("items[1].id", equalTo(hidden))
                .body("items[1].body", equalTo("Скрытый комментарий"))
                .body("items[1].visibility", equalTo("HIDDEN"))
                .body("items[1].moderation.reason", equalTo("OFF_TOPIC"))
                .body("items[1].moderation.note", equalTo("Не по теме форума"))
                .body("items[1].editableUntil", nullValue())
                .body("nextCursor", nullValue());
        as(other).when().get("/api/feedback/me/items").then().body("items", hasSize(1))
                .body("items[0].body", equalTo("Чужой комментарий"))
                .body("items[0].editableUntil", notNullValue());
    }

    @Test
    void myFeedbackPagesThroughEverythingOnceInOrder() {
        String token = newCitizen();
        List<Integer> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            posted.add(i % 3 == 0 ? recommendation(token, event, "Рекомендация " + i) : comment(token, event, "Комментарий " + i));
        }
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(token).queryParam("size", 3);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.when().get("/api/feedback/me/items").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        java.util.Collections.reverse(posted);
        assertEquals(posted, seen);
        as(token).queryParam("after", "not-a-cursor").when().get("/api/feedback/me/items")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        as(token).queryParam("size", 101).when().get("/api/feedback/me/items")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void theExportHoldsEverythingAboutThePerson() {
        String token = newCitizen();
        String author = newCitizen();
        int commented = comment(token, event, "Мой комментарий для выгрузки");
        int recommended = recommendation(token, event, "Моя рекомендация для выгрузки");
        int theirs = recommendation(author, event, "Чужая рекомендация");
        int theirComment = comment(author, event, "Чужой комментарий");
        endorse(token, theirs);
        as(token).contentType(ContentType.JSON)
                .body("{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\",\"note\":\"реклама\"}".formatted(theirComment))
                .when().post("/api/feedback/flags").then().statusCode(201);
        moderate(TestTokens.moderator(), "comments", commented, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);

        Response export = as(token).when().get("/api/feedback/me/export");
        export.then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Disposition", matchesPattern("attachment; filename=\"pikir-my-feedback-\\d{4}-\\d{2}-\\d{2}\\.json\""))
                .body("exportedAt", notNullValue())
                .body("profile.displayName", matchesPattern("citizen-[0-9a-f]{5}"))
                .body("profile.email", containsString("@example.test"))
                .body("comments", hasSize(1))
                .body("comments[0].id", equalTo(commented))
                .body("comments[0].body", equalTo("Мой комментарий для выгрузки"))
                .body("comments[0].visibility", equalTo("REJECTED"))
                .body("comments[0].moderation.reason", equalTo("SPAM"))
                .body("recommendations", hasSize(1))
                .body("recommendations[0].id", equalTo(recommended))
                .body("recommendations[0].title", equalTo("Моя рекомендация для выгрузки"))
                .body("endorsements", hasSize(1))
                .body("endorsements[0].recommendationId", equalTo(theirs))
                .body("endorsements[0].eventSlug", equalTo(event))
                .body("flags", hasSize(1))
                .body("flags[0].targetType", equalTo("COMMENT"))
                .body("flags[0].targetId", equalTo(theirComment))
                .body("flags[0].reason", equalTo("SPAM"))
                .body("flags[0].note", equalTo("реклама"))
                .body("notifications", hasSize(1))
                .body("notifications[0].kind", equalTo("MODERATED"))
                .body("notifications[0].itemId", equalTo(commented))
                .body("notifications[0].outcome", equalTo("REJECTED"))
                // nothing of the other person's
                .body(not(containsString("Чужой комментарий")));
    }

    @Test
    void erasingMyDataAnonymisesItemsAndKeepsTheCounts() throws SQLException {
        String user = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.forUser(user, "citizen");
        String me = TestTokens.subjectOf(user);
        String other = newCitizen();
        int parent = comment(token, event, "Мой комментарий с ответом");
        int reply = given().auth().oauth2(other).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Ответ\",\"language\":\"ru\",\"parentId\":%d}".formatted(event, parent))
                .when().post("/api/feedback/comments").then().statusCode(201).extract().path("id");
        int recommended = recommendation(token, event, "Рекомендация, которую поддержали");
        endorse(other, recommended);
        int theirs = recommendation(other, event, "Чужая, которую я поддержал");
        endorse(token, theirs);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"status\":\"UNDER_REVIEW\"}")
                .when().post("/api/feedback/review/recommendations/" + recommended + "/status").then().statusCode(200);

        erase(token, "{\"confirm\":\"DELETE\"}").then().statusCode(204);

        // the comment keeps its place for the reply, without text or name
        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items.find { it.id == %s }.status".formatted(parent), equalTo("DELETED"))
                .body("items.find { it.id == %s }.body".formatted(parent), nullValue())
                .body("items.find { it.id == %s }.authorName".formatted(parent), nullValue())
                .body("items.find { it.id == %s }.parentId".formatted(reply), equalTo(parent))
                .body("items.find { it.id == %s }.body".formatted(reply), equalTo("Ответ"))
                .body(not(containsString("Мой комментарий с ответом")));
        // the recommendation keeps its status and endorsement, not its text or author
        given().when().get("/api/feedback/recommendations/" + recommended).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("endorsementCount", equalTo(1))
                .body("removed", equalTo("by-author"))
                .body("title", nullValue())
                .body("body", nullValue())
                .body("authorName", nullValue());
        // my endorsement still counts, but no longer points at me
        given().when().get("/api/feedback/recommendations/" + theirs).then().body("endorsementCount", equalTo(1));
        assertAll(
                () -> assertEquals(0, count("select count(*) from endorsement where endorser_subject = '" + me + "'")),
                () -> assertEquals(1, count("select count(*) from endorsement where recommendation_id = " + theirs)),
                () -> assertEquals(0, count("select count(*) from comment where author_subject = '" + me + "'")),
                () -> assertEquals(0, count("select count(*) from recommendation where author_subject = '" + me + "'")),
                () -> assertEquals(0, count("select count(*) from profile where subject = '" + me + "'")),
                () -> assertEquals(0, count("select count(*) from notification where recipient_subject = '" + me + "'")),
                () -> assertEquals("", text("select body from comment where id = " + parent)));
        // the audit entry says what happened, not to whom
        String entry = given().auth().oauth2(TestTokens.admin()).queryParam("size", 100).when().get("/api/feedback/audit")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.action == 'account.erase' }");
        assertTrue(entry != null && !entry.contains(me), "erasure audit entry missing or personal: " + entry);

        // again: nothing left, nothing changes, no second audit entry for an empty erasure
        long entries = count("select count(*) from audit_entry where action = 'account.erase'");
        erase(token, "{\"confirm\":\"DELETE\"}").then().statusCode(204);
        assertEquals(entries, count("select count(*) from audit_entry where action = 'account.erase'"));
        // signing in again starts afresh
        as(token).when().get("/api/feedback/me/items").then().statusCode(200).body("items", empty());
    }

    @Test
    void erasingNeedsAnExplicitConfirmation() throws SQLException {
        String token = newCitizen();
        int commented = comment(token, event, "Не удалять без подтверждения");
        erase(token, "{}").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("confirm"));
        erase(token, "{\"confirm\":\"yes\"}").then().statusCode(400).body("errors.field", hasItem("confirm"));
        as(token).when().delete("/api/feedback/me").then().statusCode(400).contentType("application/problem+json");
        assertEquals("Не удалять без подтверждения", text("select body from comment where id = " + commented));
    }

    /** Every /me endpoint: 401 without a token, 403 without the citizen role. */
    @Test
    void everyAccountEndpointNeedsASignedInCitizen() {
        List<Function<String, Response>> endpoints = List.of(
                t -> as(t).get("/api/feedback/me"),
                t -> putProfile(t, profile("Someone", "ru", true)),
                t -> as(t).get("/api/feedback/me/items"),
                t -> as(t).get("/api/feedback/me/export"),
                t -> erase(t, "{\"confirm\":\"DELETE\"}"),
                t -> as(t).get("/api/feedback/me/notifications"),
                t -> as(t).post("/api/feedback/me/notifications/read"));
        String robot = TestTokens.forUser("robot", "editor");
        assertAll(endpoints.stream().map(call -> () -> {
            Response anonymous = call.apply(null);
            assertEquals(401, anonymous.statusCode());
            assertEquals("application/problem+json", anonymous.contentType());
            assertEquals(403, call.apply(robot).statusCode());
        }));
    }
}
