package org.pikir.gateway.admin.analysis;

import org.pikir.gateway.web.SignedInUser;

import java.time.ZoneId;

/** A forum as a staff member opened its analysis for one request: who, which forum, the page's language and zone. */
public record AnalysedForum(SignedInUser user, String slug, String title, String lang, ZoneId zone) {

    /** The analysis overview of the forum. */
    public String href() {
        return AnalysisConsole.pathOf(slug);
    }

    public String itemsHref() {
        return href() + "/items";
    }

    public String campaignsHref() {
        return href() + "/campaigns";
    }

    public String jobsHref() {
        return href() + "/jobs";
    }

    public String themeHref(long id) {
        return href() + "/themes/" + id;
    }

    public String jobHref(long id) {
        return jobsHref() + "/" + id;
    }

    AnalysisMessages ana() {
        return AnalysisConsole.messages(lang);
    }
}
