package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forum's comments a page of threads at a time, as feedback-service pages them: "show more" links carry its
 * cursor and work without JavaScript, newest or oldest first, the total over all pages, and a thread with more
 * replies than the forum page lists has its own page that pages them.
 */
@QuarkusTest
class CommentPagingTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"[^>]*>%s<");

    private String slug;
    private String forum;
    private String thread;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("paging");
        forum = "/forums/" + slug;
        thread = forum + "/comments/200";
    }

    @Test
    void theNextLinkCarriesTheCursorAndThePageItLeadsToShowsTheNextComments() {
        String cursor = "next-" + UUID.randomUUID();
        stubThreads("newest", null, List.of(thread(102, "Самый новый"), thread(101, "Чуть старше")), cursor, 1234);
        stubThreads("newest", cursor, List.of(thread(100, "Со второй страницы")), null, 1234);

        String first = given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200).extract().asString();
        assertThat(first, containsString("<p class=\"comments__count\" id=\"comments-count\">1,234 comments</p>"));
        assertThat(first, containsString("id=\"comment-102\""));
        assertThat(first, not(containsString("id=\"comment-100\"")));
        String next = href(first, "Show more comments");
        assertThat(next, containsString("cafter=" + cursor));
        assertThat(next, endsWith("#comments"));
        assertThat("the first page has no way back", first, not(containsString("Back to the start of the list")));

        String second = given().header("Accept-Language", "en").when().get(next.replace("#comments", ""))
                .then().statusCode(200).extract().asString();
        assertThat(second, containsString("Со второй страницы"));
        assertThat(second, not(containsString("id=\"comment-102\"")));
        assertThat("the total counts all pages", second, containsString("1,234 comments"));
        assertThat("the last page offers no more", second, not(containsString("Show more comments")));
        assertThat(href(second, "Back to the start of the list"), equalToPath(forum + "#comments"));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(Stubs.THREADS)).withQueryParam("event", equalTo(slug))
                .withQueryParam("order", equalTo("newest")).withQueryParam("after", equalTo(cursor))
                .withQueryParam("size", equalTo("20")));
    }

    @Test
    void oldestFirstIsALinkAwayAndItsNextPagesKeepTheOrder() {
        String cursor = "old-" + UUID.randomUUID();
        stubThreads("newest", null, List.of(thread(102, "Самый новый"), thread(101, "Чуть старше")), null, 2);
        stubThreads("oldest", null, List.of(thread(101, "Чуть старше"), thread(102, "Самый новый")), cursor, 3);

        String newest = given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200).extract().asString();
        assertThat(newest, containsString("<nav class=\"comment-order\" aria-label=\"Order of comments\">"));
        assertThat(newest, containsString("<a href=\"" + forum + "#comments\" aria-current=\"true\">Newest first</a>"));
        assertThat(newest, containsString("<a href=\"" + forum + "?corder=oldest#comments\">Oldest first</a>"));
        assertThat(newest.indexOf("id=\"comment-102\""), lessThan(newest.indexOf("id=\"comment-101\"")));

        String oldest = given().header("Accept-Language", "en").queryParam("corder", "oldest").when().get(forum)
                .then().statusCode(200).extract().asString();
        assertThat(oldest.indexOf("id=\"comment-101\""), lessThan(oldest.indexOf("id=\"comment-102\"")));
        assertThat(oldest, containsString("<a href=\"" + forum + "?corder=oldest#comments\" aria-current=\"true\">Oldest first</a>"));
        assertThat(href(oldest, "Show more comments"), equalToPath(forum + "?corder=oldest&cafter=" + cursor + "#comments"));
        // replying (after signing in) and reporting come back to the same page of the same order
        assertThat(oldest, containsString("%3Fcorder%3Doldest%26reply%3D101%23reply-form"));
        assertThat(oldest, containsString("/flags/new?comment=101&amp;corder=oldest\""));
    }

    @Test
    void theTotalIsShownInEachLanguageWithTheRightWordForTheNumber() {
        String ru = NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru")).format(1234);
        String kk = NumberFormat.getIntegerInstance(Locale.forLanguageTag("kk")).format(1234);
        Map<String, String> shown = Map.of("ru", ">" + ru + " комментария</p>", "kk", ">" + kk + " пікір</p>",
                "en", ">1,234 comments</p>");
        stubThreads("newest", null, List.of(thread(102, "Самый новый")), null, 1234);
        shown.forEach((lang, total) -> given().header("Accept-Language", lang).when().get(forum)
                .then().statusCode(200).body(containsString(total)));

        // each count on a forum of its own: a page without a session is shared for a moment
        for (Map.Entry<Long, String> count : Map.of(21L, ">21 комментарий</p>", 3L, ">3 комментария</p>",
                11L, ">11 комментариев</p>").entrySet()) {
            stubServices();
            stubThreads("newest", null, List.of(thread(102, "Самый новый")), null, count.getKey());
            given().header("Accept-Language", "ru").when().get(forum).then().body(containsString(count.getValue()));
        }
        stubServices();
        stubThreads("newest", null, List.of(thread(102, "Самый новый")), null, 1);
        given().header("Accept-Language", "en").when().get(forum).then().body(containsString(">1 comment</p>"));
    }

    @Test
    void aThreadWithMoreRepliesLinksToItsPageWhichPagesTheReplies() {
        String next = stubLongThread();

        String forumPage = given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200).extract().asString();
        String listed = forumPage.substring(forumPage.indexOf("id=\"comment-200\""));
        assertThat("the first twenty replies are on the forum page", listed, containsString("id=\"comment-220\""));
        assertThat(listed, not(containsString("id=\"comment-221\"")));
        assertThat(href(forumPage, "Show all 45 replies"), equalToPath(thread + "#comments"));

        String page = given().header("Accept-Language", "en").when().get(thread)
                .then().statusCode(200).extract().asString();
        assertThat(page, containsString("<h1>Discussion of a comment</h1>"));
        assertThat(page, containsString("Начало длинного обсуждения"));
        assertThat(page, containsString(">45 replies</p>"));
        assertThat(page, containsString("id=\"comment-230\""));
        assertThat(page, not(containsString("id=\"comment-231\"")));
        assertThat("replies are under the comment they answer", page.indexOf("id=\"comment-201\""),
                greaterThan(page.indexOf("id=\"comment-200\"")));
        assertThat(href(page, "Back to all comments"), equalToPath(forum + "#comment-200"));
        String more = href(page, "Show more replies");
        assertThat(more, equalToPath(thread + "?rafter=" + next + "#comments"));

        String rest = given().header("Accept-Language", "en").when().get(more.replace("#comments", ""))
                .then().statusCode(200).extract().asString();
        assertThat(rest, containsString("id=\"comment-245\""));
        assertThat(rest, not(containsString("id=\"comment-230\"")));
        assertThat("the comment they answer stays on top", rest, containsString("Начало длинного обсуждения"));
        assertThat(rest, not(containsString("Show more replies")));
        assertThat(href(rest, "Back to the first replies"), equalToPath(thread + "#comments"));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo("/api/feedback/comments/200/replies"))
                .withQueryParam("after", equalTo(next)).withQueryParam("size", equalTo("50")));
        for (String lang : new String[] {"ru", "kk"}) {
            given().header("Accept-Language", lang).when().get(thread)
                    .then().statusCode(200)
                    .body(containsString(lang.equals("ru") ? "Обсуждение комментария" : "Пікір бойынша талқылау"))
                    .body(containsString(lang.equals("ru") ? "45 ответов" : "45 жауап"));
        }
    }

    @Test
    void aReplyOnAThreadPageComesBackToThatPageOfReplies() {
        String next = stubLongThread();
        String session = SignIn.asCitizen();
        String text = "Ответ на позднюю реплику " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/comments")).withRequestBody(containing(text))
                .willReturn(Stubs.json(201, """
                        {"id":260,"eventSlug":"%s","parentId":235,"body":"%s","language":"ru","authorName":"citizen",
                         "status":"PUBLISHED","createdAt":"2026-03-09T10:00:00Z"}""".formatted(slug, text))));

        String page = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("rafter", next).queryParam("reply", "235")
                .when().get(thread).then().statusCode(200).extract().asString();
        String reply = page.substring(page.indexOf("id=\"comment-235\""));
        assertThat(reply.indexOf("<form class=\"comment-form\" id=\"reply-form\""), lessThan(reply.indexOf("id=\"comment-236\"")));
        assertThat(reply, containsString("<input type=\"hidden\" name=\"thread\" value=\"200\">"));
        assertThat(reply, containsString("<input type=\"hidden\" name=\"rafter\" value=\"" + next + "\">"));

        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session)
                .queryParam("rafter", next).queryParam("reply", "235").when().get(thread));
        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("parentId", form.field("parentId"))
                .formParam("thread", form.field("thread"))
                .formParam("rafter", form.field("rafter"))
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(forum + "/comments")
                .then().statusCode(303)
                .header("Location", endsWith(thread + "?rafter=" + next + "&sent=true#comment-260"));
    }

    @Test
    void anEmptyReplyOnAThreadPageComesBackThereWithTheError() {
        String next = stubLongThread();
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session)
                .queryParam("rafter", next).queryParam("reply", "235").when().get(thread));

        String html = given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("parentId", "235")
                .formParam("thread", "200")
                .formParam("rafter", next)
                .formParam("body", " ")
                .formParam("language", "ru")
                .when().post(forum + "/comments")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#reply-body\">Enter your comment</a></li>"))
                .body(containsString("<h1>Discussion of a comment</h1>"))
                .extract().asString();
        String reply = html.substring(html.indexOf("id=\"comment-235\""));
        assertThat(reply.indexOf("id=\"reply-form\""), lessThan(reply.indexOf("id=\"comment-236\"")));
    }

    @Test
    void aThreadFeedbackServiceDoesNotListIsNotFound() {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/comments/404404/replies"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
        given().header("Accept-Language", "en").when().get(forum + "/comments/404404")
                .then().statusCode(404).body(containsString("Page not found"));
        given().when().get(forum + "/comments/not-an-id").then().statusCode(404);
    }

    @Test
    void aCursorFeedbackServiceRefusesLeadsBackToTheStartOfTheList() {
        String cursor = "stale-" + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(Stubs.THREADS)).withQueryParam("after", equalTo(cursor))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"status":400,"errors":[{"field":"after","message":"is not a cursor from this list"}]}""")));
        String html = given().header("Accept-Language", "en").queryParam("corder", "oldest").queryParam("cafter", cursor)
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("This link to the rest of the list is not valid."))
                .extract().asString();
        assertThat(href(html, "Back to the start of the list"), equalToPath(forum + "?corder=oldest#comments"));
    }

    /** Thread 200 with 45 replies: 20 on the forum page, then 201..230 and 231..245 on its own page; the cursor between. */
    private String stubLongThread() {
        List<Map<String, Object>> flat = new ArrayList<>();
        flat.add(comment(200, null, "Начало длинного обсуждения", "2026-03-01T10:00:00Z"));
        for (int id = 201; id <= 245; id++) {
            // every fifth answers the reply before it, the others the comment
            Long parent = id % 5 == 0 ? (long) id - 1 : 200L;
            flat.add(comment(id, parent, "Ответ " + id, "2026-03-02T10:%02d:00Z".formatted(id - 200)));
        }
        Stubs.commentThreads(slug, Stubs.write(flat));
        List<Map<String, Object>> replies = allReplies(flat);
        String next = "r-" + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/comments/200/replies")).withQueryParam("after", absent())
                .willReturn(Stubs.json(200, Stubs.write(page(replies.subList(0, 30), next)))));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/comments/200/replies")).withQueryParam("after", equalTo(next))
                .willReturn(Stubs.json(200, Stubs.write(page(replies.subList(30, 45), null)))));
        return next;
    }

    /** All 45 replies of thread 200 with their depth, as its replies endpoint lists them. */
    private static List<Map<String, Object>> allReplies(List<Map<String, Object>> flat) {
        List<Map<String, Object>> replies = new ArrayList<>();
        for (Map<String, Object> comment : flat.subList(1, flat.size())) {
            Map<String, Object> reply = new LinkedHashMap<>(comment);
            reply.put("depth", ((Number) comment.get("parentId")).longValue() == 200 ? 1 : 2);
            replies.add(reply);
        }
        return replies;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items, String next) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("nextCursor", next);
        return page;
    }

    private void stubThreads(String order, String after, List<Map<String, Object>> threads, String next,
                                    long totalComments) {
        Stubs.feedback().register(get(urlPathEqualTo(Stubs.THREADS)).withQueryParam("event", equalTo(slug))
                .withQueryParam("order", equalTo(order))
                .withQueryParam("after", after == null ? absent() : equalTo(after))
                .willReturn(Stubs.json(200, Stubs.threadPage(threads, next, totalComments))));
    }

    private Map<String, Object> thread(long id, String body) {
        Map<String, Object> thread = comment(id, null, body, "2026-03-%02dT10:00:00Z".formatted(id % 28 + 1));
        thread.put("replies", List.of());
        thread.put("replyCount", 0);
        thread.put("moreReplies", null);
        return thread;
    }

    private Map<String, Object> comment(long id, Long parentId, String body, String createdAt) {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", id);
        comment.put("eventSlug", slug);
        comment.put("parentId", parentId);
        comment.put("body", body);
        comment.put("language", "ru");
        comment.put("authorName", "Автор " + id);
        comment.put("status", "PUBLISHED");
        comment.put("createdAt", createdAt);
        return comment;
    }

    /** The address of the link with this text, as written in the page (HTML-escaped). */
    private static String href(String html, String text) {
        Matcher link = Pattern.compile(HREF.pattern().formatted(Pattern.quote(text))).matcher(html);
        assertTrue(link.find(), "no link \"" + text + "\"");
        return link.group(1).replace("&amp;", "&");
    }

    /** Hamcrest's equalTo, for an address (WireMock's equalTo is the one imported here). */
    private static org.hamcrest.Matcher<String> equalToPath(String expected) {
        return org.hamcrest.Matchers.equalTo(expected);
    }
}
