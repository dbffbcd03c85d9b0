package org.pikir.feedback.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mass assignment: every body that creates or changes something, sent with a field a caller must not set
 * (status, visibility, author, counts, answers, ids, times, ...), is refused with 400 naming that field,
 * and what is stored stays exactly as it was. The same body without the extra field then succeeds, so the
 * refusal is about the field and nothing else.
 */
@QuarkusTest
class MassAssignmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields of the stored items and accounts that only the service (or staff, through their own endpoints) sets. */
    private static final List<String> FORBIDDEN = List.of("status", "visibility", "authorName", "authorSubject",
            "endorsementCount", "officialAnswer", "id", "createdAt", "updatedAt", "version", "author", "subject",
            "email", "roles", "flagCount", "openFlagCount", "groupId", "groupSize", "mergedIntoId", "assignedTo",
            "answeredBy", "answeredAt", "moderatedBy", "moderationReason", "eventSlug", "recommendationId",
            "Status", "author_subject", "endorsement_count");

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    /**
     * One body-taking endpoint: who calls it, the valid body, and a query that reads what it could change
     * (the whole stored row as text, or a count of rows it would add).
     */
    private record Write(String name, String method, String path, String token, String validBody,
                         Supplier<String> stored, int successStatus) {
    }

    @Test
    void extraFieldsAreRefusedByNameAndChangeNothing() throws Exception {
        String event = OpenEvents.open(events);
        Citizen citizen = Citizen.fresh("mass");
        String author = citizen.token();
        String other = Citizen.fresh("other").token();
        String staff = TestTokens.moderator();
        String marker = "mass-" + UUID.randomUUID();
        int comment = Feedback.comment(author, event, "Комментарий");
        int othersComment = Feedback.comment(other, event, "Чужой комментарий");
        int proposal = Feedback.recommendation(author, event, "Предложение для проверки");
        int answerable = Feedback.recommendation(author, event, "Предложение под рассмотрением");
        Feedback.status(staff, answerable, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        String authorSubject = citizen.subject();

        List<Write> writes = List.of(
                new Write("create comment", "POST", "/api/feedback/comments", author,
                        "{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"}".formatted(event, marker),
                        () -> StoredRows.one(db, "select count(*) from comment where body = ?", marker), 201),
                new Write("create recommendation", "POST", "/api/feedback/recommendations", author,
                        "{\"eventSlug\":\"%s\",\"title\":\"%s\",\"body\":\"Текст\",\"language\":\"ru\"}".formatted(event, marker),
                        () -> StoredRows.one(db, "select count(*) from recommendation where title = ?", marker), 201),
                new Write("flag", "POST", "/api/feedback/flags", author,
                        "{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\"}".formatted(othersComment),
                        () -> StoredRows.one(db, "select count(*) from flag where target_id = ?", (long) othersComment), 201),
                new Write("edit comment", "PUT", "/api/feedback/comments/" + comment, author,
                        "{\"body\":\"Исправленный текст\"}", () -> row("comment", comment), 200),
                new Write("profile", "PUT", "/api/feedback/me/profile", author,
                        "{\"displayName\":\"Mass %s\",\"language\":\"kk\",\"emailNotifications\":false}"
                                .formatted(marker.substring(5, 13)),
                        () -> StoredRows.one(db, "select t::text from profile t where subject = ?", authorSubject), 200),
                new Write("moderation policy", "PUT", "/api/feedback/moderation/policies/" + event, staff,
                        "{\"mode\":\"PRE\"}",
                        () -> StoredRows.one(db, "select t::text from moderation_policy t where event_slug = ?", event), 200),
                new Write("moderate comment", "POST", "/api/feedback/moderation/comments/" + comment, staff,
                        "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}", () -> row("comment", comment), 200),
                new Write("review status", "POST", "/api/feedback/review/recommendations/" + proposal + "/status", staff,
                        "{\"status\":\"UNDER_REVIEW\"}", () -> row("recommendation", proposal), 200),
                new Write("assignee", "PUT", "/api/feedback/review/recommendations/" + proposal + "/assignee", staff,
                        "{\"assignee\":\"moderator\"}", () -> row("recommendation", proposal), 200),
                new Write("note", "POST", "/api/feedback/review/recommendations/" + proposal + "/notes", staff,
                        "{\"text\":\"%s\"}".formatted(marker),
                        () -> StoredRows.one(db, "select count(*) from review_note where text = ?", marker), 201),
                new Write("official answer", "PUT", "/api/feedback/review/recommendations/" + answerable + "/answer", staff,
                        "{\"text\":\"Ответ\",\"answeredBy\":\"Акимат\"}", () -> row("recommendation", answerable), 200),
                new Write("moderate recommendation", "POST", "/api/feedback/moderation/recommendations/" + proposal, staff,
                        "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}", () -> row("recommendation", proposal), 200),
                new Write("erase my data", "DELETE", "/api/feedback/me", author, "{\"confirm\":\"DELETE\"}",
                        () -> StoredRows.one(db, "select t::text from profile t where subject = ?", authorSubject), 204));

        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Write write : writes) {
            ObjectNode valid = (ObjectNode) JSON.readTree(write.validBody());
            String before = write.stored().get();
            for (String field : FORBIDDEN) {
                if (valid.has(field)) {
                    continue;
                }
                ObjectNode forged = valid.deepCopy();
                forged.put(field, field.toLowerCase().contains("count") || field.equals("id") ? "999" : "FORGED");
                if (field.equals("author")) {
                    forged.putObject(field).put("subject", "someone-else").put("name", "Admin");
                }
                Response response = send(write, forged.toString());
                tried++;
                String what = write.name() + " with " + field + ": ";
                if (response.statusCode() != 400 || !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(what + response.statusCode() + " " + response.asString());
                } else if (!List.of(field).equals(response.jsonPath().getList("errors.field"))) {
                    wrong.add(what + "the refusal names " + response.jsonPath().getList("errors.field"));
                }
                String after = write.stored().get();
                if (!Objects.equals(before, after)) {
                    wrong.add(what + "stored state changed from " + before + " to " + after);
                    before = after;
                }
            }
            // the body itself was fine: without the extra field it goes through
            int status = send(write, write.validBody()).statusCode();
            if (status != write.successStatus()) {
                wrong.add(write.name() + " with the valid body: " + status + ", expected " + write.successStatus());
            }
        }
        assertTrue(tried > 300, "only " + tried + " forged bodies sent");
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong));
    }

    @Test
    void whatACitizenCreatesStartsWhereTheServiceSays() {
        String event = OpenEvents.open(events);
        Citizen author = Citizen.fresh("plain");
        int id = Feedback.recommendation(author.token(), event, "Обычное предложение");
        List<String> stored = StoredRows.row(db, """
                select status, visibility, endorsement_count, official_answer, answered_by, assigned_to, merged_into_id,
                       author_subject from recommendation where id = ?""", (long) id);
        assertEquals(List.of("SUBMITTED", "PUBLISHED", "0"), stored.subList(0, 3));
        assertEquals(java.util.Arrays.asList(null, null, null, null), stored.subList(3, 7));
        assertEquals(author.subject(), stored.get(7));
    }

    private Response send(Write write, String body) {
        return given().auth().oauth2(write.token()).contentType(ContentType.JSON).body(body)
                .when().request(write.method(), write.path());
    }

    private String row(String table, int id) {
        return StoredRows.one(db, "select t::text from " + table + " t where id = ?", (long) id);
    }

}
