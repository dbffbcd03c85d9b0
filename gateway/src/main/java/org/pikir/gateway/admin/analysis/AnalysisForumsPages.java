package org.pikir.gateway.admin.analysis;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.ForumTitles;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.SignedInUser;

import java.util.List;

/** The forums whose feedback staff can analyse, each linked to its analysis overview. */
@Path(AdminNav.ANALYSIS_PATH)
@Produces(MediaType.TEXT_HTML)
public class AnalysisForumsPages {

    @CheckedTemplate(basePath = "AnalysisPages")
    static class Templates {

        static native TemplateInstance forums(Page page, AdminNav nav, List<Choice> forums);
    }

    private final AnalysisConsole console;
    private final ForumTitles titles;

    public AnalysisForumsPages(AnalysisConsole console, ForumTitles titles) {
        this.console = console;
        this.titles = titles;
    }

    @GET
    @Operation(summary = "The forums whose feedback staff can analyse (HTML)")
    public TemplateInstance forums() {
        SignedInUser user = console.require(AdminNav.ANALYSIS_PATH);
        String lang = console.language();
        List<Choice> forums = titles.in(lang).entrySet().stream()
                .map(e -> new Choice(AnalysisConsole.pathOf(e.getKey()), e.getValue())).toList();
        return console.localized(Templates.forums(console.page(AdminNav.ANALYSIS_PATH), console.nav(user, lang), forums));
    }
}
