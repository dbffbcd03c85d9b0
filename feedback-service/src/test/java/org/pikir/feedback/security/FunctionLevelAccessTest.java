package org.pikir.feedback.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.testing.security.ApiOperation;
import org.pikir.platform.testing.security.ApiOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation feedback-service publishes in its OpenAPI document, pinned by name to who may
 * call it (docs/api.md), and called as each role. A new endpoint fails the first test until it is
 * given its place here. The targets do not exist (an unknown event, id 999999999) and the bodies are
 * empty, so a call that passes the access check answers 400, 404 or an empty result and changes nothing.
 */
@QuarkusTest
class FunctionLevelAccessTest {

    enum Access {
        /** anyone, signed in or not */
        PUBLIC,
        /** a signed-in citizen (every account has the role) */
        CITIZEN,
        /** a moderator or an administrator */
        STAFF,
        /** an administrator */
        ADMIN
    }

    private static final String F = "/api/feedback";
    private static final Map<String, Access> PINNED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET " + F + "/comments", Access.PUBLIC),
            Map.entry("GET " + F + "/comments/threads", Access.PUBLIC),
            Map.entry("GET " + F + "/comments/{id}/replies", Access.PUBLIC),
            Map.entry("POST " + F + "/comments", Access.CITIZEN),
            Map.entry("PUT " + F + "/comments/{id}", Access.CITIZEN),
            Map.entry("DELETE " + F + "/comments/{id}", Access.CITIZEN),
            Map.entry("GET " + F + "/recommendations", Access.PUBLIC),
            Map.entry("GET " + F + "/recommendations/similar", Access.PUBLIC),
            Map.entry("GET " + F + "/recommendations/{id}", Access.PUBLIC),
            Map.entry("POST " + F + "/recommendations", Access.CITIZEN),
            Map.entry("GET " + F + "/recommendations/{id}/endorsement", Access.CITIZEN),
            Map.entry("PUT " + F + "/recommendations/{id}/endorsement", Access.CITIZEN),
            Map.entry("DELETE " + F + "/recommendations/{id}/endorsement", Access.CITIZEN),
            Map.entry("POST " + F + "/flags", Access.CITIZEN),
            Map.entry("GET " + F + "/me", Access.CITIZEN),
            Map.entry("DELETE " + F + "/me", Access.CITIZEN),
            Map.entry("PUT " + F + "/me/profile", Access.CITIZEN),
            Map.entry("GET " + F + "/me/items", Access.CITIZEN),
            Map.entry("GET " + F + "/me/export", Access.CITIZEN),
            Map.entry("GET " + F + "/me/notifications", Access.CITIZEN),
            Map.entry("POST " + F + "/me/notifications/read", Access.CITIZEN),
            Map.entry("GET " + F + "/moderation/log", Access.PUBLIC),
            Map.entry("GET " + F + "/moderation/policies/{eventSlug}", Access.STAFF),
            Map.entry("PUT " + F + "/moderation/policies/{eventSlug}", Access.STAFF),
            Map.entry("GET " + F + "/moderation/queue", Access.STAFF),
            Map.entry("POST " + F + "/moderation/comments/{id}", Access.STAFF),
            Map.entry("POST " + F + "/moderation/recommendations/{id}", Access.STAFF),
            Map.entry("POST " + F + "/moderation/campaigns/{id}", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/dashboard", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/items", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/jobs", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/jobs/current", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/jobs/{id}", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/themes", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/themes/{id}", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/jobs", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/jobs/{id}/cancel", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/tags", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/themes", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/themes/{id}/accept", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/themes/{id}/discard", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/themes/{id}/merge", Access.STAFF),
            Map.entry("POST " + F + "/analysis/{eventSlug}/themes/{id}/split", Access.STAFF),
            Map.entry("PUT " + F + "/analysis/{eventSlug}/items/{type}/{id}/note", Access.STAFF),
            Map.entry("PUT " + F + "/analysis/{eventSlug}/themes/{id}", Access.STAFF),
            Map.entry("PUT " + F + "/analysis/{eventSlug}/themes/{id}/response", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/campaigns", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/campaigns/{id}", Access.STAFF),
            Map.entry("GET " + F + "/analysis/{eventSlug}/campaigns/{id}/members", Access.STAFF),
            Map.entry("GET " + F + "/review/queue", Access.STAFF),
            Map.entry("GET " + F + "/review/groups", Access.STAFF),
            Map.entry("GET " + F + "/review/staff", Access.STAFF),
            Map.entry("GET " + F + "/review/recommendations/{id}", Access.STAFF),
            Map.entry("POST " + F + "/review/recommendations/{id}/status", Access.STAFF),
            Map.entry("PUT " + F + "/review/recommendations/{id}/assignee", Access.STAFF),
            Map.entry("GET " + F + "/review/recommendations/{id}/notes", Access.STAFF),
            Map.entry("POST " + F + "/review/recommendations/{id}/notes", Access.STAFF),
            Map.entry("PUT " + F + "/review/recommendations/{id}/answer", Access.STAFF),
            Map.entry("GET " + F + "/reports/{eventSlug}", Access.PUBLIC),
            Map.entry("GET " + F + "/drafts/{draftId}/counts", Access.PUBLIC),
            Map.entry("GET " + F + "/reports/{eventSlug}/overdue", Access.STAFF),
            Map.entry("GET " + F + "/exports/{eventSlug}/comments.csv", Access.STAFF),
            Map.entry("GET " + F + "/exports/{eventSlug}/comments.json", Access.STAFF),
            Map.entry("GET " + F + "/exports/{eventSlug}/recommendations.csv", Access.STAFF),
            Map.entry("GET " + F + "/exports/{eventSlug}/recommendations.json", Access.STAFF),
            Map.entry("GET " + F + "/open-data/{eventSlug}.json", Access.PUBLIC),
            Map.entry("GET " + F + "/audit", Access.ADMIN)));

    private static final Map<String, String> NOTHING_THERE = Map.of("id", "999999999",
            "eventSlug", "no-such-forum-for-access-checks", "type", "COMMENT");

    private record Caller(String name, String token, Set<Access> allowed) {
    }

    private static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null, Set.of(Access.PUBLIC)),
            new Caller("a token without roles", TestTokens.forUser("robot"), Set.of(Access.PUBLIC)),
            new Caller("citizen", TestTokens.citizen(), Set.of(Access.PUBLIC, Access.CITIZEN)),
            new Caller("editor", TestTokens.editor(), Set.of(Access.PUBLIC, Access.CITIZEN)),
            new Caller("moderator", TestTokens.moderator(), Set.of(Access.PUBLIC, Access.CITIZEN, Access.STAFF)),
            new Caller("admin", TestTokens.admin(), Set.of(Access.values())));

    @Test
    void everyPublishedOperationIsPinnedToWhoMayCallIt() {
        Set<String> published = ApiOperations.published(F).stream().map(ApiOperation::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unpinned = new TreeSet<>(published);
        unpinned.removeAll(PINNED.keySet());
        Set<String> gone = new TreeSet<>(PINNED.keySet());
        gone.removeAll(published);
        assertTrue(unpinned.isEmpty(), "operations nobody decided access for (add them to PINNED): " + unpinned);
        assertTrue(gone.isEmpty(), "pinned operations the service no longer publishes: " + gone);
        assertEquals(PINNED.size(), published.size());
    }

    @Test
    void eachRoleIsLetThroughOnlyWhereDocsApiSays() {
        List<String> wrong = new ArrayList<>();
        for (ApiOperation operation : ApiOperations.published(F)) {
            Access access = PINNED.get(operation.toString());
            if (access == null) {
                continue;
            }
            for (Caller caller : CALLERS) {
                Response response = ApiOperations.call(operation, caller.token(), NOTHING_THERE);
                int status = response.statusCode();
                String what = operation + " as " + caller.name() + " (" + access + "): " + status;
                if (caller.allowed().contains(access)) {
                    if (status == 401 || status == 403 || status >= 500) {
                        wrong.add(what + ", expected to pass the access check");
                    }
                } else {
                    int expected = caller.token() == null ? 401 : 403;
                    if (status != expected) {
                        wrong.add(what + ", expected " + expected);
                    } else if (!response.contentType().startsWith("application/problem+json")) {
                        wrong.add(what + " without a problem document: " + response.contentType());
                    } else if (expected == 401 && !"Bearer".equals(response.header("WWW-Authenticate"))) {
                        wrong.add(what + " without WWW-Authenticate: Bearer");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
