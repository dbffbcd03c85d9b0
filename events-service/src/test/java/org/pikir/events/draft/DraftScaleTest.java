package org.pikir.events.draft;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pikir.events.draft.TestDrafts.editor;
import static org.pikir.events.draft.TestDrafts.field;
import static org.pikir.events.draft.TestDrafts.file;
import static org.pikir.events.draft.TestDrafts.multipart;

/**
 * A draft the size of a large code: 300 articles of four paragraphs in a .docx (1,500 units), imported in one request,
 * copied to a second version and compared with it. The times are logged (docs/benchmarks.md has the targets: import
 * ≤ 5 s, diff ≤ 1 s); the test checks the whole text arrives and the diff finds every change.
 */
@QuarkusTest
class DraftScaleTest {

    private static final Logger LOG = Logger.getLogger(DraftScaleTest.class);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int ARTICLES = 300;

    @Test
    void aThreeHundredArticleDocumentIsImportedWholeAndComparedWithItsNextVersion() throws IOException {
        String slug = TestDrafts.forum(true);
        long started = System.nanoTime();
        long id = multipart(TestTokens.editor(), field("titleRu", "Большой кодекс"), field("language", "ru"),
                file("code.docx", DOCX, code()))
                .when().post("/api/events/" + slug + "/drafts")
                .then().statusCode(201).body("articleCount", equalTo(ARTICLES)).extract().jsonPath().getLong("id");
        LOG.infof("Imported a %d-article .docx in %d ms", ARTICLES, (System.nanoTime() - started) / 1_000_000);
        String draft = "/api/events/" + slug + "/drafts/" + id;
        TestDrafts.publish(slug, id, 1);
        editor().body("{}").when().post(draft + "/versions").then().statusCode(201);
        for (int article = 1; article <= ARTICLES; article += 30) {
            editor().body("{\"kind\":\"PARAGRAPH\",\"number\":\"2.\",\"text\":\"Изменённая норма статьи " + article + ".\"}")
                    .when().put(draft + "/versions/2/units/article-" + article + "-p-2?language=ru").then().statusCode(200);
        }
        TestDrafts.publish(slug, id, 2);

        given().when().get(draft + "/versions/2").then().statusCode(200).body("units", hasSize(ARTICLES * 5));
        started = System.nanoTime();
        given().when().get(draft + "/diff?from=1&to=2").then().statusCode(200).body("units", hasSize(ARTICLES / 30));
        LOG.infof("Compared two %d-article versions in %d ms", ARTICLES, (System.nanoTime() - started) / 1_000_000);
    }

    private static byte[] code() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int article = 1; article <= ARTICLES; article++) {
                document.createParagraph().createRun().setText("Статья " + article + ". Предмет статьи " + article);
                for (int paragraph = 1; paragraph <= 4; paragraph++) {
                    document.createParagraph().createRun().setText(paragraph + ". Норма " + paragraph + " статьи "
                            + article + " устанавливает порядок участия граждан в обсуждении проектов и сроки "
                            + "рассмотрения их предложений государственными органами.");
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
