package org.pikir.gateway.admin.draft;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure editor of one version of a draft: an editing version's units (kind, number, heading, text) can be
 * corrected one at a time and removed after a confirmation page, another language's text imported, the version
 * published; a published version is shown read-only and a new version can be started from the newest one.
 */
@Path("/admin/forums/{slug}/drafts/{id}/versions/{n}")
@Produces(MediaType.TEXT_HTML)
public class DraftVersionPages {

    static final int PAGE_SIZE = 50;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final List<String> KINDS = List.of("PART", "CHAPTER", "ARTICLE", "PARAGRAPH", "SUBPOINT", "TEXT");
    private static final Set<String> UNIT_FIELDS = Set.of("kind", "number", "heading", "text");
    private static final String CONFIRM = "confirm";

    @CheckedTemplate(basePath = "DraftConsole")
    static class Templates {

        static native TemplateInstance version(Page page, AdminNav nav, EditedForum forum, VersionView v, Form form,
                                               String done);

        static native TemplateInstance confirm(Page page, AdminNav nav, EditedForum forum, Confirmation confirmation,
                                               Form form);
    }

    private final DraftConsole console;

    public DraftVersionPages(DraftConsole console) {
        this.console = console;
    }

    @GET
    @Operation(summary = "One version of a draft: its warnings and units, editable while the version is being edited (HTML)")
    public RestResponse<TemplateInstance> show(@BeanParam VersionAddress at, @QueryParam("done") String done) {
        OpenedVersion opened = console.openVersion(at, "");
        return console.show(page(opened, at.pageNumber(), Form.empty(), doneText(done, opened.forum().lang())));
    }

    @POST
    @Path("units/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves one unit's kind, number, heading and text in events-service, then back to it")
    public RestResponse<TemplateInstance> saveUnit(@BeanParam VersionAddress at, @PathParam("key") String key,
                                                   @RestForm String kind, @RestForm String number,
                                                   @RestForm String heading, @RestForm String text) {
        OpenedVersion opened = console.openVersion(at, "");
        Form form = Form.empty().with("unit", key).with("kind", AdminForms.strip(kind))
                .with("number", AdminForms.strip(number)).with("heading", AdminForms.strip(heading))
                .with("text", text == null ? "" : text.strip());
        ServiceAnswer<DraftTextResponse.Unit> answer = console.client().saveUnit(at.slug(), opened.draft().id(),
                opened.version().number(), key, opened.language(),
                new UnitRequest(form.value("kind"), form.value("number"), blankToNull(form.value("heading")),
                        form.value("text")));
        if (answer instanceof ServiceAnswer.Done<DraftTextResponse.Unit> done) {
            String saved = done.value() == null || done.value().key() == null ? key : done.value().key();
            return DraftConsole.seeOther(opened.back("unit-saved", at.pageNumber())
                    + "#unit-" + saved);
        }
        DraftConsoleMessages drfa = DraftConsole.messages(opened.forum().lang());
        String field = "unit-" + key + "-";
        console.refused(answer, opened.forum(), form, FieldErrorMapping.startingAt(field + "number")
                .field("kind", field + "kind", drfa.error_kind())
                .field("number", field + "number", drfa.error_number())
                .field("heading", field + "heading", drfa.error_heading())
                .field("text", field + "text", drfa.error_text()));
        return console.show(answer, page(opened, at.pageNumber(), form, null));
    }

    @GET
    @Path("units/{key}/remove")
    @Operation(summary = "Asks whether to remove a unit and the units within it (HTML)")
    public RestResponse<TemplateInstance> askRemoval(@BeanParam VersionAddress at, @PathParam("key") String key) {
        OpenedVersion opened = console.openVersion(at, "/units/" + key + "/remove");
        return console.show(confirmation(opened, removal(opened, key, at.pageNumber()), Form.empty()));
    }

    @POST
    @Path("units/{key}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Removes a unit and the units within it, then back to the version")
    public RestResponse<TemplateInstance> remove(@BeanParam VersionAddress at, @PathParam("key") String key) {
        OpenedVersion opened = console.openVersion(at, "/units/" + key + "/remove");
        Confirmation removal = removal(opened, key, at.pageNumber());
        ServiceAnswer<Void> answer = console.client().removeUnit(at.slug(), opened.draftId(), opened.number(), key,
                opened.language());
        Form form = Form.empty();
        if (console.refused(answer, opened.forum(), form, FieldErrorMapping.startingAt(CONFIRM))) {
            return console.show(answer, confirmation(opened, removal, form));
        }
        return DraftConsole.seeOther(opened.back("unit-removed", at.pageNumber()) + "#units");
    }

    @GET
    @Path("publish")
    @Operation(summary = "Asks whether to publish an editing version of a draft (HTML)")
    public RestResponse<TemplateInstance> askPublishing(@BeanParam VersionAddress at) {
        OpenedVersion opened = console.openVersion(at, "/publish");
        return console.show(confirmation(opened, publishing(opened), Form.empty()));
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publishes an editing version of a draft, then back to it")
    public RestResponse<TemplateInstance> publish(@BeanParam VersionAddress at) {
        OpenedVersion opened = console.openVersion(at, "/publish");
        ServiceAnswer<Void> answer = console.client().publish(at.slug(), opened.draft().id(), opened.version().number());
        Form form = Form.empty();
        if (console.refused(answer, opened.forum(), form, FieldErrorMapping.startingAt(CONFIRM))) {
            return console.show(answer, confirmation(opened, publishing(opened), form));
        }
        return DraftConsole.seeOther(opened.back("published", 1));
    }

    @POST
    @Path("texts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replaces one language's text of an editing version with an imported file")
    public RestResponse<TemplateInstance> importText(@BeanParam VersionAddress at, @RestForm String language,
                                                     @RestForm FileUpload file) {
        OpenedVersion opened = console.openVersion(at, "");
        Form form = Form.empty().with("textLanguage", AdminForms.strip(language));
        ClientMultipartForm upload = ClientMultipartForm.create();
        if (!form.value("textLanguage").isEmpty()) {
            upload.attribute("language", form.value("textLanguage"), null);
        }
        MaterialUpload.content(upload, file, null);
        ServiceAnswer<Void> answer = console.client().importText(at.slug(), opened.draft().id(), opened.version().number(),
                upload);
        if (answer instanceof ServiceAnswer.Done<Void>) {
            return DraftConsole.seeOther(opened.href() + "?done=text-imported&language=" + form.value("textLanguage"));
        }
        DraftConsoleMessages drfa = DraftConsole.messages(opened.forum().lang());
        if (answer instanceof ServiceAnswer.Refused<Void> refused && refused.status() == 415) {
            form.reject("text-file", drfa.error_file_type());
        } else {
            console.refused(answer, opened.forum(), form, FieldErrorMapping.startingAt("text-language")
                    .field("language", "text-language", drfa.error_language())
                    .field("file", "text-file", drfa.error_file()));
        }
        return console.show(answer, page(opened, 1, form, null));
    }

    @POST
    @Path("next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Starts a new editing version copied from this published one, with a note of what it is for")
    public RestResponse<TemplateInstance> startVersion(@BeanParam VersionAddress at,
                                                       @RestForm("changeNote.kk") String noteKk,
                                                       @RestForm("changeNote.ru") String noteRu,
                                                       @RestForm("changeNote.en") String noteEn) {
        OpenedVersion opened = console.openVersion(at, "");
        Form form = Form.empty().with("changeNote.kk", AdminForms.strip(noteKk))
                .with("changeNote.ru", AdminForms.strip(noteRu)).with("changeNote.en", AdminForms.strip(noteEn));
        long draftId = opened.draft().id();
        ServiceAnswer<Void> answer = console.client().startVersion(at.slug(), draftId,
                new NewVersionRequest(AdminForms.texts(form, "changeNote")));
        if (answer instanceof ServiceAnswer.Done<Void>) {
            DraftResponse draft = console.draft(opened.forum(), String.valueOf(draftId), opened.href());
            int started = draft.editingVersion() != null ? draft.editingVersion() : opened.version().number() + 1;
            return DraftConsole.seeOther(DraftConsole.versionHref(opened.forum(), draftId, started)
                    + "?done=version-started&language=" + opened.language());
        }
        DraftConsoleMessages drfa = DraftConsole.messages(opened.forum().lang());
        console.refused(answer, opened.forum(), form, FieldErrorMapping.startingAt("new-version-note-kk")
                .perLanguage("changeNote", "new-version-note", drfa.error_change_note()));
        return console.show(answer, page(opened, 1, form, null));
    }

    @GET
    @Path("table.docx")
    @Produces(DOCX)
    @Operation(summary = "The comparative table of a version as a Word file, from events-service")
    public RestResponse<byte[]> tableDocument(@BeanParam VersionAddress at) {
        OpenedVersion opened = console.openVersion(at, "/table");
        DraftEditingClient.TableDocument document = console.required(console.client().tableDocument(at.slug(),
                opened.draft().id(), opened.version().number(), opened.language()), opened.forum(),
                opened.href() + "/table", "a table document");
        String disposition = document.contentDisposition() != null && document.contentDisposition().startsWith("attachment")
                ? document.contentDisposition()
                : "attachment; filename=\"" + at.slug() + "-draft-" + opened.draft().id() + "-v" + opened.version().number()
                + "-table-" + opened.language() + ".docx\"";
        return RestResponse.ResponseBuilder.ok(document.bytes(), DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private TemplateInstance page(OpenedVersion opened, int page, Form form, String done) {
        EditedForum forum = opened.forum();
        DraftResponse draft = opened.draft();
        int number = opened.version().number();
        DraftTextResponse text = console.required(console.client().text(forum.slug(), draft.id(), number,
                opened.language()), forum, opened.href(), "version " + number + " of draft " + draft.id());
        DraftConsoleMessages drfa = DraftConsole.messages(forum.lang());
        String self = opened.href() + "?language=" + opened.language();
        int shown = Paging.shown(page, text.units().size(), PAGE_SIZE);
        ForumRows.Listing<VersionView.UnitRow> units = Paging.page(text.units(), shown, PAGE_SIZE, self + "&page=",
                "units", unit -> unitRow(opened, unit, shown, form, drfa));
        boolean editing = text.editing() && opened.version().editing();
        VersionView view = new VersionView(draft.id(), DraftConsole.title(draft, forum.lang()), draft.demonstration(),
                number, editing, opened.language(), opened.href(), versionLinks(opened, drfa),
                opened.languageLinks(opened.href()), warnings(text, self), units,
                KINDS.stream().map(k -> new Choice(k, kindLabel(k, drfa))).toList(),
                UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList(),
                editing ? null : DraftConsole.publicHref(forum, draft.id(), number),
                number >= 2 ? opened.href() + "/table?language=" + opened.language() : null,
                opened.href() + "/publish",
                !editing && draft.canStartVersion() && draft.currentVersion() == number,
                DraftConsole.draftsHref(forum));
        return Templates.version(console.page(page > 1 ? self + "&page=" + page : self), console.nav(forum), forum,
                view, form, done);
    }

    private static VersionView.UnitRow unitRow(OpenedVersion opened, DraftTextResponse.Unit unit, int page, Form form,
                                               DraftConsoleMessages drfa) {
        boolean typed = form.is("unit", unit.key());
        String kind = typed ? form.value("kind") : unit.kind();
        String number = typed ? form.value("number") : nullToEmpty(unit.number());
        String heading = typed ? form.value("heading") : nullToEmpty(unit.heading());
        String text = typed ? form.value("text") : nullToEmpty(unit.text());
        String legend = (nullToEmpty(unit.number()) + " " + nullToEmpty(unit.heading())).strip();
        return new VersionView.UnitRow(unit.key(), kind, kindLabel(unit.kind(), drfa), number, heading, text,
                unit.depth(), legend.isEmpty() ? kindLabel(unit.kind(), drfa) : legend,
                opened.href() + "/units/" + unit.key() + "?language=" + opened.language() + "&page=" + page,
                opened.href() + "/units/" + unit.key() + "/remove?language=" + opened.language() + "&page=" + page);
    }

    private static List<VersionView.WarningRow> warnings(DraftTextResponse text, String self) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < text.units().size(); i++) {
            index.putIfAbsent(text.units().get(i).key(), i);
        }
        return text.warnings().stream().map(w -> {
            Integer at = w.key() == null ? null : index.get(w.key());
            String field = w.field() != null && UNIT_FIELDS.contains(w.field()) ? "-" + w.field() : "";
            return new VersionView.WarningRow(w.message(), at == null ? null
                    : self + "&page=" + Paging.of(at, PAGE_SIZE) + "#unit-" + w.key() + field);
        }).toList();
    }

    private static List<VersionView.Link> versionLinks(OpenedVersion opened, DraftConsoleMessages drfa) {
        return opened.draft().versions().stream().map(v -> new VersionView.Link(
                drfa.version_label(v.number(), v.editing() ? drfa.status_editing() : drfa.status_published()),
                DraftConsole.versionHref(opened.forum(), opened.draft().id(), v.number()) + "?language="
                        + opened.language(), v.number() == opened.version().number())).toList();
    }

    private TemplateInstance confirmation(OpenedVersion opened, Confirmation confirmation, Form form) {
        return Templates.confirm(console.page(confirmation.action()), console.nav(opened.forum()), opened.forum(),
                confirmation, form);
    }

    private Confirmation removal(OpenedVersion opened, String key, int page) {
        DraftTextResponse text = console.required(console.client().text(opened.forum().slug(), opened.draft().id(),
                opened.version().number(), opened.language()), opened.forum(), opened.href(), "a version");
        DraftTextResponse.Unit unit = text.units().stream().filter(u -> key.equals(u.key())).findFirst()
                .orElseThrow(() -> new PageNotFoundException("No unit " + key + " in draft " + opened.draft().id()));
        DraftConsoleMessages drfa = DraftConsole.messages(opened.forum().lang());
        String subject = (nullToEmpty(unit.number()) + " " + nullToEmpty(unit.heading())).strip();
        String query = "?language=" + opened.language() + "&page=" + page;
        return new Confirmation(drfa.remove_unit_heading(), subject.isEmpty() ? key : subject,
                drfa.remove_unit_consequence(), drfa.remove_unit(), true,
                opened.href() + "/units/" + key + "/remove" + query, opened.href() + query + "#unit-" + key);
    }

    private static Confirmation publishing(OpenedVersion opened) {
        DraftConsoleMessages drfa = DraftConsole.messages(opened.forum().lang());
        String query = "?language=" + opened.language();
        return new Confirmation(drfa.publish_heading(opened.version().number()),
                DraftConsole.title(opened.draft(), opened.forum().lang()), drfa.publish_consequence(),
                drfa.publish(), false, opened.href() + "/publish" + query, opened.href() + query);
    }

    static String kindLabel(String kind, DraftConsoleMessages drfa) {
        return switch (kind == null ? "" : kind) {
            case "PART" -> drfa.kind_part();
            case "CHAPTER" -> drfa.kind_chapter();
            case "ARTICLE" -> drfa.kind_article();
            case "PARAGRAPH" -> drfa.kind_paragraph();
            case "SUBPOINT" -> drfa.kind_subpoint();
            case "TEXT" -> drfa.kind_text();
            default -> kind == null ? "" : kind;
        };
    }

    private static String doneText(String done, String lang) {
        DraftConsoleMessages drfa = DraftConsole.messages(lang);
        return switch (done == null ? "" : done) {
            case "imported" -> drfa.done_imported();
            case "unit-saved" -> drfa.done_unit_saved();
            case "unit-removed" -> drfa.done_unit_removed();
            case "text-imported" -> drfa.done_text_imported();
            case "published" -> drfa.done_published();
            case "version-started" -> drfa.done_version_started();
            default -> null;
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
