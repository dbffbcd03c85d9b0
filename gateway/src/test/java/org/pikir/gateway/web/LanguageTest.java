package org.pikir.gateway.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class LanguageTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void withoutAnyHintThePagesAreInRussian() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<h1>Общественные форумы</h1>"))
                .body(containsString(">Войти</a>"));
    }

    @Test
    void theBrowsersLanguageIsUsedWhenSupported() {
        given().header("Accept-Language", "de-DE, en;q=0.8, ru;q=0.5")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Public forums</h1>"))
                .body(containsString("Constitutional reform: the basis"));
    }

    @Test
    void theLanguageSwitchWinsAndIsRemembered() {
        String cookie = given().header("Accept-Language", "en")
                .queryParam("lang", "kk")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("<h1>Қоғамдық форумдар</h1>"))
                .body(containsString("Конституциялық реформа – елдің ұзақ мерзімді дамуының негізі"))
                .body(containsString("<a href=\"/?lang=kk\" lang=\"kk\" hreflang=\"kk\" aria-current=\"true\">Қазақша</a>"))
                .cookie("pikir_lang", detailedCookie().value("kk").path("/").httpOnly(true).sameSite("Lax"))
                .extract().cookie("pikir_lang");

        given().header("Accept-Language", "en").cookie("pikir_lang", cookie)
                .when().get("/forums/" + Stubs.ALMATY)
                .then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("Пікірлер"))
                .body(containsString("Кіру"));
    }

    @Test
    void anUnsupportedLanguageIsIgnored() {
        String cookie = given().queryParam("lang", "de").header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .extract().cookie("pikir_lang");
        assertNull(cookie);
    }
}
