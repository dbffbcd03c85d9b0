package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A comment its author deleted stays in place, without text or name, so the replies to it keep their thread. */
@QuarkusTest
class DeletedCommentsTest {

    private String slug;
    private String forum;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("deleted");
        forum = "/forums/" + slug;
        Stubs.commentThreads(slug, """
                [{"id":21,"eventSlug":"%1$s","parentId":20,"body":"Ответ остаётся","language":"ru","authorName":"Дана",
                  "status":"PUBLISHED","createdAt":"2026-03-02T10:00:00Z"},
                 {"id":20,"eventSlug":"%1$s","body":null,"language":"ru","authorName":null,"status":"DELETED",
                  "createdAt":"2026-03-01T10:00:00Z"}]""".formatted(slug));
    }

    @Test
    void aDeletedCommentSaysSoAndKeepsItsReplies() {
        String html = given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200).extract().asString();

        String deleted = html.substring(html.indexOf("id=\"comment-20\""));
        assertThat(deleted, containsString("<p class=\"comment__hidden\">Deleted by the author</p>"));
        assertThat("its reply is still under it", deleted, containsString("id=\"comment-21\""));
        String own = deleted.substring(0, deleted.indexOf("id=\"comment-21\""));
        assertThat("no name, no reply or report link", own, not(containsString("comment__author")));
        assertThat(own, not(containsString("reply=20")));
        assertThat(own, not(containsString("comment=20")));
        given().header("Accept-Language", "ru").when().get(forum)
                .then().body(containsString("Удалено автором"));
        given().header("Accept-Language", "kk").when().get(forum)
                .then().body(containsString("Авторы жойды"));
    }

    @Test
    void aDeletedCommentCannotBeReported() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).when().get(forum + "/flags/new?comment=20")
                .then().statusCode(404);
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).when().get(forum + "/flags/new?comment=21")
                .then().statusCode(200);
    }
}
