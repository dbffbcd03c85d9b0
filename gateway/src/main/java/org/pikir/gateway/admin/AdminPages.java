package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;

/** The admin console's first page: what the signed-in staff member can do, by role. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance overview(Page page, AdminNav nav, boolean moderation, boolean review,
                                                boolean forums, boolean reports);
    }

    private final StaffAccess access;
    private final Visitor visitor;
    private final Pages pages;

    public AdminPages(StaffAccess access, Visitor visitor, Pages pages) {
        this.access = access;
        this.visitor = visitor;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The admin console (moderators, editors, administrators): the parts the caller may use (HTML)")
    public TemplateInstance overview() {
        SignedInUser user = access.require(StaffArea.CONSOLE, "/admin");
        return pages.localized(Templates.overview(pages.page("/admin"),
                AdminNav.of(user, StaffArea.CONSOLE, visitor.language()),
                user.hasAnyRole(StaffArea.MODERATION.roles()), user.hasAnyRole(StaffArea.REVIEW.roles()),
                user.hasAnyRole(StaffArea.FORUMS.roles()), user.hasAnyRole(StaffArea.REPORTS.roles())));
    }
}
