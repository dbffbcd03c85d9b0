package org.pikir.gateway.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.pikir.gateway.admin.analysis.AnalysisMessages;
import org.pikir.gateway.web.SignedInUser;

import java.util.ArrayList;
import java.util.List;

/** The admin console's navigation: only the parts the signed-in staff member may use, the current one marked. */
public record AdminNav(List<Link> links) {

    /** Where the staff reports live (their pages are with the public report, in the report package). */
    public static final String REPORTS_PATH = "/admin/reports";
    /** The forums whose feedback staff can analyse (their pages are in the analysis package). */
    public static final String ANALYSIS_PATH = "/admin/analysis";

    public record Link(String href, String label, boolean current) {
    }

    public static AdminNav of(SignedInUser user, StaffArea current, String lang) {
        AdminMessages adm = messages(lang);
        List<Link> links = new ArrayList<>();
        links.add(new Link("/admin", adm.nav_overview(), current == StaffArea.CONSOLE));
        if (user.hasAnyRole(StaffArea.MODERATION.roles())) {
            links.add(new Link(ModerationPages.PATH, adm.nav_moderation(), current == StaffArea.MODERATION));
        }
        if (user.hasAnyRole(StaffArea.REVIEW.roles())) {
            links.add(new Link(ReviewPages.PATH, adm.nav_review(), current == StaffArea.REVIEW));
        }
        if (user.hasAnyRole(StaffArea.ANALYSIS.roles())) {
            links.add(new Link(ANALYSIS_PATH, MessageBundles.get(AnalysisMessages.class, Localized.Literal.of(lang))
                    .nav_analysis(), current == StaffArea.ANALYSIS));
        }
        if (user.hasAnyRole(StaffArea.FORUMS.roles())) {
            links.add(new Link(ForumEditorPages.PATH, adm.nav_forums(), current == StaffArea.FORUMS));
        }
        if (user.hasAnyRole(StaffArea.REPORTS.roles())) {
            links.add(new Link(REPORTS_PATH, adm.nav_reports(), current == StaffArea.REPORTS));
        }
        return new AdminNav(links);
    }

    /** Whether the staff member may open a forum's analysis (which forum pages then link to). */
    public boolean analysis() {
        return links.stream().anyMatch(link -> ANALYSIS_PATH.equals(link.href()));
    }

    static AdminMessages messages(String lang) {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(lang));
    }
}
