package org.pikir.events.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.testing.security.ApiOperation;
import org.pikir.platform.testing.security.ApiOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation events-service publishes, called as each role: reading is public, every write
 * needs an editor or an administrator. Walks the OpenAPI document, so a new endpoint is covered
 * the day it appears. A forum that does not exist is the target, so a write that gets through
 * the access check answers 404 and changes nothing.
 */
@QuarkusTest
class FunctionLevelAccessTest {

    private static final Map<String, String> NO_SUCH_FORUM = Map.of("slug", "no-such-forum-for-access-checks", "id", "1",
            "version", "1", "language", "en");

    @Test
    void theApiHasTheWritesThisTestExpects() {
        List<ApiOperation> writes = ApiOperations.published("/api/events").stream().filter(ApiOperation::writes).toList();
        // the count pins the surface: a new write endpoint must be looked at here before it ships
        assertEquals(36, writes.size(), "write operations changed: " + writes);
    }

    @Test
    void everyWriteNeedsASignedInEditor() {
        List<String> wrong = new ArrayList<>();
        for (ApiOperation operation : ApiOperations.published("/api/events")) {
            if (!operation.writes()) {
                continue;
            }
            expect(wrong, operation, "anonymous", null, 401);
            expect(wrong, operation, "citizen", TestTokens.citizen(), 403);
            expect(wrong, operation, "moderator", TestTokens.moderator(), 403);
            allowed(wrong, operation, "editor", TestTokens.editor());
            allowed(wrong, operation, "admin", TestTokens.forUser("root", "admin"));
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyReadIsPublic() {
        List<String> wrong = new ArrayList<>();
        for (ApiOperation operation : ApiOperations.published("/api/events")) {
            if (!operation.writes()) {
                allowed(wrong, operation, "anonymous", null);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void expect(List<String> wrong, ApiOperation operation, String who, String token, int status) {
        Response response = ApiOperations.call(operation, token, NO_SUCH_FORUM);
        if (response.statusCode() != status || !response.contentType().startsWith("application/problem+json")) {
            wrong.add(operation + " as " + who + ": " + response.statusCode() + " " + response.contentType() + ", expected " + status);
        }
    }

    private static void allowed(List<String> wrong, ApiOperation operation, String who, String token) {
        int status = ApiOperations.call(operation, token, NO_SUCH_FORUM).statusCode();
        if (status == 401 || status == 403 || status >= 500) {
            wrong.add(operation + " as " + who + ": " + status + ", expected to pass the access check");
        }
    }
}
