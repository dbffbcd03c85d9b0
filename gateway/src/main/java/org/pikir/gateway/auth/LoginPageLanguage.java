package org.pikir.gateway.auth;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.gateway.web.UiLanguage;

/**
 * Keycloak's login and registration pages open in the language the visitor reads the site in:
 * the redirect to Keycloak carries {@code ui_locales} (OpenID Connect Core 3.1.2.1), which
 * {@code quarkus.oidc.authentication.extra-params} cannot do because it is fixed at start-up.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginPageLanguage implements OidcRedirectFilter {

    static final String UI_LOCALES = "ui_locales";

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().set(UI_LOCALES, UiLanguage.of(context.routingContext()));
    }
}
