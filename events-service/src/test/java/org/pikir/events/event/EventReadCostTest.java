package org.pikir.events.event;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.events.SqlStatements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What one read of a whole forum costs in SQL, however big the forum. */
@QuarkusTest
class EventReadCostTest {

    /** The version check, the snapshot's isolation, the event row and one query per kind of part (drafts: one). */
    private static final long MOST_TO_ASSEMBLE = 9;

    @Inject
    SqlStatements sql;

    @Test
    void aForumIsAssembledWithTheSameFewStatementsWhateverItsSize() {
        TestForum small = TestForum.publishedWith(1);
        TestForum large = TestForum.publishedWith(30);

        long smallForum = sql.during(() -> given().when().get(small.path()).then().statusCode(200)
                .body("participants", hasSize(1)).body("materials", hasSize(1)));
        long largeForum = sql.during(() -> given().when().get(large.path()).then().statusCode(200)
                .body("participants", hasSize(30)).body("agenda", hasSize(30))
                .body("agenda[29].participantIds", hasSize(30)).body("statements", hasSize(30))
                .body("materials", hasSize(30)).body("materials[29].currentVersion", equalTo(2)));

        assertEquals(smallForum, largeForum, "statements for a forum of 1 and of 30 of each part");
        assertTrue(largeForum <= MOST_TO_ASSEMBLE, largeForum + " statements to assemble a forum");
    }

    @Test
    void aKeptForumCostsOneStatementAndSoDoesA304() {
        TestForum forum = TestForum.publishedWith(3);
        String etag = given().when().get(forum.path()).then().statusCode(200).extract().header("ETag");

        assertEquals(1, sql.during(() -> given().when().get(forum.path()).then().statusCode(200)
                .body("statements", hasSize(3))));
        assertEquals(1, sql.during(() -> given().header("If-None-Match", etag).when().get(forum.path())
                .then().statusCode(304)));
    }
}
