package org.pikir.gateway.web;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pikir.gateway.auth.LoginResource;
import org.pikir.gateway.session.SessionIdentity;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a form that another site makes a browser send to one of our pages, with the same 403 page as a
 * form without its CSRF token. Browsers say where a request comes from: {@code Sec-Fetch-Site} must be
 * {@code same-origin} (or {@code none}, typed by the user), else {@code Origin} must be this host. A request
 * with neither (an old browser, a script) is left to the CSRF token. Pages only: {@code /api/**} is forwarded
 * before any resource method, so bearer calls never meet this check.
 */
public class CrossSiteFormRefusal {

    private static final Logger LOG = Logger.getLogger(CrossSiteFormRefusal.class);
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final Pages pages;
    private final CsrfBinding binding;

    public CrossSiteFormRefusal(Pages pages, CsrfBinding binding) {
        this.pages = pages;
        this.binding = binding;
    }

    /**
     * A form posted with a session must carry the CSRF cookie issued to that person ({@link CsrfBinding}); a pair
     * issued to someone else is refused, and the refusal clears it so the form, loaded again, brings a fresh one.
     */
    @ServerRequestFilter
    public Uni<Response> refuseFormsOfAnotherAccount(ContainerRequestContext request, RoutingContext rc) {
        Cookie csrf = rc.request().getCookie(LoginResource.CSRF_COOKIE);
        if (SAFE_METHODS.contains(request.getMethod()) || csrf == null) {
            // no token at all: quarkus-rest-csrf refuses the form
            return Uni.createFrom().nullItem();
        }
        Cookie bound = rc.request().getCookie(CsrfBinding.COOKIE);
        boolean secure = request.getSecurityContext().isSecure();
        String path = request.getUriInfo().getPath();
        return SessionIdentity.of(rc).onFailure().recoverWithNull().map(identity -> {
            if (identity == null || identity.isAnonymous() || binding.matches(identity.getPrincipal().getName(),
                    csrf.getValue(), bound == null ? null : bound.getValue())) {
                // nobody signed in (a form that needs a session says so itself), or the person's own token
                return null;
            }
            LOG.infof("%s %s refused: its CSRF token was not issued to the signed-in person", request.getMethod(), path);
            return refusal(path).cookie(LoginResource.expiredCsrfCookie(secure)).build();
        });
    }

    @ServerRequestFilter
    public Response refuseCrossSiteForms(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || fromThisSite(request)) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        LOG.infof("%s %s refused: sent from another site (Origin %s, Sec-Fetch-Site %s)", request.getMethod(), path,
                request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"));
        return refusal(path).build();
    }

    private Response.ResponseBuilder refusal(String path) {
        // no account links: a refused request is issued no CSRF token for the sign-out form
        String html = pages.localized(PageErrors.Templates.formRefused(pages.withoutAccount(path))).render();
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(html);
    }

    private static boolean fromThisSite(ContainerRequestContext request) {
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null) {
            return OWN_SITE.contains(site.trim().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        String authority = authorityOf(origin);
        // behind a proxy Host may be the gateway's own address; a browser's cross-site form cannot set X-Forwarded-Host
        return authority != null && (authority.equalsIgnoreCase(trimmed(request.getHeaderString(HttpHeaders.HOST)))
                || authority.equalsIgnoreCase(firstOf(request.getHeaderString("X-Forwarded-Host"))));
    }

    /** {@code host[:port]} of an Origin, as a Host header names it; {@code null} for {@code null} or nonsense. */
    static String authorityOf(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                return null;
            }
            return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimmed(String header) {
        return header == null ? null : header.trim();
    }

    /** The first host a chain of proxies listed. */
    private static String firstOf(String header) {
        return header == null ? null : header.split(",", 2)[0].trim();
    }
}
