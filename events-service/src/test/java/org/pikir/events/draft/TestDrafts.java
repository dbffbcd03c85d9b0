package org.pikir.events.draft;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.pikir.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Forums and drafts made through the API as an editor makes them. */
final class TestDrafts {

    static final String RU_V1 = """
            Проект для проверки импорта.
            Глава 1. Общие положения
            Статья 1. Цели
            1. Обеспечить участие граждан.
            2. Обеспечить открытость:
            1) публикация проектов;
            2) учёт предложений.
            Статья 2. Принципы
            1. Равенство участников.
            2. Прозрачность решений.
            Глава 2. Порядок
            Статья 3. Обсуждение
            Обсуждение длится тридцать дней.
            """;
    static final String KK_V1 = """
            Импортты тексеруге арналған жоба.
            1-тарау. Жалпы ережелер
            1-бап. Мақсаттар
            1. Азаматтардың қатысуын қамтамасыз ету.
            2. Ашықтықты қамтамасыз ету:
            1) жобаларды жариялау;
            2) ұсыныстарды ескеру.
            2-бап. Қағидаттар
            1. Қатысушылардың теңдігі.
            2. Шешімдердің ашықтығы.
            2-тарау. Тәртіп
            3-бап. Талқылау
            Талқылау отыз күнге созылады.
            """;

    private TestDrafts() {
    }

    static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }

    /** A new forum, published unless asked otherwise; its slug. */
    static String forum(boolean published) {
        String slug = "drafts-" + UUID.randomUUID().toString().substring(0, 8);
        editor().body("""
                {"slug":"%s","title":{"ru":"Обсуждение проекта"},"city":"Алматы","date":"2027-03-01"}
                """.formatted(slug)).when().post("/api/events").then().statusCode(201);
        if (published) {
            editor().when().post("/api/events/" + slug + "/publish").then().statusCode(200);
        }
        return slug;
    }

    static MultiPartSpecBuilder file(String name, String mediaType, byte[] content) {
        return new MultiPartSpecBuilder(content).controlName("file").fileName(name).mimeType(mediaType);
    }

    static MultiPartSpecBuilder text(String name, String content) {
        return file(name, name.endsWith(".md") ? "text/markdown" : "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    static MultiPartSpecBuilder field(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8);
    }

    static RequestSpecification multipart(String token, MultiPartSpecBuilder... parts) {
        RequestSpecification request = given().config(RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.RFC6532)))
                .contentType("multipart/form-data");
        if (token != null) {
            request.auth().oauth2(token);
        }
        for (MultiPartSpecBuilder part : parts) {
            request.multiPart(part.build());
        }
        return request;
    }

    /** Imports the Russian sample as a draft of {@code slug}; the draft's id. */
    static long importRussian(String slug) {
        return multipart(TestTokens.editor(), field("titleRu", "Проект правил"), field("language", "ru"),
                text("rules.txt", RU_V1))
                .when().post("/api/events/" + slug + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void addText(String slug, long draft, int version, String language, String content) {
        multipart(TestTokens.editor(), field("language", language), text("text-" + language + ".txt", content))
                .when().post("/api/events/" + slug + "/drafts/" + draft + "/versions/" + version + "/texts")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/versions/" + version
                        + "?language=" + language));
    }

    static void publish(String slug, long draft, int version) {
        editor().when().post("/api/events/" + slug + "/drafts/" + draft + "/versions/" + version + "/publish")
                .then().statusCode(200);
    }
}
