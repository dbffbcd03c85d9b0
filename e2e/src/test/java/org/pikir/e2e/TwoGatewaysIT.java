package org.pikir.e2e;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.e2e.EventsApiIT.ALMATY;

/**
 * Two gateway replicas that share the sessions database serve one browser interchangeably, as behind a round-robin
 * balancer: signed in through one, the browser comments through the other (cookies on localhost go to every port).
 */
@ExtendWith(PlatformExtension.class)
class TwoGatewaysIT {

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void aSignInStartedOnOneReplicaIsCompletedByTheOther() {
        String second = platform.startSecondGateway();
        URI secondUri = URI.create(second);
        BrowserSession browser = new BrowserSession(platform.gatewayUrl());
        // the balancer sends Keycloak's redirect back (code and state) to the replica that did not start the sign-in
        browser.balanceRedirects(uri -> uri.getQuery() != null && uri.getQuery().contains("code=")
                && uri.getPort() == URI.create(platform.gatewayUrl()).getPort()
                ? URI.create(secondUri.getScheme() + "://" + secondUri.getAuthority() + uri.getRawPath() + "?" + uri.getRawQuery())
                : uri);
        FormElement login = browser.open("/login").form("form#kc-form-login");

        BrowserSession.Page landed = browser.submit(login, Map.of("username", "citizen", "password", "citizen"));
        assertTrue(landed.uri().toString().startsWith(second), "the callback went to " + landed.uri());

        assertEquals(200, landed.status(), "the second replica could not read the first one's sign-in state:\n"
                + landed.body());
        assertTrue(browser.open(platform.gatewayUrl() + "/forums/" + ALMATY + "?lang=en").document()
                .select(".account").text().contains("Aigerim Citizen"), "not signed in after the callback");
    }

    @Test
    void signedInThroughOneReplicaABrowserCommentsThroughTheOther() {
        String second = platform.startSecondGateway();
        BrowserSession browser = new BrowserSession(platform.gatewayUrl());
        FormElement login = browser.open("/login").form("form#kc-form-login");
        browser.submit(login, Map.of("username", "citizen", "password", "citizen"));

        BrowserSession.Page forum = browser.open(second + "/forums/" + ALMATY + "?lang=en");
        assertEquals(200, forum.status());
        assertTrue(forum.document().select(".account").text().contains("Aigerim Citizen"),
                "the second replica does not know the session:\n" + forum.body());
        FormElement commentForm = forum.form("form[action$='/forums/" + ALMATY + "/comments']");
        Element textarea = commentForm.selectFirst("textarea[name]");
        assertNotNull(textarea);
        String text = "Through the second gateway " + UUID.randomUUID();

        BrowserSession.Page after = browser.submit(commentForm, Map.of(textarea.attr("name"), text));

        assertEquals(200, after.status(), after.body());
        assertTrue(after.uri().toString().startsWith(second), "stayed on the second replica: " + after.uri());
        assertTrue(after.document().select(".comment").stream().anyMatch(c -> c.text().contains(text)),
                "the comment sent through the second replica is not on its page:\n" + after.body());
        assertTrue(browser.open(platform.gatewayUrl() + "/forums/" + ALMATY + "?lang=en").document()
                        .select(".account").text().contains("Aigerim Citizen"),
                "the first replica no longer knows the session");
    }
}
