package org.pikir.events.material;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventRepository;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.testing.TestTokens;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(MaterialResourceTest.SmallUploads.class)
class MaterialResourceTest {

    /** A 1 MB limit, so a too-large file stays under the HTTP layer's own 10 MB default and reaches the service. */
    public static class SmallUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pikir.events.materials.max-size", "1M", "quarkus.hibernate-orm.statistics", "true");
        }
    }

    private static final String PROBLEM = "application/problem+json";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EventRepository events;

    @Inject
    MaterialService materialService;

    private static String newSlug() {
        return "materials-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String draftEvent() {
        String slug = newSlug();
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("""
                        {"slug":"%s","title":{"ru":"Слушания о материалах"},"city":"Астана","date":"2026-12-01"}
                        """.formatted(slug))
                .when().post("/api/events")
                .then().statusCode(201);
        return slug;
    }

    private static String publishedEvent() {
        String slug = draftEvent();
        given().auth().oauth2(TestTokens.editor()).when().post("/api/events/" + slug + "/publish")
                .then().statusCode(200);
        return slug;
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MultiPartSpecification field(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    private static MultiPartSpecification file(String fileName, String mediaType, byte[] bytes) {
        return new MultiPartSpecBuilder(bytes).controlName("file").fileName(fileName).mimeType(mediaType).build();
    }

    private static RequestSpecification as(String token, MultiPartSpecification... parts) {
        // browsers send file names as raw UTF-8 (RFC 7578); REST Assured's default mode would send '?'
        RequestSpecification request = given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.RFC6532)))
                .contentType("multipart/form-data");
        if (token != null) {
            request.auth().oauth2(token);
        }
        for (MultiPartSpecification part : parts) {
            request.multiPart(part);
        }
        return request;
    }

    private static MultiPartSpecification[] document(MultiPartSpecification content) {
        return new MultiPartSpecification[] {field("kind", "DOCUMENT"), field("title.ru", "Проект резолюции"),
                field("title.en", "Draft resolution"), field("language", "ru"), content};
    }

    private static long uploadPdf(String slug, String fileName, byte[] bytes) {
        return as(TestTokens.editor(), document(file(fileName, "application/pdf", bytes)))
                .when().post("/api/events/" + slug + "/materials")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String materials(String slug) {
        return "/api/events/" + slug + "/materials";
    }

    @Test
    void anUploadedFileIsListedAndDownloadsByteForByte() {
        String slug = publishedEvent();
        byte[] bytes = pdf("upload");
        String sha = sha256(bytes);

        ExtractableResponse<Response> created = as(TestTokens.editor(), document(file("resolution.pdf", "application/pdf", bytes)))
                .when().post(materials(slug))
                .then().statusCode(201)
                .body("kind", equalTo("DOCUMENT"))
                .body("currentVersion", equalTo(1))
                .body("file.sha256", equalTo(sha))
                .body("link", nullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertEquals(materials(slug) + "/" + id, URI.create(created.header("Location")).getPath());

        String etag = given().when().get(materials(slug))
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("id", contains((int) id))
                .body("[0].title.ru", equalTo("Проект резолюции"))
                .body("[0].title.en", equalTo("Draft resolution"))
                .body("[0].language", equalTo("ru"))
                .body("[0].file.name", equalTo("resolution.pdf"))
                .body("[0].file.mediaType", equalTo("application/pdf"))
                .body("[0].file.size", equalTo(bytes.length))
                .body("[0].file.sha256", equalTo(sha))
                .body("[0].file.url", equalTo(materials(slug) + "/" + id + "/file"))
                .body("[0]", not(hasKey("versions")))
                .body("[0].createdAt", equalTo(created.jsonPath().getString("createdAt")))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(materials(slug)).then().statusCode(304);

        byte[] downloaded = given().when().get(materials(slug) + "/" + id + "/file")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("ETag", equalTo("\"" + sha + "\""))
                .header("Content-Length", equalTo(String.valueOf(bytes.length)))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertArrayEquals(bytes, downloaded);

        given().header("If-None-Match", "\"" + sha + "\"").when().get(materials(slug) + "/" + id + "/file")
                .then().statusCode(304)
                .header("ETag", equalTo("\"" + sha + "\""));
        given().header("If-None-Match", "\"" + sha256(pdf("other")) + "\"").when().get(materials(slug) + "/" + id + "/file")
                .then().statusCode(200);
    }

    @Test
    void theFullEventEmbedsItsMaterials() {
        String slug = publishedEvent();
        long id = uploadPdf(slug, "agenda.pdf", pdf("embedded"));
        given().when().get("/api/events/" + slug)
                .then().statusCode(200)
                .body("materials.id", contains((int) id))
                .body("materials[0].file.name", equalTo("agenda.pdf"));
    }

    @Test
    void aNewVersionBecomesCurrentAndTheOldOneStaysDownloadable() {
        String slug = publishedEvent();
        byte[] first = pdf("first");
        byte[] second = pdf("second, corrected");
        long id = uploadPdf(slug, "resolution.pdf", first);

        as(TestTokens.editor(), file("resolution-v2.pdf", "application/pdf", second),
                field("changeNote", "Исправлена опечатка в пункте 3"))
                .when().post(materials(slug) + "/" + id + "/versions")
                .then().statusCode(201)
                .header("Location", containsString("/materials/" + id + "/versions/2/file"))
                .body("currentVersion", equalTo(2))
                .body("file.sha256", equalTo(sha256(second)));

        given().when().get(materials(slug) + "/" + id)
                .then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("versions.version", contains(2, 1))
                .body("versions[0].changeNote", equalTo("Исправлена опечатка в пункте 3"))
                .body("versions[0].file.name", equalTo("resolution-v2.pdf"))
                .body("versions[1].file.sha256", equalTo(sha256(first)))
                .body("versions[1].file.url", equalTo(materials(slug) + "/" + id + "/versions/1/file"));

        assertArrayEquals(second, given().when().get(materials(slug) + "/" + id + "/file")
                .then().statusCode(200).extract().asByteArray());
        assertArrayEquals(first, given().when().get(materials(slug) + "/" + id + "/versions/1/file")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .header("ETag", equalTo("\"" + sha256(first) + "\""))
                .extract().asByteArray());
        given().when().get(materials(slug) + "/" + id + "/versions/3/file")
                .then().statusCode(404).contentType(PROBLEM);

        given().when().get("/api/events/" + slug + "/history")
                .then().statusCode(200)
                .body("action", hasItems("material.added", "material.version-added"))
                .body("find { it.action == 'material.version-added' }.detail.changeNote",
                        equalTo("Исправлена опечатка в пункте 3"));
    }

    @Test
    void aCyrillicFileNameSurvivesTheDownload() {
        String slug = publishedEvent();
        String name = "Резолюция форума «Конституция» 2026.pdf";
        long id = uploadPdf(slug, name, pdf("cyrillic"));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");

        given().when().get(materials(slug)).then().body("[0].file.name", equalTo(name));
        given().when().get(materials(slug) + "/" + id + "/file")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''" + encoded));
    }

    @Test
    void listingCostsTheSameNumberOfQueriesForOneOrManyMaterials() {
        String slug = publishedEvent();
        uploadPdf(slug, "one.pdf", pdf("one"));
        long few = statementsToList(slug);
        assertTrue(few >= 3, "statistics count the event, material and version queries");
        for (int i = 0; i < 4; i++) {
            uploadPdf(slug, "more-" + i + ".pdf", pdf("more " + i));
        }
        assertEquals(few, statementsToList(slug));
        given().when().get(materials(slug)).then().body("size()", equalTo(5));
    }

    private long statementsToList(String slug) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        given().when().get(materials(slug)).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        String slug = publishedEvent();
        byte[] big = Arrays.copyOf(pdf("big"), 1024 * 1024 + 512 * 1024);
        as(TestTokens.editor(), document(file("big.pdf", "application/pdf", big)))
                .when().post(materials(slug))
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("type", containsString("payload-too-large"))
                .body("detail", containsString("1.0 MB"));
        given().when().get(materials(slug)).then().body("", empty());
    }

    @Test
    void programsAndWebPagesAreRefusedWith415() {
        String slug = publishedEvent();
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        for (MultiPartSpecification bad : List.of(
                file("setup.exe", "application/x-msdownload", exe),
                file("setup.pdf", "application/pdf", exe),
                file("page.html", "text/html", html),
                file("page.pdf", "text/html", pdf("declared as html")),
                file("notes.txt", "text/plain", html),
                file("photo.png", "image/png", pdf("not a png")))) {
            as(TestTokens.editor(), document(bad))
                    .when().post(materials(slug))
                    .then().statusCode(415)
                    .contentType(PROBLEM)
                    .body("type", containsString("unsupported-media-type"));
        }
        given().when().get(materials(slug)).then().body("", empty());
    }

    @Test
    void aTypelessUploadGetsItsMediaTypeFromNameAndContent() {
        String slug = publishedEvent();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        as(TestTokens.editor(), document(file("Slide 1.PNG", "application/octet-stream", png)))
                .when().post(materials(slug))
                .then().statusCode(201)
                .body("file.mediaType", equalTo("image/png"))
                .body("file.size", equalTo(png.length));
    }

    @Test
    void missingFieldsAreEachNamed() {
        String slug = publishedEvent();
        as(TestTokens.editor(), field("kind", "DOCUMENT"), field("title.ru", "Без файла"), field("language", "ru"))
                .when().post(materials(slug))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("file", "link"));

        as(TestTokens.editor(), file("a.pdf", "application/pdf", pdf("no fields")))
                .when().post(materials(slug))
                .then().statusCode(400)
                .body("errors.field", hasItems("kind", "title", "language"));

        as(TestTokens.editor(), field("kind", "POSTER"), field("title.de", "Titel"), field("language", "de"),
                field("link", "https://example.org/a"))
                .when().post(materials(slug))
                .then().statusCode(400)
                .body("errors.field", hasItems("kind", "title", "language"));
    }

    @Test
    void aNewVersionNeedsAChangeNoteOfAtMost500Characters() {
        String slug = publishedEvent();
        long id = uploadPdf(slug, "a.pdf", pdf("note"));
        as(TestTokens.editor(), file("b.pdf", "application/pdf", pdf("note b")))
                .when().post(materials(slug) + "/" + id + "/versions")
                .then().statusCode(400)
                .body("errors.field", contains("changeNote"));
        as(TestTokens.editor(), file("b.pdf", "application/pdf", pdf("note b")), field("changeNote", "x".repeat(501)))
                .when().post(materials(slug) + "/" + id + "/versions")
                .then().statusCode(400)
                .body("errors.field", contains("changeNote"));
        as(TestTokens.editor(), field("changeNote", "Новая версия"))
                .when().post(materials(slug) + "/" + id + "/versions")
                .then().statusCode(400)
                .body("errors.field", hasItems("file", "link"));
        as(TestTokens.editor(), file("b.pdf", "application/pdf", pdf("unknown")), field("changeNote", "Новая"))
                .when().post(materials(slug) + "/999999999/versions")
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void aLinkMaterialHasNoFileToDownload() {
        String slug = publishedEvent();
        long id = as(TestTokens.editor(), field("kind", "VIDEO"), field("title.kk", "Форумның бейнежазбасы"),
                field("language", "kk"), field("link", "https://www.youtube.com/watch?v=abc123"))
                .when().post(materials(slug))
                .then().statusCode(201)
                .body("link", equalTo("https://www.youtube.com/watch?v=abc123"))
                .body("file", nullValue())
                .extract().jsonPath().getLong("id");

        given().when().get(materials(slug))
                .then().body("[0].link", equalTo("https://www.youtube.com/watch?v=abc123"))
                .body("[0].file", nullValue())
                .body("[0].title.kk", equalTo("Форумның бейнежазбасы"));
        given().when().get(materials(slug) + "/" + id + "/file")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString("link"));
    }

    @Test
    void onlyHttpsLinksAreAccepted() {
        String slug = publishedEvent();
        for (String link : List.of("http://example.org/video", "javascript:alert(1)", "https://", "ftp://example.org/x")) {
            as(TestTokens.editor(), field("kind", "VIDEO"), field("title.en", "Recording"), field("language", "en"),
                    field("link", link))
                    .when().post(materials(slug))
                    .then().statusCode(400)
                    .body("errors.field", contains("link"));
        }
        as(TestTokens.editor(), field("kind", "VIDEO"), field("title.en", "Both"), field("language", "en"),
                field("link", "https://example.org/v"), file("a.pdf", "application/pdf", pdf("both")))
                .when().post(materials(slug))
                .then().statusCode(400)
                .body("errors.field", contains("link"));
    }

    @Test
    void citizensMayNotChangeMaterialsAndAnonymousCallersMustSignIn() {
        String slug = publishedEvent();
        long id = uploadPdf(slug, "a.pdf", pdf("roles"));

        as(TestTokens.citizen(), document(file("b.pdf", "application/pdf", pdf("citizen"))))
                .when().post(materials(slug)).then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.citizen(), file("b.pdf", "application/pdf", pdf("citizen")), field("changeNote", "x"))
                .when().post(materials(slug) + "/" + id + "/versions").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.citizen()).when().delete(materials(slug) + "/" + id)
                .then().statusCode(403).contentType(PROBLEM);

        as(null, document(file("b.pdf", "application/pdf", pdf("anonymous"))))
                .when().post(materials(slug)).then().statusCode(401).contentType(PROBLEM);
        given().when().delete(materials(slug) + "/" + id).then().statusCode(401).contentType(PROBLEM);

        as(TestTokens.admin(), document(file("c.pdf", "application/pdf", pdf("admin"))))
                .when().post(materials(slug)).then().statusCode(201);
        given().when().get(materials(slug)).then().body("size()", equalTo(2));
    }

    @Test
    void aDraftsMaterialsAreHiddenFromThePublicButNotFromEditors() {
        String slug = draftEvent();
        long id = uploadPdf(slug, "draft.pdf", pdf("draft"));

        given().when().get(materials(slug)).then().statusCode(404).contentType(PROBLEM);
        given().when().get(materials(slug) + "/" + id).then().statusCode(404);
        given().when().get(materials(slug) + "/" + id + "/file").then().statusCode(404);
        given().auth().oauth2(TestTokens.citizen()).when().get(materials(slug) + "/" + id + "/file").then().statusCode(404);

        given().auth().oauth2(TestTokens.editor()).when().get(materials(slug))
                .then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .body("id", contains((int) id));
        given().auth().oauth2(TestTokens.editor()).when().get(materials(slug) + "/" + id + "/file")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void aRemovedMaterialLeavesTheListButNotTheHistory() {
        String slug = publishedEvent();
        long kept = uploadPdf(slug, "kept.pdf", pdf("kept"));
        long removed = uploadPdf(slug, "removed.pdf", pdf("removed"));

        given().auth().oauth2(TestTokens.editor()).when().delete(materials(slug) + "/" + removed)
                .then().statusCode(204);

        given().when().get(materials(slug)).then().body("id", contains((int) kept));
        given().when().get(materials(slug) + "/" + removed).then().statusCode(404);
        given().when().get(materials(slug) + "/" + removed + "/file").then().statusCode(404);
        given().when().get("/api/events/" + slug).then().body("materials.id", contains((int) kept));
        given().auth().oauth2(TestTokens.editor()).when().delete(materials(slug) + "/" + removed)
                .then().statusCode(404);
        given().when().get("/api/events/" + slug + "/history")
                .then().body("find { it.action == 'material.removed' }.detail.materialId", equalTo((int) removed));
    }

    @Test
    void anArchivedEventsMaterialsAreReadOnly() {
        String slug = publishedEvent();
        long id = uploadPdf(slug, "final.pdf", pdf("archived"));
        given().auth().oauth2(TestTokens.editor()).when().post("/api/events/" + slug + "/archive")
                .then().statusCode(200);

        as(TestTokens.editor(), document(file("late.pdf", "application/pdf", pdf("late"))))
                .when().post(materials(slug)).then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.editor()).when().delete(materials(slug) + "/" + id)
                .then().statusCode(409);
        given().when().get(materials(slug) + "/" + id + "/file").then().statusCode(200);
    }

    @Test
    void unknownEventsAndMaterialsAreNotFound() {
        given().when().get(materials("no-such-event")).then().statusCode(404).contentType(PROBLEM);
        String slug = publishedEvent();
        given().when().get(materials(slug) + "/123456789").then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.editor(), document(file("a.pdf", "application/pdf", pdf("nowhere"))))
                .when().post(materials("no-such-event")).then().statusCode(404);
    }

    @Test
    void titlesAndTextMaterialsMakeTheEventFindable() {
        String slug = publishedEvent();
        String titleWord = "wombatish" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String textWord = "quokkaful" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        as(TestTokens.editor(), field("kind", "TRANSCRIPT"), field("title.en", "Transcript " + titleWord),
                field("language", "en"),
                file("transcript.md", "text/markdown", ("# Transcript\n\nThe speakers discussed " + textWord + ".\n")
                        .getBytes(StandardCharsets.UTF_8)))
                .when().post(materials(slug))
                .then().statusCode(201)
                .body("file.mediaType", equalTo("text/markdown"));

        given().queryParam("q", titleWord).when().get("/api/events").then().body("items.slug", hasItem(slug));
        given().queryParam("q", textWord).when().get("/api/events").then().body("items.slug", hasItem(slug));
    }

    @Test
    void theSeedAddsAFileThroughTheSameChecks() {
        String slug = publishedEvent();
        byte[] release = "Пресс-релиз форума.\n".getBytes(StandardCharsets.UTF_8);
        MaterialResponse added = QuarkusTransaction.requiringNew().call(() -> {
            Event event = events.findBySlug(slug).orElseThrow();
            return materialService.addFile(event, MaterialKind.PRESS_RELEASE, Map.of("ru", "Пресс-релиз"), "ru",
                    "press-release.txt", "text/plain", release, null, "seed");
        });
        given().when().get(materials(slug) + "/" + added.id())
                .then().statusCode(200)
                .body("kind", equalTo("PRESS_RELEASE"))
                .body("file.mediaType", equalTo("text/plain"))
                .body("versions", notNullValue());
        given().when().get(materials(slug) + "/" + added.id() + "/file")
                .then().contentType("text/plain; charset=utf-8");

        assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().call(() ->
                materialService.addFile(events.findBySlug(slug).orElseThrow(), MaterialKind.DOCUMENT,
                        Map.of("ru", "Программа"), "ru", "setup.exe", "application/pdf", new byte[] {'M', 'Z', 0, 0}, null, "seed")));
    }
}
