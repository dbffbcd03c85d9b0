package org.pikir.events.participant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** A participant's name as written, and optionally in Latin letters for the English pages. */
@QuarkusTest
class LatinNameTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }

    @Test
    void aLatinSpellingIsKeptByEditsThatOmitItAndRemovedWhenEmptied() {
        String slug = "latin-" + UUID.randomUUID().toString().substring(0, 8);
        editor().body("""
                {"slug":"%s","title":{"kk":"Тыңдау"},"city":"Астана","date":"2027-02-01"}""".formatted(slug))
                .when().post("/api/events").then().statusCode(201);
        String base = "/api/events/" + slug + "/participants";
        long id = editor().body("{\"name\":\"Гүлнар Сәтбаева\",\"latinName\":\"Gulnar Satbayeva\",\"role\":\"EXPERT\"}")
                .when().post(base).then().statusCode(201)
                .body("name", equalTo("Гүлнар Сәтбаева")).body("latinName", equalTo("Gulnar Satbayeva"))
                .extract().jsonPath().getLong("id");
        editor().body("{\"name\":\"Гүлнар Сәтбайқызы\",\"role\":\"EXPERT\"}").when().put(base + "/" + id)
                .then().statusCode(200).body("latinName", equalTo("Gulnar Satbayeva"));
        editor().body("{\"name\":\"Гүлнар Сәтбайқызы\",\"latinName\":\"\",\"role\":\"EXPERT\"}").when().put(base + "/" + id)
                .then().statusCode(200).body("latinName", nullValue());
        editor().body("{\"name\":\"Гүлнар\",\"latinName\":\"Гүлнар\",\"role\":\"EXPERT\"}").when().post(base)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("latinName"));
    }
}
