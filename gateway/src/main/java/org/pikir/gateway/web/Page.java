package org.pikir.gateway.web;

import java.util.List;

/**
 * What the layout of every page needs: language, who is signed in (and whether they may use the
 * admin console), where the language links and sign-in lead.
 */
public record Page(String lang, String userName, boolean staff, String signInUrl, List<LanguageLink> languages) {

    public boolean signedIn() {
        return userName != null;
    }

    public record LanguageLink(String code, String label, String href, boolean current) {
    }
}
