package org.pikir.events.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.events.draft.TestDrafts.addText;
import static org.pikir.events.draft.TestDrafts.editor;
import static org.pikir.events.draft.TestDrafts.field;
import static org.pikir.events.draft.TestDrafts.file;
import static org.pikir.events.draft.TestDrafts.importRussian;
import static org.pikir.events.draft.TestDrafts.multipart;
import static org.pikir.events.draft.TestDrafts.publish;
import static org.pikir.events.draft.TestDrafts.text;

@QuarkusTest
class DraftResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static String drafts(String slug) {
        return "/api/events/" + slug + "/drafts";
    }

    @Test
    void aTextFileBecomesVersionOneThatOnlyStaffSee() {
        String slug = TestDrafts.forum(true);
        Response created = multipart(TestTokens.editor(), field("titleRu", "Проект правил"), field("titleKk", "Ережелер жобасы"),
                field("language", "ru"), field("demonstration", "true"), text("rules.txt", TestDrafts.RU_V1))
                .when().post(drafts(slug));
        created.then().statusCode(201)
                .header("Location", endsWith(drafts(slug) + "/" + created.jsonPath().getLong("id")))
                .body("title.ru", equalTo("Проект правил"))
                .body("demonstration", equalTo(true))
                .body("languages", contains("ru"))
                .body("currentVersion", nullValue())
                .body("editingVersion", equalTo(1))
                .body("articleCount", equalTo(3))
                .body("versions[0].status", equalTo("EDITING"));
        long id = created.jsonPath().getLong("id");

        editor().when().get(drafts(slug) + "/" + id + "/versions/1").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("units.key", contains("preamble", "chapter-1", "article-1", "article-1-p-1", "article-1-p-2",
                        "article-1-p-2-s-1", "article-1-p-2-s-2", "article-2", "article-2-p-1", "article-2-p-2",
                        "chapter-2", "article-3"))
                .body("units[2].number", equalTo("Статья 1"))
                .body("units[2].heading", equalTo("Цели"))
                .body("units[5].position", equalTo(5))
                .body("units[5].depth", equalTo(3))
                .body("units[5].articleKey", equalTo("article-1"))
                .body("units[11].text", equalTo("Обсуждение длится тридцать дней."))
                .body("warnings", notNullValue());

        given().when().get(drafts(slug)).then().statusCode(200).body("", hasSize(0));
        given().when().get(drafts(slug) + "/" + id).then().statusCode(404).contentType(PROBLEM);
        given().when().get(drafts(slug) + "/" + id + "/versions/1").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/events/" + slug).then().statusCode(200).body("drafts", hasSize(0));
    }

    @Test
    void markdownAndWordDocumentsAreImported() throws IOException {
        String slug = TestDrafts.forum(false);
        multipart(TestTokens.editor(), field("titleEn", "Draft rules"), field("language", "en"),
                text("rules.md", "# Chapter 1 General\n**Article 1.** Aims\n1. Openness.\n2. Participation.\n"))
                .when().post(drafts(slug)).then().statusCode(201).body("articleCount", equalTo(1));

        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("1-бап. Мақсаттар", "1. Ашықтық.", "2-бап. Қағидаттар", "1. Теңдік.")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            docx = out.toByteArray();
        }
        long id = multipart(TestTokens.editor(), field("titleKk", "Ережелер"), field("language", "kk"),
                file("ережелер.docx", DOCX, docx))
                .when().post(drafts(slug)).then().statusCode(201).body("articleCount", equalTo(2))
                .extract().jsonPath().getLong("id");
        editor().when().get(drafts(slug) + "/" + id + "/versions/1?language=kk").then().statusCode(200)
                .body("units.key", contains("article-1", "article-1-p-1", "article-2", "article-2-p-1"))
                .body("units[0].number", equalTo("1-бап"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String slug = TestDrafts.forum(false);
        multipart(TestTokens.editor(), field("titleRu", "Проект"), field("language", "ru"),
                file("rules.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                .when().post(drafts(slug)).then().statusCode(415).contentType(PROBLEM).body("errors.field", hasItem("file"));
        multipart(TestTokens.editor(), field("titleRu", "Проект"), field("language", "ru"),
                text("letter.txt", "Просто письмо без нумерации.\nВторая строка."))
                .when().post(drafts(slug)).then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("file"));
        multipart(TestTokens.editor(), field("titleRu", "Проект"), field("language", "ru"),
                file("rules.docx", DOCX, "PK\u0003\u0004 not really a zip".getBytes()))
                .when().post(drafts(slug)).then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("file"));
        multipart(TestTokens.editor(), field("titleRu", "П".repeat(301)), field("language", "xx"),
                text("rules.txt", TestDrafts.RU_V1))
                .when().post(drafts(slug)).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("titleRu")).body("errors.field", hasItem("language"));
        multipart(TestTokens.editor(), field("language", "ru"), text("rules.txt", TestDrafts.RU_V1))
                .when().post(drafts(slug)).then().statusCode(422).body("errors.field", hasItem("titleRu"));
    }

    @Test
    void anEditorCorrectsTheStructureAndKeysFollow() {
        String slug = TestDrafts.forum(false);
        long id = importRussian(slug);
        String version = drafts(slug) + "/" + id + "/versions/1";

        editor().body("""
                {"kind":"ARTICLE","number":"Статья 4","heading":"Принципы участия","text":""}""")
                .when().put(version + "/units/article-2?language=ru").then().statusCode(200)
                .body("key", equalTo("article-4")).body("heading", equalTo("Принципы участия"))
                .body("position", equalTo(7));
        editor().when().get(version).then().statusCode(200)
                .body("units.key", hasItem("article-4-p-2"))
                .body("warnings.message", hasItem("'Статья 4' follows 'Статья 1'"));

        editor().body("""
                {"kind":"ARTICLE","number":"без номера","heading":null,"text":""}""")
                .when().put(version + "/units/article-4?language=ru").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("number"));
        editor().body("""
                {"kind":"SECTION","number":"1.","text":"%s"}""".formatted("т".repeat(20_001)))
                .when().put(version + "/units/article-4-p-1?language=ru").then().statusCode(422)
                .body("errors.field", hasItem("kind")).body("errors.field", hasItem("text"));
        editor().body("{\"kind\":\"PARAGRAPH\",\"number\":\"1.\"}")
                .when().put(version + "/units/no-such-unit?language=ru").then().statusCode(404).contentType(PROBLEM);

        editor().when().delete(version + "/units/article-1-p-2?language=ru").then().statusCode(204);
        editor().when().get(version).then().statusCode(200)
                .body("units.key", contains("preamble", "chapter-1", "article-1", "article-1-p-1", "article-4",
                        "article-4-p-1", "article-4-p-2", "chapter-2", "article-3"));
        given().when().get("/api/events/" + slug + "/history").then().statusCode(404);
        editor().when().get("/api/events/" + slug + "/history").then().statusCode(200)
                .body("action", hasItem("draft.unit-edited")).body("action", hasItem("draft.unit-removed"));
    }

    @Test
    void languagesLinkByKeyAndVersionsMoveOnWithTheirDiffAndTable() throws IOException {
        String slug = TestDrafts.forum(true);
        long id = importRussian(slug);
        String draft = drafts(slug) + "/" + id;
        addText(slug, id, 1, "kk", TestDrafts.KK_V1.replace("3-бап", "4-бап"));
        multipart(TestTokens.editor(), field("language", "kk"), text("kk.txt", TestDrafts.KK_V1.replace("3-бап", "4-бап")))
                .when().post(draft + "/versions/1/texts").then().statusCode(200)
                .body("language", equalTo("kk"))
                .body("warnings.findAll { it.key == 'article-4' }.message", hasItem("has no counterpart in the ru text"))
                .body("warnings.findAll { it.key == 'article-4' }.message", hasItem("'4-бап' follows '2-бап'"))
                .body("warnings.findAll { it.key == 'article-3' }.message", hasItem("is in the ru text but not in this one"));
        multipart(TestTokens.editor(), field("language", "kk"), text("kk.txt", TestDrafts.KK_V1))
                .when().post(draft + "/versions/1/texts").then().statusCode(200).body("warnings", hasSize(0));
        editor().when().get(draft + "/versions/1?language=ru").then().statusCode(200)
                .body("languages", contains("ru", "kk"))
                .body("units[2].translations", contains("kk"));
        editor().when().get(draft + "/versions/1/units/article-1-p-2").then().statusCode(200)
                .body("text.ru", equalTo("Обеспечить открытость:"))
                .body("text.kk", equalTo("Ашықтықты қамтамасыз ету:"));

        publish(slug, id, 1);
        editor().when().post(draft + "/versions/1/publish").then().statusCode(409).contentType(PROBLEM);
        multipart(TestTokens.editor(), field("language", "kk"), text("kk.txt", TestDrafts.KK_V1))
                .when().post(draft + "/versions/1/texts").then().statusCode(409).body("type", endsWith("version-published"));
        editor().body("{\"kind\":\"PARAGRAPH\",\"number\":\"1.\",\"text\":\"x\"}")
                .when().put(draft + "/versions/1/units/article-1-p-1?language=ru").then().statusCode(409)
                .body("type", endsWith("version-published"));

        given().when().get(draft + "/versions/1?language=kk").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300").header("ETag", notNullValue())
                .body("units[3].revisedIn", equalTo(1)).body("warnings", nullValue());
        given().when().get(drafts(slug)).then().statusCode(200).body("[0].currentVersion", equalTo(1))
                .body("[0].editingVersion", nullValue());
        given().when().get("/api/events/" + slug).then().statusCode(200).body("drafts[0].id", equalTo((int) id));

        Response started = editor().body("{\"changeNote\":{\"ru\":\"Учтены предложения\"}}").when().post(draft + "/versions");
        started.then().statusCode(201).header("Location", endsWith(draft + "/versions/2"))
                .body("editingVersion", equalTo(2)).body("versions[0].changeNote.ru", equalTo("Учтены предложения"));
        editor().body("{}").when().post(draft + "/versions").then().statusCode(409).body("type", endsWith("version-editing"));
        given().when().get(draft + "/versions/2").then().statusCode(404);
        given().when().get(draft).then().statusCode(200).body("versions", hasSize(1));

        editor().body("{\"kind\":\"PARAGRAPH\",\"number\":\"1.\",\"text\":\"Обеспечить участие граждан и организаций.\"}")
                .when().put(draft + "/versions/2/units/article-1-p-1?language=ru").then().statusCode(200);
        editor().when().delete(draft + "/versions/2/units/article-2-p-2?language=ru").then().statusCode(204);
        publish(slug, id, 2);

        given().when().get(draft + "/versions/2?language=ru").then().statusCode(200)
                .body("units.find { it.key == 'article-1-p-1' }.revisedIn", equalTo(2))
                .body("units.find { it.key == 'article-1' }.revisedIn", equalTo(1));

        JsonPath diff = given().when().get(draft + "/diff?from=1&to=2&language=ru").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("article-1-p-1", "article-2-p-2"), diff.getList("units.key"));
        assertEquals(List.of("CHANGED", "REMOVED"), diff.getList("units.change"));
        assertEquals(Map.of("op", "INSERT", "text", " и организаций"), diff.getMap("units[0].words[1]"));
        assertEquals("1. Обеспечить участие граждан.", diff.getString("units[0].before"));
        given().when().get(draft + "/diff?from=2&to=1").then().statusCode(422).body("errors.field", hasItem("from"));
        given().when().get(draft + "/diff?from=1&to=9").then().statusCode(422).body("errors.field", hasItem("to"));

        editor().body("{\"justification\":{\"ru\":\"По рекомендации участников\"},\"recommendationIds\":[7]}")
                .when().put(draft + "/versions/2/table/article-1-p-1").then().statusCode(200)
                .body("recommendationIds", contains(7)).body("change", equalTo("CHANGED"));
        editor().body("{\"justification\":{\"ru\":\"x\"}}")
                .when().put(draft + "/versions/2/table/article-1").then().statusCode(404).contentType(PROBLEM);
        editor().body("{\"justification\":{\"ru\":\"%s\"},\"recommendationIds\":[0]}".formatted("x".repeat(5001)))
                .when().put(draft + "/versions/2/table/article-1-p-1").then().statusCode(422)
                .body("errors.field", hasItem("justification.ru")).body("errors.field", hasItem("recommendationIds"));
        given().when().get(draft + "/versions/2/table?language=ru").then().statusCode(200)
                .body("previousVersion", equalTo(1))
                .body("rows.key", contains("article-1-p-1", "article-2-p-2"))
                .body("rows[0].justification.ru", equalTo("По рекомендации участников"))
                .body("rows[1].after", nullValue());

        Response docx = given().when().get(draft + "/versions/2/table.docx?language=ru");
        docx.then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", containsString(slug + "-draft-" + id + "-v2-table-ru.docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()))) {
            XWPFTable table = document.getTables().get(0);
            assertEquals(3, table.getRows().size());
            assertEquals("Предыдущая редакция", table.getRow(0).getCell(1).getText());
            assertTrue(table.getRow(1).getCell(2).getText().contains("граждан и организаций"));
            assertTrue(table.getRow(1).getCell(3).getText().contains("Рекомендация №7"));
        }
    }

    @Test
    void onlyEditorsWriteAndThePublicNeverSeeAnEditingVersion() {
        String slug = TestDrafts.forum(true);
        long id = importRussian(slug);
        String draft = drafts(slug) + "/" + id;
        multipart(null, field("titleRu", "П"), field("language", "ru"), text("a.txt", TestDrafts.RU_V1))
                .when().post(drafts(slug)).then().statusCode(401).contentType(PROBLEM);
        multipart(TestTokens.citizen(), field("titleRu", "П"), field("language", "ru"), text("a.txt", TestDrafts.RU_V1))
                .when().post(drafts(slug)).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.citizen()).when().post(draft + "/versions/1/publish").then().statusCode(403);
        given().when().delete(draft + "/versions/1/units/article-1?language=ru").then().statusCode(401);

        publish(slug, id, 1);
        editor().body("{}").when().post(draft + "/versions").then().statusCode(201);
        given().auth().oauth2(TestTokens.citizen()).when().get(draft + "/versions/2").then().statusCode(404);
        given().when().get(draft + "/versions/2/units/article-1").then().statusCode(404);
        given().when().get(draft).then().statusCode(200).body("editingVersion", nullValue())
                .body("versions.number", contains(1));
        editor().when().get(draft).then().statusCode(200).body("editingVersion", equalTo(2))
                .body("versions.number", contains(2, 1));
    }
}
