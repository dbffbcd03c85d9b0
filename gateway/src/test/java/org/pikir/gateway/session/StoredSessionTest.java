package org.pikir.gateway.session;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signed-in browser's tokens are rows in the gateway's PostgreSQL, found by the session cookie:
 * what one gateway process stored, any other process reading the same database serves.
 */
@QuarkusTest
class StoredSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    Pool database;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void signingInStoresTheTokensInTheDatabaseUnderTheCookiesId() {
        String session = SignIn.asCitizen();

        Row row = tokensOf(session);
        assertNotNull(row, "the session's tokens are stored under the cookie's value");
        assertTrue(row.getString("access_token").startsWith("eyJ"), "the access token is kept on the server");
        assertEquals("stub-refresh-token", row.getString("refresh_token"));
    }

    @Test
    void aSessionWhoseRowIsInTheDatabaseIsSignedInWhateverProcessWroteIt() {
        String session = SignIn.asCitizen();
        // another browser's row, copied under a new id as another replica would have written it
        String copied = "1700000000" + java.util.UUID.randomUUID();
        database.preparedQuery("""
                        insert into oidc_db_token_state_manager (id, id_token, access_token, refresh_token, expires_in)
                        select $1, id_token, access_token, refresh_token, expires_in
                        from oidc_db_token_state_manager where id = $2""")
                .execute(Tuple.of(copied, session)).await().atMost(WAIT);

        given().cookie(SignIn.SESSION_COOKIE, copied).header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("Signed in as"));
    }

    @Test
    void signingOutDeletesTheStoredTokensSoACopiedCookieIsWorthNothing() {
        String session = SignIn.asCitizen();

        assertEquals(303, SignIn.signOut(session).statusCode());

        assertEquals(null, tokensOf(session), "sign-out deletes the row");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(not(containsString("Signed in as")))
                .body(containsString(">Sign in</a>"));
    }

    private Row tokensOf(String session) {
        List<Row> rows = new ArrayList<>();
        database.preparedQuery("select * from oidc_db_token_state_manager where id = $1")
                .execute(Tuple.of(session)).await().atMost(WAIT)
                .forEach(rows::add);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
