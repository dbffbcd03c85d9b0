package org.pikir.feedback.comment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pikir.feedback.Feedback.moderate;

/** An event's comments as threads: keyset pages both ways, replies under their thread, filters, totals, refusals. */
@QuarkusTest
class CommentThreadsTest {

    private static final Instant T0 = Instant.parse("2026-02-25T05:00:00Z");

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;
    private StoredComments stored;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.citing(events, List.of(7L), List.of(4L));
        stored = new StoredComments(db, event);
    }

    private static RequestSpecification threads(String event) {
        return given().queryParam("event", event);
    }

    private static JsonPath page(RequestSpecification request) {
        return request.when().get("/api/feedback/comments/threads").then().statusCode(200).extract().jsonPath();
    }

    private int post(String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json)
                .when().post("/api/feedback/comments").then().statusCode(201).extract().path("id");
    }

    private int comment(String token, String extra) {
        return post(token, "{\"eventSlug\":\"%s\",\"body\":\"Комментарий\",\"language\":\"ru\"%s}".formatted(event, extra));
    }

    private int reply(String token, int parent) {
        return comment(token, ",\"parentId\":" + parent);
    }

    @Test
    void threadsComeNewestOrOldestFirstWithTheirRepliesInTheOrderWritten() {
        String author = Feedback.citizen("threads-" + UUID.randomUUID());
        int first = comment(author, "");
        int second = comment(author, "");
        int answer = reply(author, first);
        int answerToAnswer = reply(author, answer);
        int deepest = reply(author, answerToAnswer);
        int later = reply(author, first);
        // written when threads nested deeper: shown at the deepest level threads have now
        long tooDeep = stored.reply(deepest, Instant.now().plusSeconds(5));

        JsonPath newest = page(threads(event));
        assertEquals(List.of(second, first), newest.getList("items.id"));
        assertEquals(List.of(), newest.getList("items[0].replies"));
        JsonPath oldest = page(threads(event).queryParam("order", "oldest"));
        assertEquals(List.of(first, second), oldest.getList("items.id"));
        assertNull(oldest.get("items[0].parentId"));
        assertEquals(List.of(answer, answerToAnswer, deepest, later, (int) tooDeep), oldest.getList("items[0].replies.id"));
        assertEquals(List.of(1, 2, 3, 1, 3), oldest.getList("items[0].replies.depth"));
        assertEquals(List.of(first, answer, answerToAnswer, first, deepest), oldest.getList("items[0].replies.parentId"));
        assertEquals(5, oldest.getInt("items[0].replyCount"));
        assertNull(oldest.get("items[0].moreReplies"));
        assertEquals("Комментарий", oldest.getString("items[0].replies[0].body"));
        assertEquals(Feedback.displayName(author), oldest.getString("items[0].replies[0].authorName"));
        assertEquals(7, oldest.getLong("totalComments"));
        assertEquals(2, oldest.getLong("totalThreads"));
        assertNull(oldest.get("nextCursor"));
    }

    @Test
    void aCursorWalkReachesTheOldestThreadWithoutDuplicatesOrGaps() throws SQLException {
        stored.threads(T0, 23, 1);
        // three threads written in the same microsecond: their ids decide their order
        List<Long> tied = List.of(stored.root(T0.plusSeconds(90)), stored.root(T0.plusSeconds(90)),
                stored.root(T0.plusSeconds(90)));
        List<Long> expected = new ArrayList<>();
        try (var connection = db.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select id from comment where event_slug = '" + event
                     + "' and parent_id is null order by created_at desc, id desc")) {
            while (rows.next()) {
                expected.add(rows.getLong(1));
            }
        }
        assertEquals(26, expected.size());
        assertEquals(tied.stream().sorted(Comparator.reverseOrder()).toList(),
                expected.stream().filter(tied::contains).toList());

        assertEquals(expected, walk("newest", 7));
        List<Long> oldestFirst = new ArrayList<>(expected);
        Collections.reverse(oldestFirst);
        assertEquals(oldestFirst, walk("oldest", 10));
    }

    private List<Long> walk(String order, int size) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        for (int pages = 1; pages <= 10; pages++) {
            var request = threads(event).queryParam("order", order).queryParam("size", size);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = page(request);
            assertEquals(49, page.getLong("totalComments"), "23 threads with a reply each and 3 without");
            assertEquals(26, page.getLong("totalThreads"));
            List<Long> ids = page.getList("items.id", Long.class);
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
            if (cursor == null) {
                assertEquals(seen.size(), new HashSet<>(seen).size(), "no thread twice: " + seen);
                return seen;
            }
            assertEquals(size, ids.size(), "only the last page is short");
        }
        throw new AssertionError("more pages than threads: " + seen);
    }

    @Test
    void aThreadShowsItsFirstTwentyRepliesAndACursorToTheRest() {
        long root = stored.root(T0);
        List<Long> replies = stored.replies(root, T0.plusSeconds(1), 45);

        JsonPath page = page(threads(event));
        assertEquals(45, page.getInt("items[0].replyCount"));
        assertEquals(replies.subList(0, 20), page.getList("items[0].replies.id", Long.class));
        String more = page.getString("items[0].moreReplies");
        assertNotNull(more);

        List<Long> rest = new ArrayList<>();
        String cursor = more;
        while (cursor != null) {
            JsonPath next = given().queryParam("after", cursor).queryParam("size", 20)
                    .when().get("/api/feedback/comments/" + root + "/replies")
                    .then().statusCode(200).extract().jsonPath();
            rest.addAll(next.getList("items.id", Long.class));
            cursor = next.getString("nextCursor");
        }
        assertEquals(replies.subList(20, 45), rest);
        given().when().get("/api/feedback/comments/" + root + "/replies")
                .then().statusCode(200).body("items", hasSize(20)).body("items[0].id", equalTo(replies.get(0).intValue()))
                .body("items[0].depth", equalTo(1)).body("nextCursor", notNullValue());
    }

    @Test
    void aStatementOrMaterialListsOnlyTheThreadsOnIt() {
        String author = Feedback.citizen("filter-" + UUID.randomUUID());
        int onStatement = comment(author, ",\"statementId\":7");
        int onMaterial = comment(author, ",\"materialId\":4");
        int onForum = comment(author, "");
        int answer = reply(author, onStatement);

        JsonPath statement = page(threads(event).queryParam("statementId", 7));
        assertEquals(List.of(onStatement), statement.getList("items.id"));
        assertEquals(List.of(answer), statement.getList("items[0].replies.id"));
        assertEquals(2, statement.getLong("totalComments"));
        assertEquals(1, statement.getLong("totalThreads"));
        JsonPath material = page(threads(event).queryParam("materialId", 4));
        assertEquals(List.of(onMaterial), material.getList("items.id"));
        assertEquals(1, material.getLong("totalComments"));
        JsonPath all = page(threads(event));
        assertEquals(List.of(onForum, onMaterial, onStatement), all.getList("items.id"));
        assertEquals(4, all.getLong("totalComments"));
        assertEquals(3, all.getLong("totalThreads"));
        assertEquals(0, page(threads(event).queryParam("statementId", 8)).getList("items").size());
    }

    @Test
    void hiddenAndDeletedCommentsKeepTheirPlaceWithoutTheirText() {
        String author = Feedback.citizen("kept-" + UUID.randomUUID());
        int hidden = comment(author, "");
        int hiddenAnswer = reply(author, hidden);
        int deleted = comment(author, "");
        int rejected = comment(author, "");
        moderate(TestTokens.moderator(), "comments", hidden, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);
        moderate(TestTokens.moderator(), "comments", hiddenAnswer, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        moderate(TestTokens.moderator(), "comments", rejected, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        given().auth().oauth2(author).when().delete("/api/feedback/comments/" + deleted).then().statusCode(204);

        JsonPath page = page(threads(event).queryParam("order", "oldest"));
        assertEquals(List.of(hidden, deleted), page.getList("items.id"));
        assertNull(page.get("items[0].body"));
        assertEquals(Map.of("hidden", true, "reason", "ABUSE"), page.getMap("items[0].moderation"));
        assertEquals("HIDDEN", page.getString("items[0].replies[0].status"));
        assertNull(page.get("items[0].replies[0].body"));
        assertEquals("SPAM", page.getString("items[0].replies[0].moderation.reason"));
        assertEquals("DELETED", page.getString("items[1].status"));
        assertNull(page.get("items[1].body"));
        assertNull(page.get("items[1].authorName"));
        given().when().get("/api/feedback/comments/" + rejected + "/replies").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void totalsFollowModerationDeletionAndErasure() {
        String author = Feedback.citizen("totals-" + UUID.randomUUID());
        String other = Feedback.citizen("totals-other-" + UUID.randomUUID());
        int first = comment(author, "");
        int answer = reply(other, first);
        reply(other, answer);
        int second = comment(other, "");
        assertTotals(4, 2);

        moderate(TestTokens.moderator(), "comments", answer, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        assertTotals(3, 2);
        moderate(TestTokens.moderator(), "comments", answer, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        assertTotals(4, 2);
        moderate(TestTokens.moderator(), "comments", first, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);
        assertTotals(4, 2);
        moderate(TestTokens.moderator(), "comments", first, "{\"action\":\"REJECT\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);
        assertTotals(1, 1);
        moderate(TestTokens.moderator(), "comments", first, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        assertTotals(4, 2);
        given().auth().oauth2(other).when().delete("/api/feedback/comments/" + second).then().statusCode(204);
        assertTotals(4, 2);

        // under pre-moderation a new comment waits unlisted; erasing its author's account lists it as deleted
        Feedback.policy(event, "PRE");
        String leaving = Feedback.citizen("leaving-" + UUID.randomUUID());
        comment(leaving, "");
        assertTotals(4, 2);
        given().auth().oauth2(leaving).contentType(ContentType.JSON).body("{\"confirm\":\"DELETE\"}")
                .when().delete("/api/feedback/me").then().statusCode(204);
        assertTotals(5, 3);
    }

    private void assertTotals(long comments, long threads) {
        JsonPath page = page(threads(event));
        assertEquals(comments, page.getLong("totalComments"), "totalComments");
        assertEquals(threads, page.getLong("totalThreads"), "totalThreads");
        int listed = page.getList("items").size();
        int replies = page.getList("items.replyCount", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(threads, listed);
        assertEquals(comments, listed + replies, "the totals are what the page shows");
    }

    @Test
    void anUnknownEventHasNoThreads() {
        given().queryParam("event", "no-such-forum").when().get("/api/feedback/comments/threads")
                .then().statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue())
                .body("totalComments", equalTo(0)).body("totalThreads", equalTo(0));
    }

    @Test
    void repliesAreOnlyForAListedTopLevelComment() {
        String author = Feedback.citizen("replies-" + UUID.randomUUID());
        int root = comment(author, "");
        int answer = reply(author, root);
        given().when().get("/api/feedback/comments/" + answer + "/replies").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/feedback/comments/999999999/replies").then().statusCode(404);
        given().when().get("/api/feedback/comments/" + root + "/replies").then().statusCode(200)
                .body("items.id", equalTo(List.of(answer))).body("nextCursor", nullValue());
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        long root = stored.root(T0);
        stored.root(T0.plusSeconds(1));
        stored.replies(root, T0.plusSeconds(2), 2);
        String newestCursor = page(threads(event).queryParam("size", 1)).getString("nextCursor");
        String repliesCursor = given().queryParam("size", 1).when().get("/api/feedback/comments/" + root + "/replies")
                .then().statusCode(200).extract().path("nextCursor");

        refused(threads(event).queryParam("order", "sideways"), "order");
        refused(threads(event).queryParam("size", 0), "size");
        refused(threads(event).queryParam("size", 51), "size");
        refused(threads(event).queryParam("after", "not-a-cursor"), "after");
        refused(threads(event).queryParam("order", "oldest").queryParam("after", newestCursor), "after");
        refused(threads(event).queryParam("after", repliesCursor), "after");
        refused(threads(event).queryParam("statementId", 7).queryParam("materialId", 4), "materialId");
        refused(threads(event).queryParam("statementId", "seven"), "statementId");
        refused(threads(event).queryParam("statementId", 0), "statementId");
        refused(given(), "event");
        refused(given().queryParam("event", "Not A Slug"), "event");
        given().queryParam("after", newestCursor).when().get("/api/feedback/comments/" + root + "/replies")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        given().queryParam("size", 51).when().get("/api/feedback/comments/" + root + "/replies")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    private static void refused(RequestSpecification request, String field) {
        request.when().get("/api/feedback/comments/threads")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
