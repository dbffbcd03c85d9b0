package org.pikir.gateway.draft;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The comparative table of a version of a draft (сравнительная таблица): per changed unit the previous wording, the
 * new one and the justification, as a page and as the Word file events-service writes, relayed as it comes.
 */
@Path("/forums/{slug}/drafts/{id}/versions/{n}")
public class DraftTablePages {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** What events-service names its files; anything else is replaced by a name of the same form. */
    private static final Pattern DISPOSITION = Pattern.compile("attachment; filename=\"[a-z0-9.-]{1,200}\\.docx\"");

    @CheckedTemplate(basePath = "drafts")
    static class Templates {

        static native TemplateInstance table(Page page, DraftContext draft, ComparativeTableResponse table,
                                             List<TableRowView> rows, List<DraftContext.LanguageLink> downloads);
    }

    private final DraftReading reading;
    private final DraftTexts texts;
    private final Visitor visitor;
    private final Pages pages;

    public DraftTablePages(DraftReading reading, DraftTexts texts, Visitor visitor, Pages pages) {
        this.reading = reading;
        this.texts = texts;
        this.visitor = visitor;
        this.pages = pages;
    }

    static String pathOf(DraftContext draft, int version) {
        return draft.path() + "/versions/" + version + "/table";
    }

    @GET
    @Path("table")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The comparative table of a version of a draft against the one before, with its .docx (HTML)")
    public TemplateInstance table(@PathParam("slug") String slug, @PathParam("id") String id,
                                  @PathParam("n") String n) {
        DraftContext draft = reading.open(slug, id, n);
        if (draft.version() < 2) {
            throw new PageNotFoundException("Version 1 of draft " + id + " has no comparative table");
        }
        ComparativeTableResponse table = texts.table(slug, draft.draftId(), draft.version(), draft.textLang())
                .orElseThrow(() -> new PageNotFoundException("No table of draft " + id + " v" + n));
        String lang = visitor.language();
        DraftMessages drf = DraftReading.messages(lang);
        List<TableRowView> rows = table.rows().stream()
                .map(r -> new TableRowView(r.key(), r.number(), r.change(), DraftPages.changeLabel(r.change(), drf),
                        "REMOVED".equals(r.change()) ? null : draft.path() + "?v=" + draft.version() + "#" + r.key(),
                        r.before(), r.after(), LocalizedText.pick(r.justification(), lang),
                        r.recommendationIds().stream()
                                .map(rid -> new TableRowView.Link(drf.recommendation_number(rid),
                                        draft.forumPath() + "#recommendation-" + rid))
                                .toList()))
                .toList();
        String file = pathOf(draft, draft.version()) + ".docx?language=";
        List<DraftContext.LanguageLink> downloads = draft.draft().languages().stream()
                .filter(UiLanguage::isSupported)
                .map(code -> new DraftContext.LanguageLink(code, UiLanguage.nativeName(code), file + code,
                        code.equals(draft.textLang())))
                .toList();
        return pages.localized(Templates.table(pages.page(pathOf(draft, draft.version())), draft, table, rows,
                downloads));
    }

    /**
     * The table as a .docx in one language ({@code language}, or {@code lang} as the contract of the admin console
     * names it; the text's language when neither is given).
     */
    @GET
    @Path("table.docx")
    @Produces(DOCX)
    @Operation(summary = "The comparative table as a Word file, relayed from events-service (language=kk|ru|en)")
    public RestResponse<byte[]> docx(@PathParam("slug") String slug, @PathParam("id") String id,
                                     @PathParam("n") String n, @QueryParam("language") String language,
                                     @QueryParam("lang") String lang) {
        DraftContext draft = reading.open(slug, id, n);
        String wanted = UiLanguage.isSupported(language) ? language : UiLanguage.isSupported(lang) ? lang : draft.textLang();
        if (draft.version() < 2 || !draft.draft().languages().contains(wanted)) {
            throw new PageNotFoundException("No table of draft " + id + " v" + n + " in " + wanted);
        }
        DraftTexts.Download file = texts.tableDocx(slug, draft.draftId(), draft.version(), wanted)
                .orElseThrow(() -> new PageNotFoundException("No .docx table of draft " + id + " v" + n));
        String disposition = file.disposition() != null && DISPOSITION.matcher(file.disposition()).matches()
                ? file.disposition()
                : "attachment; filename=\"" + slug + "-draft-" + draft.draftId() + "-v" + draft.version() + "-table-"
                + wanted + ".docx\"";
        return RestResponse.ResponseBuilder.ok(file.body(), DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
