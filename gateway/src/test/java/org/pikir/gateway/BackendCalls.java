package org.pikir.gateway;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

/** The calls the stub services receive while the gateway serves one page, for tests of what a page costs. */
public final class BackendCalls {

    private BackendCalls() {
    }

    /** The calls ("events GET /api/events/x") made while the gateway served {@code path}; the page must be whole. */
    public static List<String> callsFor(RequestSpecification request, String path) {
        List<String> events = calls(Stubs.events());
        List<String> feedback = calls(Stubs.feedback());
        List<String> identity = calls(Stubs.identity());

        String html = request.when().get(path).then().statusCode(200).extract().asString();

        assertThat("the page was not cut short", html, containsString("</footer>"));
        List<String> made = new ArrayList<>();
        since(Stubs.events(), events).forEach(call -> made.add("events " + call));
        since(Stubs.feedback(), feedback).forEach(call -> made.add("feedback " + call));
        assertThat("no call to the identity provider", since(Stubs.identity(), identity), empty());
        System.out.printf("%s: %d backend calls %s%n", path, made.size(), made);
        return made;
    }

    /** Every request a stub service has received, oldest and newest alike, as method, path and the time it came. */
    private static List<String> calls(WireMock service) {
        return service.find(anyRequestedFor(anyUrl())).stream()
                .map(r -> r.getMethod() + " " + r.getUrl().replaceAll("\\?.*", "") + " @" + r.getLoggedDate().getTime())
                .toList();
    }

    /** The requests received since {@code before} was taken, without their time. */
    private static List<String> since(WireMock service, List<String> before) {
        List<String> now = new ArrayList<>(calls(service));
        before.forEach(now::remove);
        return now.stream().map(call -> call.substring(0, call.lastIndexOf(" @"))).toList();
    }
}
