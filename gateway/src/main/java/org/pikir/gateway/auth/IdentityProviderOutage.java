package org.pikir.gateway.auth;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.pikir.gateway.web.PageErrors;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.UiLanguage;

/**
 * When Keycloak cannot be reached, signing in fails inside quarkus-oidc before any page code runs;
 * this turns that failure into the "temporarily unavailable" page instead of a server error.
 */
@ApplicationScoped
public class IdentityProviderOutage {

    private static final Logger LOG = Logger.getLogger(IdentityProviderOutage.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext rc) {
        if (!causedByOidc(rc.failure()) || rc.response().headWritten()) {
            rc.next();
            return;
        }
        LOG.warnf("Sign-in unavailable for %s: %s", rc.normalizedPath(), rc.failure().toString());
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

    private static boolean causedByOidc(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
