package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A comment its author changed after posting says so, with when, next to when it was written. */
@QuarkusTest
class EditedCommentsTest {

    private String forum;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        String slug = Stubs.forumOfItsOwn("edited");
        forum = "/forums/" + slug;
        Stubs.commentThreads(slug, """
                [{"id":30,"eventSlug":"%1$s","body":"Исправленный текст","language":"ru","authorName":"Дана",
                  "status":"PUBLISHED","createdAt":"2026-03-01T10:00:00Z","editedAt":"2026-03-01T10:12:00Z"},
                 {"id":31,"eventSlug":"%1$s","parentId":30,"body":"Ответ без правки","language":"ru","authorName":"Ерлан",
                  "status":"PUBLISHED","createdAt":"2026-03-01T11:00:00Z"},
                 {"id":32,"eventSlug":"%1$s","parentId":30,"body":"Исправленный ответ","language":"ru","authorName":"Асель",
                  "status":"PUBLISHED","createdAt":"2026-03-01T12:00:00Z","editedAt":"2026-03-01T12:05:00Z"}]"""
                .formatted(slug));
    }

    @Test
    void anEditedCommentOrReplyShowsWhenItWasEdited() {
        String html = given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200).extract().asString();
        String root = html.substring(html.indexOf("id=\"comment-30\""), html.indexOf("id=\"comment-31\""));
        assertThat(root, containsString("<span class=\"comment__edited\">edited <time datetime=\"2026-03-01T10:12:00Z\">"));
        String untouched = html.substring(html.indexOf("id=\"comment-31\""), html.indexOf("id=\"comment-32\""));
        assertThat(untouched, not(containsString("comment__edited")));
        String reply = html.substring(html.indexOf("id=\"comment-32\""));
        assertThat(reply, containsString("<span class=\"comment__edited\">edited <time datetime=\"2026-03-01T12:05:00Z\">"));
        given().header("Accept-Language", "ru").when().get(forum)
                .then().body(containsString("<span class=\"comment__edited\">изменено <time"));
        given().header("Accept-Language", "kk").when().get(forum)
                .then().body(containsString("<span class=\"comment__edited\">өзгертілді <time"));
    }
}
