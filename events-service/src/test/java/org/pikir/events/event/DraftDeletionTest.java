package org.pikir.events.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/** A draft that should never have been is deleted with everything in it; a published forum is archived instead. */
@QuarkusTest
class DraftDeletionTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aDraftIsDeletedWithItsPartsAndItsAddressIsFreeAgain() {
        TestForum forum = TestForum.draft();
        forum.addParticipant("Участник");
        forum.addSession("Сессия");
        forum.addStatement("Заявление");
        forum.addVersion(forum.addMaterial("draft.txt"), "draft-v2.txt");
        // read once, so a cached document exists that the deletion must drop
        TestForum.editor().when().get(forum.path()).then().statusCode(200);

        TestForum.editor().when().delete(forum.path()).then().statusCode(204);

        TestForum.editor().when().get(forum.path()).then().statusCode(404).contentType(PROBLEM);
        TestForum.editor().when().get(forum.path() + "/materials").then().statusCode(404);
        TestForum.editor().when().delete(forum.path()).then().statusCode(404).contentType(PROBLEM);
        TestForum.editor().body("""
                {"slug":"%s","title":{"ru":"Заново"},"city":"Астана","date":"2027-05-20"}""".formatted(forum.slug))
                .when().post("/api/events").then().statusCode(201);
        TestForum.editor().when().get(forum.path()).then().statusCode(200)
                .body("title.ru", equalTo("Заново"))
                .body("participants.size()", equalTo(0))
                .body("materials.size()", equalTo(0));
    }

    @Test
    void aPublishedOrArchivedForumIsNotDeleted() {
        TestForum forum = TestForum.draft().publish();
        TestForum.editor().when().delete(forum.path())
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("invalid-transition"));
        TestForum.editor().when().post(forum.path() + "/archive").then().statusCode(200);
        TestForum.editor().when().delete(forum.path())
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("event-archived"));
        given().when().get(forum.path()).then().statusCode(200);
        given().queryParam("status", "archived").when().get("/api/events").then().body("items.slug", hasItem(forum.slug));
    }

    @Test
    void onlyEditorsAndAdministratorsDeleteDrafts() {
        TestForum forum = TestForum.draft();
        given().when().delete(forum.path()).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.citizen()).when().delete(forum.path()).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.moderator()).when().delete(forum.path()).then().statusCode(403);
        TestForum.editor().when().get(forum.path()).then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).when().delete(forum.path())
                .then().statusCode(204);
        given().queryParam("q", forum.slug).when().get("/api/events").then().body("items.slug", not(hasItem(forum.slug)));
    }
}
