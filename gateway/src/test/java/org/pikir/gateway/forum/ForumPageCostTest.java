package org.pikir.gateway.forum;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.BackendCalls;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A forum page costs a fixed number of backend calls whatever the forum holds: the forum, one page of comment
 * threads, one page of recommendations (for a signed-in citizen with their token, which says what they endorse),
 * counted on the stub services for a forum with 30 recommendations and 25 threads (the topic catalogue, read once
 * in a while for every page, is read before counting).
 */
@QuarkusTest
class ForumPageCostTest {

    @Inject
    TopicCatalogue catalogue;

    private String slug;

    @BeforeEach
    void aBusyForum() {
        // the topic catalogue is read once per pikir.gateway.topic-cache (30 s), not per page: read it afresh before
        // counting (on the home page, whose list of forums this test does not rely on another test to have stubbed),
        // so that a copy an earlier test kept does not expire between this warm-up and the counted page
        catalogue.forget();
        Stubs.forums();
        given().when().get("/").then().statusCode(200);
        slug = "cost-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug))
                .willReturn(Stubs.json(200, Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug))));
        List<Map<String, Object>> threads = new ArrayList<>();
        for (int i = 25; i >= 1; i--) {
            Map<String, Object> thread = comment(1000 + i, null, 0);
            List<Map<String, Object>> replies = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                replies.add(comment(1000 * i + r, (long) (1000 + i), r));
            }
            thread.put("replies", replies);
            thread.put("replyCount", i % 5 == 0 ? 40 : replies.size());
            thread.put("moreReplies", i % 5 == 0 ? "more-" + i : null);
            threads.add(thread);
        }
        Stubs.feedback().register(get(urlPathEqualTo(Stubs.THREADS)).withQueryParam("event", WireMock.equalTo(slug))
                .willReturn(Stubs.json(200, Stubs.threadPage(threads, "after-25", 25 * 4 + 5 * 37))));
        List<Map<String, Object>> recommendations = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", 500 + i);
            r.put("eventSlug", slug);
            r.put("title", "Рекомендация " + i);
            r.put("body", "Текст " + i);
            r.put("language", "ru");
            r.put("authorName", "Автор " + i);
            r.put("status", "UNDER_REVIEW");
            r.put("visibility", "PUBLISHED");
            r.put("endorsementCount", 31 - i);
            r.put("createdAt", "2026-03-01T10:00:00Z");
            r.put("endorsedByMe", i % 2 == 0);
            recommendations.add(r);
        }
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/recommendations")).withQueryParam("event", WireMock.equalTo(slug))
                .willReturn(Stubs.json(200, Stubs.write(Map.of("items", recommendations, "page", 0, "size", 30,
                        "totalItems", 30, "totalPages", 1)))));
    }

    @Test
    void anAnonymousVisitorsForumPageCostsThreeCalls() {
        List<String> calls = BackendCalls.callsFor(given().header("Accept-Language", "en"), "/forums/" + slug);

        assertThat(calls, containsInAnyOrder("events GET /api/events/" + slug,
                "feedback GET " + Stubs.THREADS, "feedback GET /api/feedback/recommendations"));
        assertThat(Stubs.feedback().find(WireMock.getRequestedFor(urlPathEqualTo("/api/feedback/recommendations"))
                .withQueryParam("event", WireMock.equalTo(slug))).get(0).getHeader("Authorization"), nullValue());
    }

    @Test
    void aSignedInCitizensForumPageCostsThreeCallsToo() {
        String session = SignIn.asCitizen();
        List<String> calls = BackendCalls.callsFor(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en"),
                "/forums/" + slug);

        assertThat(calls, containsInAnyOrder("events GET /api/events/" + slug,
                "feedback GET " + Stubs.THREADS, "feedback GET /api/feedback/recommendations"));
        LoggedRequest listing = Stubs.feedback().find(WireMock.getRequestedFor(urlPathEqualTo("/api/feedback/recommendations"))
                .withQueryParam("event", WireMock.equalTo(slug))).get(0);
        assertThat(listing.getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("citizen")));
    }

    @Test
    void aThreadPageCostsThreeCalls() {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/comments/1025/replies"))
                .willReturn(Stubs.json(200, "{\"items\":[],\"nextCursor\":null}")));
        List<String> calls = BackendCalls.callsFor(given().header("Accept-Language", "en"), "/forums/" + slug + "/comments/1025");

        assertThat(calls, containsInAnyOrder("events GET /api/events/" + slug,
                "feedback GET " + Stubs.THREADS, "feedback GET /api/feedback/comments/1025/replies"));
    }

    private Map<String, Object> comment(long id, Long parentId, int depth) {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", id);
        comment.put("eventSlug", slug);
        comment.put("parentId", parentId);
        comment.put("body", "Комментарий " + id);
        comment.put("language", "ru");
        comment.put("authorName", "Автор " + id);
        comment.put("status", "PUBLISHED");
        comment.put("createdAt", "2026-03-01T10:00:00Z");
        if (depth > 0) {
            comment.put("depth", depth);
        }
        return comment;
    }
}
