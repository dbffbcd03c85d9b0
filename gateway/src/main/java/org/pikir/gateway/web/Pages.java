package org.pikir.gateway.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the layout data of a page and renders templates in the visitor's language. */
@ApplicationScoped
public class Pages {

    private final Visitor visitor;

    public Pages(Visitor visitor) {
        this.visitor = visitor;
    }

    /** For the page at {@code path} (no query): language links and "sign in" come back to it. */
    public Page page(String path) {
        // on the event loop (an address no page has) the session is not looked at: that may block
        String userName = BlockingOperationControl.isBlockingAllowed()
                ? visitor.user().map(SignedInUser::displayName).orElse(null)
                : null;
        return anonymousOrSigned(visitor.language(), path, userName);
    }

    /** For a page shown where no CSRF token can be issued: no account links, so no sign-out form. */
    public Page withoutAccount(String path) {
        Page page = anonymousOrSigned(visitor.language(), path, null);
        return new Page(page.lang(), null, null, page.languages());
    }

    public static Page anonymousOrSigned(String lang, String path, String userName) {
        List<Page.LanguageLink> links = UiLanguage.CODES.stream()
                .map(code -> new Page.LanguageLink(code, UiLanguage.nativeName(code),
                        path + "?" + UiLanguage.QUERY_PARAMETER + "=" + code, code.equals(lang)))
                .toList();
        return new Page(lang, userName, signInUrl(path), links);
    }

    public static String signInUrl(String path) {
        return "/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(UiLanguage.locale(visitor.language()));
    }
}
