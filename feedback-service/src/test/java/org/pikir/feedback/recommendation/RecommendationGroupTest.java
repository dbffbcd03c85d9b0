package org.pikir.feedback.recommendation;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class RecommendationGroupTest {

    private static final String CAMPAIGN_TITLE = "Сохраните парк Горького";
    private static final String CAMPAIGN_BODY =
            "Мы против вырубки деревьев в парке Горького и требуем сохранить зелёную зону для жителей района.";

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    RecommendationGroups groups;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    private Response submit(String token, String title, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"}"
                        .formatted(event, title, body))
                .when().post("/api/feedback/recommendations");
    }

    private JsonPath submitted(String token, String title, String body) {
        return submit(token, title, body).then().statusCode(201).extract().jsonPath();
    }

    /** A campaign text as people send it: copied, with a word or punctuation changed here and there. */
    private static String campaignCopy(int i) {
        return switch (i % 4) {
            case 0 -> CAMPAIGN_BODY;
            case 1 -> CAMPAIGN_BODY.replace("зелёную", "зеленую") + "!!";
            case 2 -> CAMPAIGN_BODY.replace("Мы против", "Я против");
            default -> CAMPAIGN_BODY + " Подпись " + i;
        };
    }

    private JsonPath groups(String token, String... parameters) {
        var request = given().auth().oauth2(token).queryParam("event", event);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/feedback/review/groups").then().statusCode(200).extract().jsonPath();
    }

    private long scalar(String query) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void theGroupsCopyOfItsRepresentativesTextGoesWhenTheAuthorErasesTheirData() throws SQLException {
        String author = citizen("representative-" + System.nanoTime());
        long group = submitted(author, CAMPAIGN_TITLE, campaignCopy(0)).getLong("groupId");
        assertEquals(1, scalar("select count(*) from recommendation_group where id = " + group
                + " and text like '%парке Горького%'"));
        given().auth().oauth2(author).contentType(ContentType.JSON).body("{\"confirm\":\"DELETE\"}")
                .when().delete("/api/feedback/me").then().statusCode(204);
        assertEquals(0, scalar("select count(*) from recommendation_group where id = " + group
                + " and text like '%парке Горького%'"), "the erased text lives on in the group row");
    }

    @Test
    void aCampaignOfNearIdenticalTextsIsOneGroupWithItsCount() {
        JsonPath first = submitted(citizen("campaigner-0"), CAMPAIGN_TITLE, campaignCopy(0));
        long group = first.getLong("groupId");
        assertEquals(1, first.getInt("groupSize"));
        for (int i = 1; i < 8; i++) {
            JsonPath copy = submitted(citizen("campaigner-" + i), CAMPAIGN_TITLE + (i % 2 == 0 ? "!" : ""), campaignCopy(i));
            assertEquals(group, copy.getLong("groupId"), "copy " + i + " joins the campaign's group");
            assertEquals(i + 1, copy.getInt("groupSize"), "the group counts copy " + i);
        }
        JsonPath other = submitted(TestTokens.citizen(), "Больше автобусов на окраинах",
                "Нужно пустить больше автобусов в микрорайоны по вечерам и в выходные дни.");
        assertNotEquals(group, other.getLong("groupId"), "a different proposal starts its own group");
        assertEquals(1, other.getInt("groupSize"));

        // the public sees the size on every member
        given().when().get("/api/feedback/recommendations/" + first.getInt("id")).then()
                .body("groupId", equalTo((int) group)).body("groupSize", equalTo(8));

        // the grouped list shows each group once, the campaign first, by its representative
        given().queryParam("event", event).queryParam("grouped", true).when().get("/api/feedback/recommendations")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(first.getInt("id")))
                .body("items[0].groupSize", equalTo(8))
                .body("items[1].id", equalTo(other.getInt("id")))
                .body("items[1].groupSize", equalTo(1));
        // the plain list still shows every recommendation
        given().queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().body("totalItems", equalTo(9));

        // staff see the groups largest first, with the representative's title and the count
        JsonPath staff = groups(TestTokens.moderator());
        assertEquals(List.of((int) group, other.getInt("groupId")), staff.getList("items.id"));
        assertEquals(CAMPAIGN_TITLE, staff.getString("items[0].representativeTitle"));
        assertEquals(first.getInt("id"), staff.getInt("items[0].representativeId"));
        assertEquals(List.of(8, 1), staff.getList("items.memberCount"));
        assertEquals(List.of((int) group), groups(TestTokens.admin(), "minSize", "2").getList("items.id"));
    }

    @Test
    void aSimilarButDifferentProposalIsNotADuplicate() {
        // about 0.46 alike: above pg_trgm's own default threshold (0.3), below the configured 0.7
        long abai = submitted(TestTokens.citizen(), "Велодорожки на Абая", "Построить велодорожки на проспекте Абая")
                .getLong("groupId");
        long satpayev = submitted(citizen("cyclist"), "Велодорожки на Сатпаева", "Построить велодорожки на улице Сатпаева")
                .getLong("groupId");
        assertNotEquals(abai, satpayev);
    }

    @Test
    void joiningAGroupIsNotAnEditOfTheRecommendation() throws SQLException {
        int first = submitted(citizen("version-1"), CAMPAIGN_TITLE, campaignCopy(0)).getInt("id");
        int second = submitted(citizen("version-2"), CAMPAIGN_TITLE, campaignCopy(1)).getInt("id");
        // the group is written by SQL alone; Hibernate sees no change and bumps no version
        assertEquals(0, scalar("select sum(version) from recommendation where id in (%d, %d)".formatted(first, second)));
        assertEquals(0, scalar("select count(*) from recommendation where id in (%d, %d) and updated_at <> created_at"
                .formatted(first, second)));
    }

    @Test
    void similarSubmissionsAtTheSameMomentKeepExactCounts() throws Exception {
        int parallel = 24;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> submissions = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String token = citizen("crowd-" + i);
                String body = campaignCopy(i);
                submissions.add(() -> submit(token, CAMPAIGN_TITLE, body).then().statusCode(201)
                        .extract().path("groupId"));
            }
            List<Integer> groupIds = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(submissions)) {
                groupIds.add(result.get());
            }
            // everyone found the same group, even the ones sent before the first was committed
            assertEquals(1, groupIds.stream().distinct().count(), "groups: " + groupIds);
            long group = groupIds.get(0);
            assertEquals(parallel, scalar("select member_count from recommendation_group where id = " + group));
            assertEquals(parallel, scalar("select count(*) from recommendation where group_id = " + group));
            assertEquals(1, scalar("select count(*) from recommendation_group where event_slug = '" + event + "'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recommendationsPlacedInTheSameInstantStillFindEachOther() throws Exception {
        int parallel = 8;
        CyclicBarrier allWritten = new CyclicBarrier(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Callable<Long>> placements = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String body = campaignCopy(i);
                String author = "same-instant-" + i;
                placements.add(() -> QuarkusTransaction.requiringNew().call(() -> {
                    Recommendation recommendation = draft(author, body);
                    recommendations.persist(recommendation);
                    recommendations.flush();
                    // every transaction has written its row, none has committed: then all look for a group at once
                    allWritten.await(30, TimeUnit.SECONDS);
                    groups.place(recommendation);
                    return recommendation.groupId;
                }));
            }
            List<Long> groupIds = new ArrayList<>();
            for (Future<Long> result : pool.invokeAll(placements)) {
                groupIds.add(result.get());
            }
            assertEquals(1, groupIds.stream().distinct().count(), "groups: " + groupIds);
            assertEquals(parallel, scalar("select member_count from recommendation_group where id = " + groupIds.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    private Recommendation draft(String author, String body) {
        Recommendation recommendation = new Recommendation();
        recommendation.eventSlug = event;
        recommendation.title = CAMPAIGN_TITLE;
        recommendation.body = body;
        recommendation.language = "ru";
        recommendation.authorSubject = TestTokens.subjectOf(author);
        recommendation.authorName = author;
        recommendation.status = RecommendationStatus.SUBMITTED;
        recommendation.visibility = Visibility.PUBLISHED;
        recommendation.createdAt = Instant.now();
        recommendation.updatedAt = recommendation.createdAt;
        return recommendation;
    }

    @Test
    void rejectedAndDeletedMembersStopCountingAndMergingKeepsWorking() throws SQLException {
        JsonPath first = submitted(citizen("park-1"), CAMPAIGN_TITLE, campaignCopy(0));
        int second = submitted(citizen("park-2"), CAMPAIGN_TITLE, campaignCopy(1)).getInt("id");
        int third = submitted(citizen("park-3"), CAMPAIGN_TITLE, campaignCopy(2)).getInt("id");
        int group = first.getInt("groupId");
        given().when().get("/api/feedback/recommendations/" + third).then().body("groupSize", equalTo(3));

        Feedback.moderate(TestTokens.moderator(), "recommendations", second,
                "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}").then().statusCode(200);
        given().when().get("/api/feedback/recommendations/" + third).then().body("groupSize", equalTo(2));

        sql(db, "update recommendation set visibility = 'DELETED' where id = " + third);
        given().when().get("/api/feedback/recommendations/" + first.getInt("id")).then().body("groupSize", equalTo(1));
        sql(db, "update recommendation set visibility = 'PUBLISHED' where id = " + third);
        given().when().get("/api/feedback/recommendations/" + first.getInt("id")).then().body("groupSize", equalTo(2));

        // a reviewer merges one member into the other: endorsements move, the group still holds both
        Feedback.endorse(citizen("supporter"), third);
        Feedback.status(TestTokens.moderator(), third,
                        "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(first.getInt("id")))
                .then().statusCode(200).body("status", equalTo("MERGED"));
        given().when().get("/api/feedback/recommendations/" + first.getInt("id")).then()
                .body("endorsementCount", equalTo(1)).body("groupId", equalTo(group)).body("groupSize", equalTo(2));
        given().when().get("/api/feedback/recommendations/" + third).then()
                .body("groupId", equalTo(group)).body("mergedIntoId", equalTo(first.getInt("id")));
        assertEquals(2, scalar("select member_count from recommendation_group where id = " + group));
    }

    @Test
    void theGroupedListShowsAPublishedMemberWhenTheRepresentativeIsHidden() {
        int representative = submitted(citizen("hide-1"), CAMPAIGN_TITLE, campaignCopy(0)).getInt("id");
        int member = submitted(citizen("hide-2"), CAMPAIGN_TITLE, campaignCopy(1)).getInt("id");
        Feedback.moderate(TestTokens.moderator(), "recommendations", representative,
                "{\"action\":\"HIDE\",\"reason\":\"PERSONAL_DATA\"}").then().statusCode(200);
        given().queryParam("event", event).queryParam("grouped", true).when().get("/api/feedback/recommendations")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(member))
                .body("items[0].title", equalTo(CAMPAIGN_TITLE))
                .body("items[0].groupSize", equalTo(2));
    }

    @Test
    void aGroupOutlivesItsRepresentativeBeingDeletedOutright() throws SQLException {
        JsonPath first = submitted(citizen("gone-1"), CAMPAIGN_TITLE, campaignCopy(0));
        int remaining = submitted(citizen("gone-2"), CAMPAIGN_TITLE, campaignCopy(1)).getInt("id");
        sql(db, "delete from recommendation where id = " + first.getInt("id"));
        JsonPath staff = groups(TestTokens.moderator());
        assertEquals(List.of(first.getInt("groupId")), staff.getList("items.id"));
        assertEquals(1, staff.getInt("items[0].memberCount"));
        assertNull(staff.get("items[0].representativeId"));
        given().queryParam("event", event).queryParam("grouped", true).when().get("/api/feedback/recommendations")
                .then().body("items.id", equalTo(List.of(remaining))).body("items[0].groupSize", equalTo(1));
    }

    @Test
    void theGroupsListPagesByKeyset() {
        List<Integer> expected = new ArrayList<>();
        String[] topics = {"Освещение дворов", "Ремонт школ", "Новые библиотеки", "Чистый воздух", "Бесплатный Wi-Fi"};
        for (int i = 0; i < topics.length; i++) {
            int id = submitted(TestTokens.citizen(), topics[i], "Предложение номер " + i + ": " + topics[i].repeat(2))
                    .getInt("groupId");
            expected.add(0, id);
        }
        List<Integer> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(TestTokens.admin()).queryParam("event", event).queryParam("size", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get("/api/feedback/review/groups").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            after = page.getString("nextCursor");
        } while (after != null);
        // equal sizes: newest group first
        assertEquals(expected, seen);
        given().auth().oauth2(TestTokens.admin()).queryParam("event", event).queryParam("after", "nonsense")
                .when().get("/api/feedback/review/groups").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theGroupsListIsForModeratorsAndAdminsOnly() {
        given().queryParam("event", event).when().get("/api/feedback/review/groups").then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).queryParam("event", event)
                .when().get("/api/feedback/review/groups").then().statusCode(403);
        given().auth().oauth2(TestTokens.editor()).queryParam("event", event)
                .when().get("/api/feedback/review/groups").then().statusCode(403);
        assertNotNull(groups(TestTokens.moderator()).getList("items"));
        assertNotNull(groups(TestTokens.admin()).getList("items"));
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/review/groups")
                .then().statusCode(400).contentType("application/problem+json");
        // the grouped public list needs no token
        given().queryParam("event", event).queryParam("grouped", true).when().get("/api/feedback/recommendations")
                .then().statusCode(200).body("items", notNullValue());
    }
}
