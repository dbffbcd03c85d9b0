package org.pikir.gateway.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Builds the layout data of a page and renders templates in the visitor's language. */
@ApplicationScoped
public class Pages {

    /** The roles that may use the admin console at {@code /admin}. */
    public static final Set<String> STAFF_ROLES = Set.of("moderator", "editor", "admin");

    private final Visitor visitor;

    public Pages(Visitor visitor) {
        this.visitor = visitor;
    }

    /** For the page at {@code path} (with its query, if any): language links and "sign in" come back to it. */
    public Page page(String path) {
        // on the event loop (an address no page has) the session is not looked at: that may block
        SignedInUser user = BlockingOperationControl.isBlockingAllowed() ? visitor.user().orElse(null) : null;
        Page page = anonymousOrSigned(visitor.language(), path, user == null ? null : user.displayName());
        return user != null && user.hasAnyRole(STAFF_ROLES)
                ? new Page(page.lang(), page.userName(), true, page.signInUrl(), page.languages())
                : page;
    }

    /** For a page shown where no CSRF token can be issued: no account links, so no sign-out form. */
    public Page withoutAccount(String path) {
        Page page = anonymousOrSigned(visitor.language(), path, null);
        return new Page(page.lang(), null, false, null, page.languages());
    }

    public static Page anonymousOrSigned(String lang, String path, String userName) {
        List<Page.LanguageLink> links = UiLanguage.CODES.stream()
                .map(code -> new Page.LanguageLink(code, UiLanguage.nativeName(code),
                        path + (path.contains("?") ? "&" : "?") + UiLanguage.QUERY_PARAMETER + "=" + code,
                        code.equals(lang)))
                .toList();
        return new Page(lang, userName, false, signInUrl(path), links);
    }

    public static String signInUrl(String path) {
        return "/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(UiLanguage.locale(visitor.language()));
    }
}
