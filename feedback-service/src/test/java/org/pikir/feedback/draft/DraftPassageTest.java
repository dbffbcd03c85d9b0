package org.pikir.feedback.draft;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.Drafts;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Comments and recommendations on a passage of a draft document: what a citizen sends is checked against the draft
 * as events-service (a stand-in here) describes it, and what is stored comes back on every answer, list and count.
 */
@QuarkusTest
class DraftPassageTest {

    static final String PARAGRAPH = "article-3-p-2";
    static final String RU_V2 = "Форум   собирает\\nпредложения граждан по каждому разделу.";
    static final String KK_V2 = "Форум азаматтардың ұсыныстарын жинайды.";

    @InjectEventsService
    WireMockServer events;

    private String event;
    private long draft;

    @BeforeEach
    void aForumWithADraftOfTwoPublishedVersions() {
        event = OpenEvents.open(events);
        draft = Drafts.newId();
        Drafts.draft(events, event, draft, 2);
        Drafts.unit(events, event, draft, 2, PARAGRAPH, "article-3", RU_V2, KK_V2);
        Drafts.unit(events, event, draft, 1, PARAGRAPH, "article-3", "Форум собирает замечания.", "Форум жинайды.");
        Drafts.unit(events, event, draft, 2, "article-3", "article-3", "", "");
        Drafts.unit(events, event, draft, 2, "article-4-p-1", "article-4", "Совет отвечает в срок.", "Кеңес жауап береді.");
        Drafts.unit(events, event, draft, 2, "preamble", null, "Вступление.", "Кіріспе.");
        Drafts.noUnit(events, event, draft, 2, "article-9");
    }

    static Response comment(String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json)
                .when().post("/api/feedback/comments");
    }

    static Response recommendation(String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json)
                .when().post("/api/feedback/recommendations");
    }

    /** A comment on the event with these more fields ({@code "draftId":1,...}). */
    String commentJson(String more) {
        return "{\"eventSlug\":\"%s\",\"body\":\"Мой комментарий\",\"language\":\"ru\"%s}".formatted(event,
                more.isEmpty() ? "" : "," + more);
    }

    String recommendationJson(String more) {
        return "{\"eventSlug\":\"%s\",\"title\":\"Отвечать гражданам\",\"body\":\"Совет отвечает каждому\",\"language\":\"ru\"%s}"
                .formatted(event, more.isEmpty() ? "" : "," + more);
    }

    String onPassage(String passage) {
        return "\"draftId\":%d,\"passage\":\"%s\"".formatted(draft, passage);
    }

    static String citizen() {
        return Feedback.citizen("reader-" + UUID.randomUUID());
    }

    private ValidatableResponse counts() {
        return given().queryParam("event", event).when().get("/api/feedback/drafts/" + draft + "/counts")
                .then().statusCode(200).body("draftId", equalTo((int) draft));
    }

    @Test
    void aCommentOnAPassageKeepsTheVersionReadItsArticleAndTheQuote() {
        String token = citizen();
        int id = comment(token, commentJson(onPassage(PARAGRAPH) + ",\"quote\":\"собирает  предложения граждан\""))
                .then().statusCode(201)
                .body("draftId", equalTo((int) draft))
                .body("draftVersion", equalTo(2))
                .body("passage", equalTo(PARAGRAPH))
                .body("article", equalTo("article-3"))
                .body("quote", equalTo("собирает предложения граждан"))
                .extract().path("id");
        // words quoted from the Kazakh text of the same unit, and from the version the citizen read
        comment(token, commentJson(onPassage(PARAGRAPH) + ",\"quote\":\"азаматтардың ұсыныстарын\""))
                .then().statusCode(201).body("quote", equalTo("азаматтардың ұсыныстарын"));
        comment(token, commentJson(onPassage(PARAGRAPH) + ",\"draftVersion\":1,\"quote\":\"собирает замечания\""))
                .then().statusCode(201).body("draftVersion", equalTo(1));
        // a reply is about its thread's passage
        comment(citizen(), commentJson("\"parentId\":" + id)).then().statusCode(201)
                .body("passage", equalTo(PARAGRAPH)).body("article", equalTo("article-3"))
                .body("draftVersion", equalTo(2)).body("quote", nullValue());

        given().queryParam("event", event).queryParam("draftId", draft).queryParam("article", "article-3")
                .queryParam("order", "oldest")
                .when().get("/api/feedback/comments/threads").then().statusCode(200)
                .body("totalThreads", equalTo(3))
                .body("totalComments", equalTo(4))
                .body("items[0].id", equalTo(id))
                .body("items[0].quote", equalTo("собирает предложения граждан"))
                .body("items[0].replies[0].passage", equalTo(PARAGRAPH))
                .body("items[2].draftVersion", equalTo(1));
        // a comment not about a draft says so with nulls
        comment(token, commentJson("")).then().statusCode(201)
                .body("draftId", nullValue()).body("passage", nullValue()).body("article", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("quote"));
    }

    @Test
    void aRecommendationOnAPassageCarriesItsProposedWording() {
        String token = citizen();
        int id = recommendation(token, recommendationJson(onPassage(PARAGRAPH)
                + ",\"quote\":\"по каждому разделу\",\"proposedWording\":\"Форум собирает и публикует предложения.\""))
                .then().statusCode(201)
                .body("passage", equalTo(PARAGRAPH))
                .body("article", equalTo("article-3"))
                .body("draftVersion", equalTo(2))
                .body("proposedWording", equalTo("Форум собирает и публикует предложения."))
                .extract().path("id");
        given().when().get("/api/feedback/recommendations/" + id).then().statusCode(200)
                .body("quote", equalTo("по каждому разделу"))
                .body("proposedWording", equalTo("Форум собирает и публикует предложения."));
        // the author's own list ("My feedback", and the export of their data) says where too
        given().auth().oauth2(token).when().get("/api/feedback/me/items").then().statusCode(200)
                .body("items.find { it.id == %d }.passage".formatted(id), equalTo(PARAGRAPH))
                .body("items.find { it.id == %d }.draftVersion".formatted(id), equalTo(2))
                .body("items.find { it.id == %d }.proposedWording".formatted(id),
                        equalTo("Форум собирает и публикует предложения."));
        recommendation(token, recommendationJson("\"draftId\":" + draft)).then().statusCode(201)
                .body("passage", nullValue()).body("draftVersion", equalTo(2));

        given().queryParam("event", event).queryParam("draftId", draft).queryParam("passage", PARAGRAPH)
                .when().get("/api/feedback/recommendations").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains(id));
        given().queryParam("event", event).queryParam("draftId", draft)
                .when().get("/api/feedback/recommendations").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items", org.hamcrest.Matchers.hasSize(2));
        // another citizen endorses it as any other recommendation
        Feedback.endorse(citizen(), id);
        given().when().get("/api/feedback/recommendations/" + id).then().body("endorsementCount", equalTo(1));
    }

    @Test
    void fieldsThatDoNotFitAreRefusedNamingTheField() {
        String token = citizen();
        int parent = comment(token, commentJson(onPassage(PARAGRAPH))).then().statusCode(201).extract().path("id");
        long unknown = Drafts.newId();
        Drafts.unknown(events, event, unknown);
        Map<String, List<Object>> commentCases = new java.util.LinkedHashMap<>();
        commentCases.put("\"passage\":\"" + PARAGRAPH + "\"", List.of(422, "passage"));
        commentCases.put("\"draftVersion\":1", List.of(422, "draftVersion"));
        commentCases.put("\"draftId\":" + draft + ",\"quote\":\"собирает\"", List.of(422, "quote"));
        commentCases.put("\"draftId\":" + draft + ",\"statementId\":7", List.of(422, "draftId"));
        commentCases.put("\"draftId\":0", List.of(400, "draftId"));
        commentCases.put("\"draftId\":" + draft + ",\"passage\":\"Статья 3\"", List.of(400, "passage"));
        commentCases.put(onPassage(PARAGRAPH) + ",\"quote\":\"" + "а".repeat(1001) + "\"", List.of(400, "quote"));
        commentCases.put("\"draftId\":" + unknown, List.of(422, "draftId"));
        commentCases.put("\"draftId\":" + draft + ",\"draftVersion\":3", List.of(422, "draftVersion"));
        commentCases.put(onPassage("article-9"), List.of(422, "passage"));
        commentCases.put(onPassage(PARAGRAPH) + ",\"quote\":\"слов этих там нет\"", List.of(422, "quote"));
        // the quote is from version 2, not from the version 1 the citizen says they read
        commentCases.put(onPassage(PARAGRAPH) + ",\"draftVersion\":1,\"quote\":\"предложения граждан\"",
                List.of(422, "quote"));
        commentCases.put("\"parentId\":" + parent + "," + onPassage(PARAGRAPH), List.of(422, "draftId"));
        // the article is the unit's own, as events-service says, never the caller's
        commentCases.put(onPassage(PARAGRAPH) + ",\"article\":\"article-4\"", List.of(400, "article"));
        commentCases.forEach((more, expected) -> comment(token, commentJson(more)).then()
                .statusCode((Integer) expected.get(0))
                .contentType("application/problem+json")
                .body("errors.field", hasItem(expected.get(1))));

        recommendation(token, recommendationJson("\"draftId\":" + draft + ",\"proposedWording\":\"Новая редакция\""))
                .then().statusCode(422).body("errors.field", hasItem("proposedWording"));
        recommendation(token, recommendationJson(onPassage(PARAGRAPH) + ",\"proposedWording\":\"" + "б".repeat(5001) + "\""))
                .then().statusCode(400).body("errors.field", hasItem("proposedWording"));
        recommendation(token, recommendationJson(onPassage(PARAGRAPH) + ",\"quote\":\"не оттуда\""))
                .then().statusCode(422).body("errors.field", hasItem("quote"));

        given().queryParam("event", event).queryParam("article", "article-3")
                .when().get("/api/feedback/comments/threads").then().statusCode(400)
                .body("errors.field", hasItem("article"));
        given().queryParam("event", event).queryParam("draftId", draft).queryParam("article", "article-3")
                .queryParam("passage", PARAGRAPH)
                .when().get("/api/feedback/recommendations").then().statusCode(400)
                .body("errors.field", hasItem("passage"));
        // nothing refused was counted
        counts().body("passages.find { it.passage == '%s' }.comments".formatted(PARAGRAPH), equalTo(1));
    }

    @Test
    void anEventsServiceThatCannotAnswerIsA503WithRetryAfterAndNothingIsSaved() {
        long failing = Drafts.newId();
        Drafts.failing(events, event, failing);
        comment(citizen(), commentJson("\"draftId\":" + failing)).then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("type", containsString("dependency-unavailable"));
        given().queryParam("event", event).queryParam("draftId", failing)
                .when().get("/api/feedback/comments/threads").then().statusCode(200)
                .body("items", empty()).body("totalComments", equalTo(0));
    }

    @Test
    void aRetriedSubmissionWithItsIdempotencyKeyIsSavedAndCountedOnce() {
        String token = citizen();
        String key = "passage-" + UUID.randomUUID();
        String json = commentJson(onPassage("article-4-p-1") + ",\"quote\":\"отвечает в срок\"");
        int first = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(json)
                .when().post("/api/feedback/comments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(json)
                .when().post("/api/feedback/comments").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first)).body("passage", equalTo("article-4-p-1"));
        counts().body("passages", org.hamcrest.Matchers.hasSize(1))
                .body("passages[0].passage", equalTo("article-4-p-1"))
                .body("passages[0].article", equalTo("article-4"))
                .body("passages[0].comments", equalTo(1))
                .body("passages[0].recommendations", equalTo(0));
    }

    @Test
    void countsFollowCreationModerationDeletionAndErasure() {
        String author = citizen();
        String other = citizen();
        int onParagraph = comment(author, commentJson(onPassage(PARAGRAPH))).then().statusCode(201).extract().path("id");
        int onOther = comment(other, commentJson(onPassage("article-4-p-1"))).then().statusCode(201).extract().path("id");
        int reply = comment(other, commentJson("\"parentId\":" + onParagraph)).then().statusCode(201).extract().path("id");
        int advice = recommendation(author, recommendationJson(onPassage(PARAGRAPH)
                + ",\"quote\":\"по каждому разделу\",\"proposedWording\":\"Форум публикует предложения.\""))
                .then().statusCode(201).extract().path("id");
        comment(other, commentJson("\"draftId\":" + draft)).then().statusCode(201);
        comment(other, commentJson(onPassage("preamble"))).then().statusCode(201);

        counts().body("passages.passage", contains("article-3-p-2", "article-4-p-1", "preamble"))
                .body("passages[0].comments", equalTo(2))
                .body("passages[0].recommendations", equalTo(1))
                .body("passages[1].comments", equalTo(1))
                .body("passages[2].article", nullValue());

        // hidden items stay listed in place; a rejected one leaves the list and the count
        Feedback.moderate(TestTokens.moderator(), "comments", onParagraph, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        Feedback.moderate(TestTokens.moderator(), "recommendations", advice, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        counts().body("passages[0].comments", equalTo(2)).body("passages[0].recommendations", equalTo(1));
        Feedback.moderate(TestTokens.moderator(), "comments", onOther, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        counts().body("passages.passage", contains("article-3-p-2", "preamble"));
        Feedback.moderate(TestTokens.moderator(), "comments", onOther, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        counts().body("passages.passage", contains("article-3-p-2", "article-4-p-1", "preamble"));

        // deleted by its author
        given().auth().oauth2(other).when().delete("/api/feedback/comments/" + reply).then().statusCode(204);
        counts().body("passages[0].comments", equalTo(1));

        // an author who erases their data: the hidden recommendation keeps its place, its quote and wording go
        Feedback.moderate(TestTokens.moderator(), "recommendations", advice, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        given().auth().oauth2(author).contentType(ContentType.JSON).body("{\"confirm\":\"DELETE\"}")
                .when().delete("/api/feedback/me").then().statusCode(204);
        given().when().get("/api/feedback/recommendations/" + advice).then().statusCode(200)
                .body("passage", equalTo(PARAGRAPH))
                .body("quote", nullValue())
                .body("proposedWording", nullValue());
        // the hidden comment stays hidden (and counted), the listed recommendation stays listed
        counts().body("passages[0].comments", equalTo(1)).body("passages[0].recommendations", equalTo(1));
    }

    @Test
    void underPreModerationAPendingItemIsCountedOncePublished() {
        Feedback.policy(event, "PRE");
        int id = comment(citizen(), commentJson(onPassage(PARAGRAPH))).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        counts().body("passages", empty());
        Feedback.moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        counts().body("passages[0].comments", equalTo(1));
    }

    @Test
    void aPassageItemIsFlaggedReviewedAndAnsweredAsAnyOther() {
        int advice = recommendation(citizen(), recommendationJson(onPassage(PARAGRAPH)
                + ",\"proposedWording\":\"Форум публикует предложения.\"")).then().statusCode(201).extract().path("id");
        int other = recommendation(citizen(), recommendationJson(onPassage("article-3"))).then().statusCode(201)
                .extract().path("id");
        int remark = comment(citizen(), commentJson(onPassage(PARAGRAPH))).then().statusCode(201).extract().path("id");

        given().auth().oauth2(citizen()).contentType(ContentType.JSON)
                .body("{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"OFF_TOPIC\"}".formatted(remark))
                .when().post("/api/feedback/flags").then().statusCode(201);
        Feedback.status(TestTokens.moderator(), advice, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        Feedback.status(TestTokens.moderator(), advice, "{\"status\":\"ACCEPTED\"}").then().statusCode(200);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"text\":\"Принято во второй редакции\",\"answeredBy\":\"Секретариат форума\"}")
                .when().put("/api/feedback/review/recommendations/" + advice + "/answer").then().statusCode(200);

        // the editor's comparative table lists the accepted recommendations on an article
        given().queryParam("event", event).queryParam("draftId", draft).queryParam("article", "article-3")
                .queryParam("status", "ACCEPTED")
                .when().get("/api/feedback/recommendations").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains(advice))
                .body("items[0].passage", equalTo(PARAGRAPH))
                .body("items[0].proposedWording", equalTo("Форум публикует предложения."))
                .body("items[0].officialAnswer.text", equalTo("Принято во второй редакции"));
        given().queryParam("event", event).queryParam("draftId", draft).queryParam("article", "article-3")
                .queryParam("status", "SUBMITTED")
                .when().get("/api/feedback/recommendations").then().statusCode(200)
                .body("items.id", contains(other));
        given().queryParam("event", event).queryParam("status", "DONE")
                .when().get("/api/feedback/recommendations").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void theReportNamesTheMostDiscussedArticles() {
        for (int i = 0; i < 3; i++) {
            comment(citizen(), commentJson(onPassage(i == 0 ? "article-3" : PARAGRAPH))).then().statusCode(201);
        }
        comment(citizen(), commentJson(onPassage("article-4-p-1"))).then().statusCode(201);
        recommendation(citizen(), recommendationJson(onPassage("article-4-p-1"))).then().statusCode(201);
        recommendation(citizen(), recommendationJson(onPassage("article-4-p-1"))).then().statusCode(201);
        recommendation(citizen(), recommendationJson(onPassage("article-4-p-1"))).then().statusCode(201);
        comment(citizen(), commentJson(onPassage("preamble"))).then().statusCode(201);

        given().when().get("/api/feedback/reports/" + event).then().statusCode(200)
                .body("mostDiscussed.article", contains("article-4", "article-3"))
                .body("mostDiscussed[0].draftId", equalTo((int) draft))
                .body("mostDiscussed[0].comments", equalTo(1))
                .body("mostDiscussed[0].recommendations", equalTo(3))
                .body("mostDiscussed[1].comments", equalTo(3))
                .body("mostDiscussed[1].recommendations", equalTo(0));
    }

    @Test
    void exportsCarryTheDraftVersionPassageArticleAndQuote() {
        int commentId = comment(citizen(), commentJson(onPassage(PARAGRAPH) + ",\"quote\":\"предложения граждан\""))
                .then().statusCode(201).extract().path("id");
        int recommendationId = recommendation(citizen(), recommendationJson(onPassage(PARAGRAPH)
                + ",\"proposedWording\":\"Форум публикует всё.\"")).then().statusCode(201).extract().path("id");
        String moderator = TestTokens.moderator();

        given().auth().oauth2(moderator).when().get("/api/feedback/exports/" + event + "/comments.json")
                .then().statusCode(200)
                .body("find { it.id == %d }.draftId".formatted(commentId), equalTo((int) draft))
                .body("find { it.id == %d }.draftVersion".formatted(commentId), equalTo(2))
                .body("find { it.id == %d }.passage".formatted(commentId), equalTo(PARAGRAPH))
                .body("find { it.id == %d }.article".formatted(commentId), equalTo("article-3"))
                .body("find { it.id == %d }.quote".formatted(commentId), equalTo("предложения граждан"));
        String csv = new String(given().auth().oauth2(moderator)
                .when().get("/api/feedback/exports/" + event + "/recommendations.csv")
                .then().statusCode(200).extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        String header = csv.lines().findFirst().orElseThrow();
        assertEquals(true, header.contains("draft_id,draft_version,passage,article,quote,proposed_wording"), header);
        assertEquals(true, csv.contains("Форум публикует всё."), csv);

        given().when().get("/api/feedback/open-data/" + event + ".json").then().statusCode(200)
                .body("comments.find { it.id == %d }.passage".formatted(commentId), equalTo(PARAGRAPH))
                .body("comments.find { it.id == %d }.quote".formatted(commentId), equalTo("предложения граждан"))
                .body("recommendations.find { it.id == %d }.article".formatted(recommendationId), equalTo("article-3"))
                .body("recommendations.find { it.id == %d }.proposedWording".formatted(recommendationId),
                        equalTo("Форум публикует всё."));
    }
}
