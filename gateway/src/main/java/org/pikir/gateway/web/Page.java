package org.pikir.gateway.web;

import java.util.List;

/** What the layout of every page needs: language, who is signed in, where the language links and sign-in lead. */
public record Page(String lang, String userName, String signInUrl, List<LanguageLink> languages) {

    public boolean signedIn() {
        return userName != null;
    }

    public record LanguageLink(String code, String label, String href, boolean current) {
    }
}
