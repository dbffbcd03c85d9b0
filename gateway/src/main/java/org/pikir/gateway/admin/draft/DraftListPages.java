package org.pikir.gateway.admin.draft;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.EditedForum;
import org.pikir.gateway.admin.FieldErrorMapping;
import org.pikir.gateway.admin.ForumRows;
import org.pikir.gateway.admin.MaterialUpload;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A forum's draft documents in the admin console: the list (versions and their status) and the import of a new
 * draft from a .docx, .txt or .md file, which events-service reads into parts, chapters, articles and paragraphs.
 */
@Path("/admin/forums/{slug}/drafts")
@Produces(MediaType.TEXT_HTML)
public class DraftListPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "DraftConsole")
    static class Templates {

        static native TemplateInstance drafts(Page page, AdminNav nav, EditedForum forum,
                                              ForumRows.Listing<DraftRow> drafts, Form form, List<Choice> languages);
    }

    /** A draft in the list: its title, languages, whether it is a demonstration, and its versions. */
    public record DraftRow(long id, String title, String languages, boolean demonstration, int articleCount,
                           Integer currentVersion, Integer editingVersion, String currentHref, String editingHref,
                           String publicHref, boolean canStartVersion) {
    }

    private final DraftConsole console;

    public DraftListPages(DraftConsole console) {
        this.console = console;
    }

    @GET
    @Operation(summary = "A forum's draft documents, their versions, and the form to import one (HTML)")
    public RestResponse<TemplateInstance> list(@PathParam("slug") String slug, @QueryParam("page") String page) {
        EditedForum forum = console.open(slug, "/admin/forums/" + slug + "/drafts");
        Form form = Form.empty().with("language", UiLanguage.CODES.contains(forum.lang()) ? forum.lang() : "ru");
        return console.show(page(forum, Paging.number(page), form));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Imports a draft document from a file (streamed on to events-service), then its editor")
    public RestResponse<TemplateInstance> importDraft(@PathParam("slug") String slug,
                                                      @RestForm("title.kk") String titleKk,
                                                      @RestForm("title.ru") String titleRu,
                                                      @RestForm("title.en") String titleEn,
                                                      @RestForm String language, @RestForm String demonstration,
                                                      @RestForm FileUpload file) {
        EditedForum forum = console.open(slug, "/admin/forums/" + slug + "/drafts");
        Form form = Form.empty().with("title.kk", AdminForms.strip(titleKk)).with("title.ru", AdminForms.strip(titleRu))
                .with("title.en", AdminForms.strip(titleEn)).with("language", AdminForms.strip(language))
                .with("demonstration", "true".equals(demonstration) ? "true" : "");
        ClientMultipartForm upload = ClientMultipartForm.create();
        Map<String, String> titles = AdminForms.texts(form, "title");
        titles.forEach((lang, title) -> upload.attribute("title" + capitalised(lang), title, null));
        if (!form.value("language").isEmpty()) {
            upload.attribute("language", form.value("language"), null);
        }
        upload.attribute("demonstration", String.valueOf(form.is("demonstration", "true")), null);
        MaterialUpload.content(upload, file, null);
        ServiceAnswer<DraftResponse> answer = console.client().importDraft(slug, upload);
        if (answer instanceof ServiceAnswer.Done<DraftResponse> done && done.value().id() != null) {
            DraftResponse draft = done.value();
            int version = draft.editingVersion() == null ? 1 : draft.editingVersion();
            return DraftConsole.seeOther(DraftConsole.versionHref(forum, draft.id(), version) + "?done=imported");
        }
        DraftConsoleMessages drfa = DraftConsole.messages(forum.lang());
        FieldErrorMapping fields = FieldErrorMapping.startingAt("draft-title-kk")
                .field("title", "draft-title-kk", drfa.error_title())
                .field("titleKk", "draft-title-kk", drfa.error_title())
                .field("titleRu", "draft-title-ru", drfa.error_title())
                .field("titleEn", "draft-title-en", drfa.error_title())
                .field("language", "draft-language", drfa.error_language())
                .field("demonstration", "draft-demonstration", drfa.error_rejected())
                .field("file", "draft-file", drfa.error_file());
        if (answer instanceof ServiceAnswer.Refused<DraftResponse> refused && refused.status() == 415) {
            form.reject("draft-file", drfa.error_file_type());
        } else if (answer instanceof ServiceAnswer.Refused<DraftResponse> refused && refused.status() == 413) {
            form.reject("draft-file", drfa.error_file_too_large());
        } else {
            console.refused(answer, forum, form, fields);
        }
        return console.show(answer, page(forum, 1, form));
    }

    private TemplateInstance page(EditedForum forum, int page, Form form) {
        String path = DraftConsole.draftsHref(forum);
        List<DraftResponse> drafts = console.required(console.client().drafts(forum.slug()), forum, path,
                "the drafts");
        List<DraftRow> rows = drafts.stream().filter(d -> d.id() != null).map(d -> row(forum, d)).toList();
        List<Choice> languages = UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList();
        return Templates.drafts(console.page(page > 1 ? path + "?page=" + page : path), console.nav(forum), forum,
                Paging.page(rows, page, PAGE_SIZE, path + "?page=", "drafts"), form, languages);
    }

    private static DraftRow row(EditedForum forum, DraftResponse draft) {
        long id = draft.id();
        return new DraftRow(id, DraftConsole.title(draft, forum.lang()),
                draft.languages().stream().map(UiLanguage::nativeName).collect(Collectors.joining(", ")),
                draft.demonstration(), draft.articleCount(), draft.currentVersion(), draft.editingVersion(),
                draft.currentVersion() == null ? null : DraftConsole.versionHref(forum, id, draft.currentVersion()),
                draft.editingVersion() == null ? null : DraftConsole.versionHref(forum, id, draft.editingVersion()),
                draft.currentVersion() == null ? null : DraftConsole.publicHref(forum, id, draft.currentVersion()),
                draft.canStartVersion());
    }

    private static String capitalised(String lang) {
        return Character.toUpperCase(lang.charAt(0)) + lang.substring(1);
    }
}
