package org.pikir.events.event;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole forum is kept between reads, yet every change, on this replica or another, shows at the next read. */
@QuarkusTest
@TestProfile(EventCachingTest.TwoConnections.class)
class EventCachingTest {

    /** So few connections that a read holding one while it waits for another would starve at once. */
    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @Inject
    EventRepository events;

    @Inject
    @CacheName(EventDocuments.CACHE)
    Cache documents;

    @TestHTTPResource("/")
    URL base;

    private static ExtractableResponse<Response> read(TestForum forum) {
        return given().when().get(forum.path()).then().statusCode(200).extract();
    }

    /** Reads the forum, makes a change, and checks the next read shows it under a new ETag. */
    private static void changeIsSeen(TestForum forum, Runnable change, Consumer<JsonPath> shows) {
        String before = read(forum).header("ETag");
        read(forum);
        change.run();
        ExtractableResponse<Response> after = read(forum);
        assertNotEquals(before, after.header("ETag"), "ETag after the change");
        shows.accept(after.jsonPath());
        given().header("If-None-Match", before).when().get(forum.path()).then().statusCode(200);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean kept(TestForum forum) {
        long id = events.findBySlug(forum.slug).orElseThrow().id;
        return documents.as(CaffeineCache.class).keySet().stream()
                .anyMatch(key -> key instanceof EventDocuments.Key k && k.eventId() == id);
    }

    private void inDatabase(String sql, String slug) {
        QuarkusTransaction.requiringNew().run(() -> events.getEntityManager().createNativeQuery(sql)
                .setParameter("slug", slug).executeUpdate());
    }

    @Test
    void aPublishedForumHasAStrongETagOfItsBytesAndA304WhileItStaysTheSame() {
        TestForum forum = TestForum.publishedWith(2);
        ExtractableResponse<Response> first = given().when().get(forum.path())
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", matchesPattern("\"[0-9a-f]{64}\""))
                .extract();
        String etag = first.header("ETag");
        assertEquals("\"" + sha256(first.asByteArray()) + "\"", etag, "the ETag is the SHA-256 of the body");

        ExtractableResponse<Response> again = read(forum);
        assertEquals(etag, again.header("ETag"));
        assertEquals(first.asString(), again.asString());

        given().header("If-None-Match", etag).when().get(forum.path())
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body(emptyOrNullString());
        given().header("If-None-Match", "\"" + "0".repeat(64) + "\"").when().get(forum.path())
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void everyKindOfChangeShowsAtTheNextRead() {
        TestForum forum = TestForum.publishedWith(2);

        changeIsSeen(forum, () -> forum.addStatement("Новое заявление"),
                json -> assertEquals("Новое заявление", json.getString("statements[2].text")));
        changeIsSeen(forum, () -> TestForum.editor().body("""
                        {"name":"Переименованный участник","role":"SPEAKER"}""")
                        .when().put(forum.path() + "/participants/" + forum.participants.get(1)).then().statusCode(200),
                json -> assertEquals("Переименованный участник", json.getString("participants[1].name")));
        changeIsSeen(forum, () -> TestForum.editor().body("{\"ids\":[%d,%d]}".formatted(forum.participants.get(1),
                                forum.participants.get(0)))
                        .when().put(forum.path() + "/participants/order").then().statusCode(200),
                json -> assertEquals(forum.participants.get(1), json.getLong("participants[0].id")));
        changeIsSeen(forum, () -> forum.addSession("Вечерняя сессия"),
                json -> assertEquals("Вечерняя сессия", json.getString("agenda[2].title.ru")));
        changeIsSeen(forum, () -> forum.addMaterial("annex.txt"),
                json -> assertEquals("annex.txt", json.getString("materials[2].file.name")));
        changeIsSeen(forum, () -> forum.addVersion(forum.materials.get(2), "annex-v2.txt"),
                json -> {
                    assertEquals(2, json.getInt("materials[2].currentVersion"));
                    assertEquals("annex-v2.txt", json.getString("materials[2].file.name"));
                });
        changeIsSeen(forum, () -> TestForum.editor().when()
                        .delete(forum.path() + "/materials/" + forum.materials.get(0)).then().statusCode(204),
                json -> assertEquals(2, json.getList("materials").size()));
        changeIsSeen(forum, () -> TestForum.editor().when()
                        .delete(forum.path() + "/statements/" + forum.statements.get(0)).then().statusCode(204),
                json -> assertEquals(2, json.getList("statements").size()));
        changeIsSeen(forum, () -> TestForum.editor().body("{\"closesAt\":\"2099-01-01T00:00:00Z\"}")
                        .when().post(forum.path() + "/consultation/open").then().statusCode(200),
                json -> assertEquals(true, json.getBoolean("consultation.open")));
        changeIsSeen(forum, () -> TestForum.editor().when().post(forum.path() + "/consultation/close")
                        .then().statusCode(200),
                json -> assertEquals(false, json.getBoolean("consultation.open")));
        changeIsSeen(forum, () -> TestForum.editor().body("{\"texts\":{\"ru\":\"Итоги приняты\"}}")
                        .when().put(forum.path() + "/outcome").then().statusCode(200),
                json -> assertEquals("Итоги приняты", json.getString("outcome.ru")));
        changeIsSeen(forum, () -> TestForum.editor().body("""
                        {"slug":"%s","title":{"ru":"Слушания, день второй"},"city":"Астана","date":"2027-05-21"}
                        """.formatted(forum.slug)).when().put(forum.path()).then().statusCode(200),
                json -> assertEquals("Слушания, день второй", json.getString("title.ru")));
        changeIsSeen(forum, () -> TestForum.editor().when().post(forum.path() + "/archive").then().statusCode(200),
                json -> assertEquals("ARCHIVED", json.getString("status")));
    }

    @Test
    void aChangeDropsWhatWasKeptOfTheForum() {
        TestForum forum = TestForum.publishedWith(1);
        read(forum);
        assertTrue(kept(forum));
        forum.addStatement("Ещё одно заявление");
        assertFalse(kept(forum), "nothing of the old version is kept once the change is committed");
    }

    @Test
    void manyCallersReadingAForumThatJustChangedAllGetIt() throws Exception {
        TestForum forum = TestForum.publishedWith(1);
        read(forum);
        forum.addStatement("Заявление, которое все читают сразу");
        // many more callers than database connections, all missing the cache at once
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + forum.path().substring(1))).build();
        Callable<HttpResponse<String>> call = () -> client.send(request, HttpResponse.BodyHandlers.ofString());
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            for (Future<HttpResponse<String>> answer : callers.invokeAll(Collections.nCopies(20, call))) {
                assertEquals(200, answer.get().statusCode(), answer.get().body());
                assertTrue(answer.get().body().contains("Заявление, которое все читают сразу"));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aDraftReadByAnEditorIsNeverShownToAnyoneElse() {
        TestForum forum = TestForum.draft();
        forum.addParticipant("Докладчик");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.editor()).when().get(forum.path())
                    .then().statusCode(200)
                    .header("Cache-Control", equalTo("private, no-store"))
                    .header("ETag", emptyOrNullString())
                    .body("status", equalTo("DRAFT"));
            given().when().get(forum.path()).then().statusCode(404);
            given().auth().oauth2(TestTokens.citizen()).when().get(forum.path()).then().statusCode(404);
            given().auth().oauth2(TestTokens.moderator()).when().get(forum.path()).then().statusCode(404);
        }
        given().auth().oauth2(TestTokens.admin()).when().get(forum.path()).then().statusCode(200);

        forum.publish();
        given().when().get(forum.path()).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("status", equalTo("PUBLISHED"))
                .body("participants.name", equalTo(List.of("Докладчик")));
    }

    @Test
    void aChangeWrittenByAnotherReplicaShowsAtTheNextRead() {
        TestForum forum = TestForum.publishedWith(1);
        String before = read(forum).header("ETag");
        // another replica commits a change: the version moves on, and this replica's cache hears nothing of it
        inDatabase("update event set organiser = '{\"ru\": \"Другая реплика\"}', version = version + 1 where slug = :slug", forum.slug);

        ExtractableResponse<Response> after = read(forum);
        assertEquals("Другая реплика", after.jsonPath().getString("organiser.ru"));
        assertNotEquals(before, after.header("ETag"));
    }

    @Test
    void aConsultationThatClosesWithTimeShowsClosedWithoutAnyChange() {
        TestForum forum = TestForum.publishedWith(1);
        TestForum.editor().body("{\"closesAt\":\"2099-01-01T00:00:00Z\"}")
                .when().post(forum.path() + "/consultation/open").then().statusCode(200);
        given().when().get(forum.path()).then().statusCode(200).body("consultation.open", equalTo(true));
        // the closing time passes: moved back rather than waiting for it, and no version moves on
        inDatabase("update event set consultation_opens_at = now() - interval '2 days',"
                + " consultation_closes_at = now() - interval '1 day' where slug = :slug", forum.slug);

        given().when().get(forum.path()).then().statusCode(200).body("consultation.open", equalTo(false));
    }
}
