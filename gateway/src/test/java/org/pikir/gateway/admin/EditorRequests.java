package org.pikir.gateway.admin;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forum editor's forms as a browser sends them, and events-service's answers and the requests it was sent. */
public final class EditorRequests {

    public static final String CSRF = "csrf-token";
    public static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private EditorRequests() {
    }

    /** A form post as the browser makes it: the session, the CSRF cookie and field, the page's language. */
    public static RequestSpecification posting(String session, PageForm form, String lang) {
        return given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", lang)
                .contentType(FORM)
                .formParam(CSRF, form.field(CSRF));
    }

    /** A text field of a multipart form as browsers send it: UTF-8, the page's encoding. */
    public static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    /** events-service's refusal: problem+json of that type, with field errors (a JSON array). */
    public static ResponseDefinitionBuilder problem(int status, String type, String errors) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type":"https://pikir.org/problems/%s","title":"Refused","status":%d,"errors":%s}"""
                .formatted(type, status, errors));
    }

    public static LoggedRequest onlyRequest(RequestPatternBuilder pattern) {
        List<LoggedRequest> sent = Stubs.events().find(pattern);
        assertThat(sent, hasSize(1));
        return sent.get(0);
    }

    public static void assertJson(String expected, LoggedRequest sent) {
        assertTrue(equalToJson(expected).match(sent.getBodyAsString()).isExactMatch(), sent.getBodyAsString());
    }
}
