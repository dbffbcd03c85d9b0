package org.pikir.feedback.recommendation;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.SqlStatements;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RecommendationResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    @Inject
    DataSource db;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    private Response submit(String token, String title, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"eventSlug":"%s","title":"%s","body":"%s","topic":"Elections","expectedEffect":"Fewer disputes",
                         "language":"ru"}""".formatted(event, title, body))
                .when().post("/api/feedback/recommendations");
    }

    private int submitted(String token, String title, String body) {
        return submit(token, title, body).then().statusCode(201).extract().path("id");
    }

    @Test
    void aCitizenSubmitsAndThePublicSeesStatusAndCounts() {
        submit(TestTokens.citizen(), "Публиковать протоколы заседаний", "Все протоколы онлайн в течение недели")
                .then().statusCode(201)
                .header("Location", containsString("/api/feedback/recommendations/"))
                .body("status", equalTo("SUBMITTED"))
                .body("topic", equalTo("elections"))
                .body("endorsementCount", equalTo(0))
                .body("authorName", equalTo(Feedback.displayName(TestTokens.citizen())))
                .body("officialAnswer", nullValue());
        given().queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("Публиковать протоколы заседаний"))
                .body("items[0].expectedEffect", equalTo("Fewer disputes"))
                .body(not(containsString("authorSubject")));
    }

    @Test
    void theListsTotalFollowsModerationWithoutCountingTheEvent() throws Exception {
        int kept = submitted(TestTokens.citizen(), "Открытые заседания маслихата", "Трансляции всех заседаний");
        int hidden = submitted(TestTokens.citizen(), "Единый реестр обращений", "Все обращения в одном реестре");
        int removed = submitted(TestTokens.citizen(), "Отчёты акимов каждый квартал", "Публичные отчёты раз в квартал");
        assertEquals(3, total());

        Feedback.moderate(TestTokens.moderator(), "recommendations", hidden, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);
        // hidden ones stay in the list, shown without their text
        assertEquals(3, total());

        Feedback.sql(db, "update recommendation set visibility = 'DELETED' where id = " + removed);
        Feedback.sql(db, "update recommendation set visibility = 'PENDING' where id = " + kept);
        assertEquals(1, total());
        Feedback.sql(db, "update recommendation set visibility = 'PUBLISHED' where id = " + kept);
        assertEquals(2, total());
        given().queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().statusCode(200).body("items", hasSize(2));
    }

    private int total() {
        return given().queryParam("event", event).queryParam("size", 1).when().get("/api/feedback/recommendations")
                .then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void endorsementsCountOncePerPersonAndCanBeWithdrawn() {
        int id = submitted(TestTokens.citizen(), "Расширить сеть ЦОНов", "Больше центров обслуживания в сёлах");
        String other = TestTokens.forUser("citizen2", "citizen");
        String third = TestTokens.forUser("citizen3", "citizen");
        given().auth().oauth2(other).when().put("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(200).body("endorsed", equalTo(true)).body("endorsementCount", equalTo(1));
        given().auth().oauth2(other).when().put("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(200).body("endorsementCount", equalTo(1));
        given().auth().oauth2(third).when().put("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(200).body("endorsementCount", equalTo(2));
        given().auth().oauth2(other).when().delete("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(200).body("endorsed", equalTo(false)).body("endorsementCount", equalTo(1));
        given().auth().oauth2(other).when().delete("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(200).body("endorsementCount", equalTo(1));
        given().auth().oauth2(third).when().get("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(200).body("endorsed", equalTo(true));
        given().when().get("/api/feedback/recommendations/" + id).then().body("endorsementCount", equalTo(1));
    }

    @Test
    void oneCannotEndorseOnesOwn() {
        int id = submitted(TestTokens.citizen(), "Собственное предложение", "Текст");
        given().auth().oauth2(TestTokens.citizen()).when().put("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(409).body("type", containsString("own-recommendation"));
    }

    @Test
    void theAuthorIsToldWhichRecommendationsAreTheirOwn() {
        String author = TestTokens.forUser("own-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
        String other = TestTokens.forUser("citizen2", "citizen");
        int own = submitted(author, "Моё собственное предложение", "Текст автора");
        int theirs = submitted(other, "Чужое предложение о парках", "Текст другого");
        given().auth().oauth2(author).queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().statusCode(200)
                .body("items.find { it.id == %d }.mine".formatted(own), equalTo(true))
                .body("items.find { it.id == %d }.mine".formatted(theirs), equalTo(false));
        given().auth().oauth2(author).when().get("/api/feedback/recommendations/" + own)
                .then().statusCode(200).body("mine", equalTo(true));
        given().auth().oauth2(other).when().get("/api/feedback/recommendations/" + own)
                .then().statusCode(200).body("mine", equalTo(false));
        given().when().get("/api/feedback/recommendations/" + own)
                .then().statusCode(200).body("$", not(hasKey("mine")));
        // and the API refuses what the page does not offer
        given().auth().oauth2(author).when().put("/api/feedback/recommendations/" + own + "/endorsement")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"targetType\":\"RECOMMENDATION\",\"targetId\":%d,\"reason\":\"SPAM\"}".formatted(own))
                .when().post("/api/feedback/flags")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void topSortsByEndorsements() {
        int first = submitted(TestTokens.citizen(), "Первое предложение", "Текст один");
        int second = submitted(TestTokens.citizen(), "Второе предложение", "Текст два");
        given().auth().oauth2(TestTokens.forUser("citizen2", "citizen"))
                .when().put("/api/feedback/recommendations/" + first + "/endorsement").then().statusCode(200);
        given().queryParam("event", event).queryParam("sort", "top").when().get("/api/feedback/recommendations")
                .then().body("items[0].id", equalTo(first)).body("items[1].id", equalTo(second));
        given().queryParam("event", event).queryParam("sort", "loudest").when().get("/api/feedback/recommendations")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void similarRecommendationsAreOfferedWhileDrafting() {
        submitted(TestTokens.citizen(), "Проводить общественные слушания в каждом районе", "Слушания по реформе в районах");
        submitted(TestTokens.citizen(), "Снизить тарифы на электроэнергию", "Тарифы слишком высокие");
        given().queryParam("event", event).queryParam("text", "общественные слушания в районах")
                .when().get("/api/feedback/recommendations/similar")
                .then().statusCode(200)
                .body("title", hasItem("Проводить общественные слушания в каждом районе"))
                .body("title", not(hasItem("Снизить тарифы на электроэнергию")));
    }

    @Test
    void aCampaignOfIdenticalTitlesIsOfferedOnceAndALongDraftIsCutToATitle() {
        String title = "Открыть архивы заседаний рабочей группы " + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            submitted(TestTokens.forUser("campaign-" + i + "-" + System.nanoTime(), "citizen"), title, "Текст номер " + i);
        }
        given().queryParam("event", event).queryParam("text", title)
                .when().get("/api/feedback/recommendations/similar")
                .then().statusCode(200)
                .body("findAll { it.title == '%s' }.size()".formatted(title), equalTo(1));
        // a whole draft pasted as the text is cut to a title's length (never inside a character), not refused
        given().queryParam("event", event).queryParam("text", "a".repeat(199) + "😀" + "b".repeat(1500))
                .when().get("/api/feedback/recommendations/similar")
                .then().statusCode(200);
    }

    @Test
    void closedConsultationsTakeNoRecommendationsOrEndorsements() {
        String closed = OpenEvents.stub(events, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"), false);
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"Поздно уже\",\"body\":\"x\",\"language\":\"kk\"}".formatted(closed))
                .when().post("/api/feedback/recommendations")
                .then().statusCode(409).body("type", containsString("consultation-closed"));
    }

    @Test
    void citizensCannotSetStatusCountsOrAnswers() {
        for (String field : new String[] {"\"status\":\"ACCEPTED\"", "\"endorsementCount\":999",
                "\"officialAnswer\":\"yes\"", "\"authorName\":\"Akim\""}) {
            given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                    .body("{\"eventSlug\":\"%s\",\"title\":\"Подмена полей\",\"body\":\"x\",\"language\":\"ru\",%s}"
                            .formatted(event, field))
                    .when().post("/api/feedback/recommendations")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void invalidInputNamesTheFields() {
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"abc\",\"body\":\"\",\"language\":\"fr\"}".formatted(event))
                .when().post("/api/feedback/recommendations")
                .then().statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("body"))
                .body("errors.field", hasItem("language"));
    }

    @Test
    void roleMatrix() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/feedback/recommendations").then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("robot")).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"Без роли\",\"body\":\"x\",\"language\":\"ru\"}".formatted(event))
                .when().post("/api/feedback/recommendations").then().statusCode(403);
        given().when().put("/api/feedback/recommendations/1/endorsement").then().statusCode(401);
        given().when().get("/api/feedback/recommendations/999999999").then().statusCode(404);
    }

    @Test
    void retriedSubmissionsDoNotDuplicate() {
        String key = "rec-" + UUID.randomUUID();
        String body = "{\"eventSlug\":\"%s\",\"title\":\"Один раз только\",\"body\":\"x\",\"language\":\"ru\"}".formatted(event);
        int first = given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/feedback/recommendations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/feedback/recommendations").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("event", event).when().get("/api/feedback/recommendations").then().body("items", hasSize(1));
    }

    @Test
    void aSignedInReaderSeesWhatTheyEndorseInEveryPublicListAndNoSharedCacheKeepsIt() {
        int endorsed = submitted(TestTokens.citizen(), "Публиковать бюджет района", "Бюджет района в открытом формате");
        int other = submitted(TestTokens.citizen(), "Обучать наблюдателей района", "Курсы для наблюдателей");
        String reader = TestTokens.forUser("reader-" + UUID.randomUUID(), "citizen");
        Feedback.endorse(reader, endorsed);

        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("event", event),
                Map.of("event", event, "sort", "top"), Map.of("event", event, "grouped", true))) {
            given().auth().oauth2(reader).queryParams(query).when().get("/api/feedback/recommendations")
                    .then().statusCode(200)
                    .header("Cache-Control", "private, no-store")
                    .header("Vary", containsString("Authorization"))
                    .body("items.find { it.id == %d }.endorsedByMe".formatted(endorsed), equalTo(true))
                    .body("items.find { it.id == %d }.endorsedByMe".formatted(other), equalTo(false));
            given().queryParams(query).when().get("/api/feedback/recommendations")
                    .then().statusCode(200)
                    .header("Cache-Control", nullValue())
                    .body("items.findAll { it.containsKey('endorsedByMe') }", hasSize(0));
        }
        given().auth().oauth2(reader).when().get("/api/feedback/recommendations/" + endorsed)
                .then().statusCode(200).header("Cache-Control", "private, no-store").body("endorsedByMe", equalTo(true));
        given().when().get("/api/feedback/recommendations/" + endorsed)
                .then().statusCode(200).body("$", not(hasKey("endorsedByMe")));
        given().auth().oauth2(reader).queryParam("event", event).queryParam("text", "бюджет района")
                .when().get("/api/feedback/recommendations/similar")
                .then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("find { it.id == %d }.endorsedByMe".formatted(endorsed), equalTo(true));
        given().auth().oauth2(reader + "x").queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void whatTheReaderEndorsesIsOneStatementForTheWholePage() {
        String reader = TestTokens.forUser("counted-" + UUID.randomUUID(), "citizen");
        List<Integer> costs = new ArrayList<>();
        for (int size : new int[] {2, 8}) {
            event = OpenEvents.open(events);
            for (int i = 0; i < size; i++) {
                int id = submitted(TestTokens.citizen(), "Предложение номер " + i, "Текст " + i);
                if (i % 2 == 0) {
                    Feedback.endorse(reader, id);
                }
            }
            String slug = event;
            List<String> anonymous = statements.during(() -> given().queryParam("event", slug)
                    .when().get("/api/feedback/recommendations").then().statusCode(200).body("items", hasSize(size)));
            List<String> signedIn = statements.during(() -> given().auth().oauth2(reader).queryParam("event", slug)
                    .when().get("/api/feedback/recommendations").then().statusCode(200)
                    .body("items.findAll { it.endorsedByMe }", hasSize(size / 2)));
            assertEquals(anonymous.size() + 1, signedIn.size(), String.join("\n", signedIn));
            costs.add(signedIn.size());
        }
        assertEquals(costs.get(0), costs.get(1), "the same statements for 2 items as for 8");
    }
}
