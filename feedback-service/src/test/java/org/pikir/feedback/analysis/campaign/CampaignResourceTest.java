package org.pikir.feedback.analysis.campaign;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CampaignResourceTest {

    private static final String PARLIAMENT = "Прошу сохранить двухпалатный парламент и не сокращать число депутатов"
            + " мажилиса, так как регионы потеряют представительство в столице.";

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    CampaignTask task;

    private static String campaigns(String event) {
        return "/api/feedback/analysis/" + event + "/campaigns";
    }

    private static Response moderateCampaign(String token, long id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/feedback/moderation/campaigns/" + id);
    }

    @Test
    void campaignsAreListedLargestFirstWithTheirMembersPaged() throws Exception {
        String event = OpenEvents.open(events);
        StoredCampaign forum = new StoredCampaign(db, event);
        List<Long> land = forum.copies(12, 21, "PUBLISHED");
        forum.copies(2, 22, "PENDING");
        List<String> parliament = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            parliament.add((i % 3 == 0 ? "Добрый день! " : "") + PARLIAMENT + " Автор " + i);
        }
        List<Long> second = forum.insert(parliament, "PUBLISHED");
        forum.distinct(30, 23);
        task.run(new StoredCampaign.Context(event));

        String next = given().auth().oauth2(TestTokens.moderator()).queryParam("size", 1)
                .when().get(campaigns(event))
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].memberCount", equalTo(25))
                .body("items[0].eventSlug", equalTo(event))
                .body("items[0].representative.type", equalTo("COMMENT"))
                .body("items[0].representative.id", equalTo(second.get(0).intValue()))
                .body("items[0].representative.text", startsWith("Добрый день! Прошу сохранить"))
                .body("items[0].representative.language", equalTo("ru"))
                .body("items[0].byStatus.PUBLISHED", equalTo(25))
                .body("items[0].byStatus.HIDDEN", equalTo(0))
                .body("items[0].firstAt", notNullValue())
                .body("items[0].detectedAt", notNullValue())
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        int landId = given().auth().oauth2(TestTokens.admin()).queryParam("size", 1).queryParam("after", next)
                .when().get(campaigns(event))
                .then().statusCode(200)
                .body("items[0].memberCount", equalTo(14))
                .body("items[0].byStatus.PUBLISHED", equalTo(12))
                .body("items[0].byStatus.PENDING", equalTo(2))
                .body("nextCursor", nullValue())
                .extract().path("items[0].id");

        given().auth().oauth2(TestTokens.moderator()).when().get(campaigns(event) + "/" + landId)
                .then().statusCode(200).body("id", equalTo(landId)).body("memberCount", equalTo(14));
        String elsewhere = OpenEvents.open(events);
        given().auth().oauth2(TestTokens.moderator()).when().get(campaigns(elsewhere) + "/" + landId)
                .then().statusCode(404);

        List<Integer> members = new ArrayList<>();
        String after = null;
        do {
            var page = given().auth().oauth2(TestTokens.moderator()).queryParam("size", 5)
                    .queryParam("after", after == null ? "" : after)
                    .when().get(campaigns(event) + "/" + landId + "/members")
                    .then().statusCode(200).extract();
            members.addAll(page.path("items.id"));
            after = page.path("nextCursor");
        } while (after != null);
        assertEquals(14, members.size());
        assertEquals(14, new HashSet<>(members).size());
        assertEquals(land.get(0).intValue(), members.get(0), "oldest first");
        given().auth().oauth2(TestTokens.moderator()).queryParam("size", 1)
                .when().get(campaigns(event) + "/" + landId + "/members")
                .then().body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0].authorName", startsWith("Автор"))
                .body("items[0].text", notNullValue())
                .body("items[0].createdAt", notNullValue());

        given().auth().oauth2(TestTokens.moderator()).queryParam("after", "nonsense")
                .when().get(campaigns(event)).then().statusCode(400).body("errors.field", hasItem("after"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("size", 101)
                .when().get(campaigns(event)).then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void onlyStaffSeeAndModerateCampaigns() throws Exception {
        String event = OpenEvents.open(events);
        new StoredCampaign(db, event).copies(10, 31, "PUBLISHED");
        task.run(new StoredCampaign.Context(event));
        int id = given().auth().oauth2(TestTokens.moderator()).when().get(campaigns(event))
                .then().statusCode(200).extract().path("items[0].id");

        given().when().get(campaigns(event)).then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).when().get(campaigns(event)).then().statusCode(403);
        given().auth().oauth2(TestTokens.citizen()).when().get(campaigns(event) + "/" + id + "/members")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"action\":\"PUBLISH\"}")
                .when().post("/api/feedback/moderation/campaigns/" + id).then().statusCode(401);
        moderateCampaign(TestTokens.citizen(), id, "{\"action\":\"PUBLISH\"}").then().statusCode(403);
        moderateCampaign(TestTokens.editor(), id, "{\"action\":\"PUBLISH\"}").then().statusCode(403);
    }

    @Test
    void aCampaignDecisionModeratesEveryMemberAsOneDecisionEach() throws Exception {
        String event = OpenEvents.open(events);
        StoredCampaign forum = new StoredCampaign(db, event);
        List<Long> published = forum.copies(11, 41, "PUBLISHED");
        List<Long> pending = forum.copies(2, 42, "PENDING");
        List<Long> deleted = forum.copies(1, 43, "DELETED");
        task.run(new StoredCampaign.Context(event));
        int id = given().auth().oauth2(TestTokens.moderator()).when().get(campaigns(event))
                .then().statusCode(200).body("items[0].memberCount", equalTo(13)).extract().path("items[0].id");

        moderateCampaign(TestTokens.moderator(), id, "{\"action\":\"HIDE\"}")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        moderateCampaign(TestTokens.moderator(), id, "{\"reason\":\"SPAM\"}")
                .then().statusCode(400).body("errors.field", hasItem("action"));
        moderateCampaign(TestTokens.moderator(), id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\",\"note\":\"%s\"}"
                .formatted("n".repeat(501))).then().statusCode(400).body("errors.field", hasItem("note"));
        moderateCampaign(TestTokens.moderator(), 999_999_999, "{\"action\":\"PUBLISH\"}").then().statusCode(404);

        // hiding starts only from published: the two pending members are left for a reject or a publish
        moderateCampaign(TestTokens.moderator(), id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\",\"note\":\"кампания\"}")
                .then().statusCode(200).body("affected", equalTo(11));
        given().auth().oauth2(TestTokens.moderator()).when().get(campaigns(event) + "/" + id)
                .then().body("byStatus.HIDDEN", equalTo(11)).body("byStatus.PENDING", equalTo(2));
        moderateCampaign(TestTokens.admin(), id, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200).body("affected", equalTo(13));
        assertEquals(List.of("DELETED"), statuses(deleted));
        assertEquals(List.of("REJECTED", "REJECTED"), statuses(pending));

        long member = published.get(3);
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "comment:" + member)
                .when().get("/api/feedback/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("moderation.reject", "moderation.hide")))
                .body("items[1].before.visibility", equalTo("PUBLISHED"))
                .body("items[1].after.visibility", equalTo("HIDDEN"))
                .body("items[1].after.note", equalTo("кампания"))
                .body("items[0].actor", equalTo("admin"));
        assertEquals(List.of("HIDE 11", "REJECT 13"), campaignAudit(id));
        assertEquals(11 + 13, notifications(published, pending), "each author hears of each decision");
    }

    private List<String> statuses(List<Long> ids) throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement("select status from comment where id = any(?)")) {
            query.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
        }
        return statuses;
    }

    private List<String> campaignAudit(long id) throws Exception {
        List<String> entries = new ArrayList<>();
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select after ->> 'action', after ->> 'affected' from audit_entry
                     where action = 'moderation.campaign' and target_type = 'campaign' and target_id = ? order by id""")) {
            query.setString(1, String.valueOf(id));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
        return entries;
    }

    private int notifications(List<Long> first, List<Long> second) throws Exception {
        List<Long> ids = new ArrayList<>(first);
        ids.addAll(second);
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select count(*) from notification
                     where target_type = 'COMMENT' and target_id = any(?) and kind = 'MODERATED'""")) {
            query.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
