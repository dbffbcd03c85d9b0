package org.pikir.gateway;

import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The hidden fields of a rendered page's forms and the CSRF cookie (with its binding to the signed-in person) that
 * came with it, to post as a browser would.
 */
public record PageForm(Map<String, String> fields, String csrfCookie, String csrfBinding) {

    private static final Pattern HIDDEN = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    public static PageForm of(Response page) {
        assertThat(page.statusCode(), equalTo(200));
        Map<String, String> fields = new HashMap<>();
        Matcher matcher = HIDDEN.matcher(page.asString());
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return new PageForm(fields, page.getCookie("csrf-token"), page.getCookie("csrf-binding"));
    }

    /** The cookies a browser would send back with the form: the CSRF cookie and, for a session, its binding. */
    public Map<String, String> cookies() {
        Map<String, String> cookies = new HashMap<>();
        if (csrfCookie != null) {
            cookies.put("csrf-token", csrfCookie);
        }
        if (csrfBinding != null) {
            cookies.put("csrf-binding", csrfBinding);
        }
        return cookies;
    }

    public String field(String name) {
        return fields.get(name);
    }
}
