package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.MaterialResponse;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.util.List;
import java.util.Objects;

/**
 * Correcting a material: its kind, title per language and own language (its versions stay as they are), and
 * uploading a new version (a file or a link) with a note of what changed, which the public history shows.
 */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class MaterialEditorPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance material(Page page, AdminNav nav, EditedForum forum, long id, int version,
                                                Form form, List<Choice> kinds, List<Choice> languages);
    }

    private final ForumEditing editing;

    public MaterialEditorPages(ForumEditing editing) {
        this.editing = editing;
    }

    @GET
    @Path("{slug}/materials/{id}")
    @Operation(summary = "The forms to correct a material and to upload a new version of it (HTML)")
    public RestResponse<TemplateInstance> edit(@PathParam("slug") String slug, @PathParam("id") String id) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/materials/" + id);
        MaterialResponse material = find(forum, id);
        Form form = Form.empty().with("kind", material.kind()).with("language", material.language());
        AdminForms.withTexts(form, "title", material.title());
        return editing.show(page(forum, material, form));
    }

    @POST
    @Path("{slug}/materials/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves a material's kind, title and language in events-service")
    public RestResponse<TemplateInstance> save(@PathParam("slug") String slug, @PathParam("id") String id,
                                               @RestForm String kind, @RestForm("title.kk") String titleKk,
                                               @RestForm("title.ru") String titleRu,
                                               @RestForm("title.en") String titleEn, @RestForm String language) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/materials/" + id);
        MaterialResponse material = find(forum, id);
        Form form = Form.empty().with("kind", kind).with("language", language)
                .with("title.kk", AdminForms.strip(titleKk)).with("title.ru", AdminForms.strip(titleRu))
                .with("title.en", AdminForms.strip(titleEn));
        ServiceAnswer<Void> answer = editing.client().editMaterial(forum.user(), slug, material.id(),
                new MaterialDescription(form.value("kind"), AdminForms.texts(form, "title"), form.value("language")));
        AdminMessages adm = forum.adm();
        FieldErrorMapping fields = FieldErrorMapping.startingAt("material-kind")
                .field("kind", "material-kind", adm.error_material_kind())
                .perLanguage("title", "material-title", forum.ed().error_title())
                .field("language", "material-language", adm.error_language());
        if (editing.refused(answer, forum, form, fields)) {
            return editing.show(ForumEditing.statusOf(answer), page(forum, material, form));
        }
        return editing.backToItem(forum, "material-saved", ForumPart.MATERIALS, material.id());
    }

    @POST
    @Path("{slug}/materials/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads a new version of a material (a file, streamed on to events-service, or a link)")
    public RestResponse<TemplateInstance> addVersion(@PathParam("slug") String slug, @PathParam("id") String id,
                                                     @RestForm FileUpload file, @RestForm String link,
                                                     @RestForm String changeNote) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/materials/" + id);
        MaterialResponse material = find(forum, id);
        Form form = Form.empty().with("kind", material.kind()).with("language", material.language())
                .with("link", AdminForms.strip(link)).with("changeNote", AdminForms.strip(changeNote));
        AdminForms.withTexts(form, "title", material.title());
        ClientMultipartForm upload = ClientMultipartForm.create();
        MaterialUpload.content(upload, file, form.value("link"));
        if (!form.value("changeNote").isEmpty()) {
            upload.attribute("changeNote", form.value("changeNote"), null);
        }
        ServiceAnswer<Void> answer = editing.client().addMaterialVersion(forum.user(), slug, material.id(), upload);
        AdminMessages adm = forum.adm();
        FieldErrorMapping fields = FieldErrorMapping.startingAt("version-file")
                .field("file", "version-file", adm.error_material_file_or_link())
                .field("link", "version-link", adm.error_material_link())
                .field("changeNote", "version-note", forum.ed().error_change_note());
        if (answer instanceof ServiceAnswer.Refused<Void> refused && (refused.status() == 413 || refused.status() == 415)) {
            form.reject("version-file", refused.status() == 413 ? adm.error_material_too_large() : adm.error_material_type());
            return editing.show(ForumEditing.statusOf(answer), page(forum, material, form));
        }
        if (editing.refused(answer, forum, form, fields)) {
            return editing.show(ForumEditing.statusOf(answer), page(forum, material, form));
        }
        return editing.backToItem(forum, "version-added", ForumPart.MATERIALS, material.id());
    }

    private TemplateInstance page(EditedForum forum, MaterialResponse material, Form form) {
        String lang = forum.lang();
        List<Choice> kinds = ForumEditorPages.MATERIAL_KINDS.stream()
                .map(k -> new Choice(k, CodeLabels.materialKind(k, lang))).toList();
        List<Choice> languages = UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList();
        return Templates.material(editing.page(forum.href() + "/materials/" + material.id()), editing.nav(forum), forum,
                material.id(), material.currentVersion(), form, kinds, languages);
    }

    private static MaterialResponse find(EditedForum forum, String id) {
        Long wanted = AdminForms.id(id);
        return forum.event().materials().stream().filter(m -> wanted != null && Objects.equals(m.id(), wanted))
                .findFirst().orElseThrow(() -> new PageNotFoundException("No material " + id + " in " + forum.slug()));
    }
}
