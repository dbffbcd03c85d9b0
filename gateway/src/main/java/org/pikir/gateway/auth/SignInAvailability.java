package org.pikir.gateway.auth;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pikir.gateway.web.PageErrors;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.UiLanguage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Once the gateway knows Keycloak's endpoints it would send a visitor to them even when Keycloak is
 * down, and the visitor would meet a browser connection error. Before sending anyone to sign in this
 * asks Keycloak (briefly, and at most every few seconds) and shows the "sign-in unavailable" page instead.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class);
    private static final Duration TRUST_A_SUCCESS_FOR = Duration.ofSeconds(10);
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(1500);
    private static final String SESSION_COOKIE = "q_session";

    private final String discovery;
    private final AtomicLong lastReachedAt = new AtomicLong(Long.MIN_VALUE);
    private HttpClient client;

    public SignInAvailability(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.discovery = authServerUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        // ahead of the security handlers, which would redirect to Keycloak
        router.get("/login").order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        if (rc.request().getCookie(SESSION_COOKIE) != null || recentlyReached()) {
            rc.next();
            return;
        }
        RequestOptions probe = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discovery)
                .setTimeout(PROBE_TIMEOUT.toMillis());
        client.request(probe)
                .compose(request -> request.send())
                .onComplete(result -> {
                    if (result.succeeded() && result.result().statusCode() == 200) {
                        lastReachedAt.set(System.nanoTime());
                        rc.next();
                    } else {
                        LOG.warnf("Sign-in unavailable: Keycloak did not answer at %s (%s)", discovery,
                                result.succeeded() ? "status " + result.result().statusCode() : result.cause().toString());
                        unavailable(rc);
                    }
                });
    }

    private boolean recentlyReached() {
        long last = lastReachedAt.get();
        return last != Long.MIN_VALUE && System.nanoTime() - last < TRUST_A_SUCCESS_FOR.toNanos();
    }

    private static void unavailable(RoutingContext rc) {
        String lang = UiLanguage.of(rc);
        String html = PageErrors.Templates.unavailable(Pages.anonymousOrSigned(lang, "/", null))
                .setLocale(UiLanguage.locale(lang))
                .render();
        rc.response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.RETRY_AFTER, "30")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html);
    }
}
