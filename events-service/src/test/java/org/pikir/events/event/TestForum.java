package org.pikir.events.event;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.pikir.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** A forum built through the API as an editor would: a draft, then its parts, optionally published. */
final class TestForum {

    final String slug;
    final List<Long> participants = new ArrayList<>();
    final List<Long> agenda = new ArrayList<>();
    final List<Long> statements = new ArrayList<>();
    final List<Long> materials = new ArrayList<>();

    private TestForum(String slug) {
        this.slug = slug;
    }

    static TestForum draft() {
        TestForum forum = new TestForum("cached-" + UUID.randomUUID().toString().substring(0, 8));
        editor().body("""
                {"slug":"%s","title":{"ru":"Слушания","kk":"Тыңдау","en":"Hearing"},"city":"Астана","date":"2027-05-20"}
                """.formatted(forum.slug)).when().post("/api/events").then().statusCode(201);
        return forum;
    }

    /** {@code count} participants, sessions, statements and materials of two versions each; every session lists everyone. */
    static TestForum publishedWith(int count) {
        TestForum forum = draft();
        for (int i = 0; i < count; i++) {
            forum.addParticipant("Участник " + i);
        }
        for (int i = 0; i < count; i++) {
            forum.addSession("Сессия " + i);
        }
        for (int i = 0; i < count; i++) {
            forum.addStatement("Заявление " + i);
        }
        for (int i = 0; i < count; i++) {
            long material = forum.addMaterial("material-" + i + ".txt");
            forum.addVersion(material, "material-" + i + "-v2.txt");
        }
        return forum.publish();
    }

    static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }

    String path() {
        return "/api/events/" + slug;
    }

    TestForum publish() {
        editor().when().post(path() + "/publish").then().statusCode(200);
        return this;
    }

    long addParticipant(String name) {
        long id = editor().body("""
                {"name":"%s","position":{"ru":"Эксперт"},"role":"EXPERT"}""".formatted(name))
                .when().post(path() + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        participants.add(id);
        return id;
    }

    long addSession(String title) {
        String people = participants.stream().map(String::valueOf).collect(Collectors.joining(","));
        long id = editor().body("""
                {"title":{"ru":"%s"},"kind":"PANEL","participantIds":[%s]}""".formatted(title, people))
                .when().post(path() + "/agenda").then().statusCode(201).extract().jsonPath().getLong("id");
        agenda.add(id);
        return id;
    }

    long addStatement(String text) {
        String session = agenda.isEmpty() ? "null" : String.valueOf(agenda.get(0));
        long id = editor().body("""
                {"participantId":%d,"agendaItemId":%s,"text":"%s","language":"ru"}"""
                        .formatted(participants.get(0), session, text))
                .when().post(path() + "/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        statements.add(id);
        return id;
    }

    long addMaterial(String fileName) {
        long id = multipart(textFile(fileName), field("kind", "DOCUMENT"), field("title.ru", "Материал " + fileName),
                field("language", "ru"))
                .when().post(path() + "/materials").then().statusCode(201).extract().jsonPath().getLong("id");
        materials.add(id);
        return id;
    }

    void addVersion(long material, String fileName) {
        multipart(textFile(fileName), field("changeNote", "Уточнена редакция"))
                .when().post(path() + "/materials/" + material + "/versions").then().statusCode(201);
    }

    private static MultiPartSpecBuilder textFile(String fileName) {
        byte[] text = ("Текст " + fileName + "\n").getBytes(StandardCharsets.UTF_8);
        return new MultiPartSpecBuilder(text).controlName("file").fileName(fileName).mimeType("text/plain");
    }

    private static MultiPartSpecBuilder field(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8);
    }

    private static RequestSpecification multipart(MultiPartSpecBuilder... parts) {
        RequestSpecification request = given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.RFC6532)))
                .auth().oauth2(TestTokens.editor()).contentType("multipart/form-data");
        for (MultiPartSpecBuilder part : parts) {
            request.multiPart(part.build());
        }
        return request;
    }
}
