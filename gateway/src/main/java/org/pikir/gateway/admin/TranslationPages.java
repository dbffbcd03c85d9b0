package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.forum.ParticipantResponse;
import org.pikir.gateway.forum.StatementResponse;
import org.pikir.gateway.web.ContentMessages;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.net.URI;
import java.util.List;

/**
 * An editor's translations of one statement: the original as it was said, and for each other content language a
 * form to write, correct or remove the translation visitors reading in that language see (marked as a translation).
 */
@Path("/admin/forums/{slug}/statements/{id}/translations")
@Produces(MediaType.TEXT_HTML)
public class TranslationPages {

    private static final int MAX_TEXT = 20_000;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance translations(Page page, AdminNav nav, String forumTitle, String forumHref,
                                                    Original original, List<TranslationRow> translations, Form form,
                                                    String done, boolean editable);
    }

    /** The statement as it was said. */
    public record Original(String text, String lang, String languageLabel, String speaker, boolean reported) {
    }

    /** One language's translation form. */
    public record TranslationRow(String lang, String label, String text, boolean exists, String action) {

        public String fieldId() {
            return "translation-" + lang;
        }
    }

    private final StaffAccess access;
    private final ForumEditingClient forums;
    private final ContentEditingClient editing;
    private final Visitor visitor;
    private final Pages pages;

    public TranslationPages(StaffAccess access, ForumEditingClient forums, ContentEditingClient editing, Visitor visitor,
                            Pages pages) {
        this.access = access;
        this.forums = forums;
        this.editing = editing;
        this.visitor = visitor;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "A statement's original and the forms for its translations into the other languages (HTML)")
    public TemplateInstance translations(@PathParam("slug") String slug, @PathParam("id") long id,
                                         @QueryParam("done") String done) {
        SignedInUser user = access.require(StaffArea.FORUMS, path(slug, id));
        EventResponse forum = forum(user, slug);
        ContentMessages cnt = messages();
        String text = "saved".equals(done) ? cnt.translation_saved() : "removed".equals(done) ? cnt.translation_removed() : null;
        return page(user, forum, statement(forum, id), Form.empty(), text);
    }

    @POST
    @Path("{language}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves the statement's translation into one language")
    public RestResponse<TemplateInstance> save(@PathParam("slug") String slug, @PathParam("id") long id,
                                               @PathParam("language") String language, @RestForm String text) {
        SignedInUser user = access.require(StaffArea.FORUMS, path(slug, id));
        EventResponse forum = forum(user, slug);
        StatementResponse statement = statement(forum, id);
        String lang = translatable(statement, language);
        ContentMessages cnt = messages();
        Form form = Form.empty().with("editing", lang).with("text", AdminForms.strip(text));
        if (form.value("text").isEmpty() || form.value("text").length() > MAX_TEXT) {
            form.reject("translation-" + lang, cnt.error_translation_text(MAX_TEXT));
            return again(user, forum, statement, form);
        }
        ServiceAnswer<Void> answer = editing.translate(user, forum.slug(), id, lang, form.value("text"));
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, path(slug, id), user);
            form.reject("translation-" + lang, refused.errors().stream().anyMatch(e -> "text".equals(e.field()))
                    ? cnt.error_translation_text(MAX_TEXT) : cnt.error_translation_rejected());
            return again(user, forum, statement, form);
        }
        return RestResponse.seeOther(URI.create(path(slug, id) + "?done=saved#translation-" + lang));
    }

    @POST
    @Path("{language}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Removes the statement's translation into one language")
    public RestResponse<TemplateInstance> remove(@PathParam("slug") String slug, @PathParam("id") long id,
                                                 @PathParam("language") String language) {
        SignedInUser user = access.require(StaffArea.FORUMS, path(slug, id));
        EventResponse forum = forum(user, slug);
        StatementResponse statement = statement(forum, id);
        String lang = translatable(statement, language);
        ServiceAnswer<Void> answer = editing.removeTranslation(user, forum.slug(), id, lang);
        if (answer instanceof ServiceAnswer.Refused<Void> refused && refused.status() != 404) {
            AdminForms.throwIfSessionOrRole(refused, path(slug, id), user);
            Form form = Form.empty().with("editing", lang).reject("translation-" + lang,
                    messages().error_translation_rejected());
            return again(user, forum, statement, form);
        }
        return RestResponse.seeOther(URI.create(path(slug, id) + "?done=removed#translation-" + lang));
    }

    static String path(String slug, long id) {
        return ForumEditorPages.PATH + "/" + slug + "/statements/" + id + "/translations";
    }

    private ContentMessages messages() {
        return MessageBundles.get(ContentMessages.class, Localized.Literal.of(visitor.language()));
    }

    private EventResponse forum(SignedInUser user, String slug) {
        if (forums.get(user, slug) instanceof ServiceAnswer.Done<EventResponse> found) {
            return found.value();
        }
        throw new PageNotFoundException("No forum " + slug + " for editors");
    }

    private static StatementResponse statement(EventResponse forum, long id) {
        return forum.statements().stream().filter(s -> s.id() != null && s.id() == id).findFirst()
                .orElseThrow(() -> new PageNotFoundException("No statement " + id + " in " + forum.slug()));
    }

    /** A content language other than the statement's own; anything else is a page that does not exist. */
    private static String translatable(StatementResponse statement, String language) {
        if (!UiLanguage.isSupported(language) || language.equals(statement.language())) {
            throw new PageNotFoundException("No translation into " + language);
        }
        return language;
    }

    private TemplateInstance page(SignedInUser user, EventResponse forum, StatementResponse statement, Form form,
                                  String done) {
        String lang = visitor.language();
        String speaker = forum.participants().stream().filter(p -> p.id() != null && p.id().equals(statement.participantId()))
                .map(ParticipantResponse::name).findFirst().orElse("—");
        Original original = new Original(statement.text(), statement.language(),
                CodeLabels.inLanguage(statement.language(), lang), speaker, statement.reported());
        String base = path(forum.slug(), statement.id());
        List<TranslationRow> rows = UiLanguage.CODES.stream().filter(code -> !code.equals(statement.language()))
                .map(code -> {
                    String existing = statement.translations().get(code);
                    String shown = form.is("editing", code) ? form.value("text") : existing;
                    return new TranslationRow(code, CodeLabels.inLanguage(code, lang), shown == null ? "" : shown,
                            existing != null, base + "/" + code);
                }).toList();
        return pages.localized(Templates.translations(pages.page(base), AdminNav.of(user, StaffArea.FORUMS, lang),
                LocalizedText.pick(forum.title(), lang).text(), ForumEditorPages.PATH + "/" + forum.slug(), original,
                rows, form, done, !"ARCHIVED".equals(forum.status())));
    }

    private RestResponse<TemplateInstance> again(SignedInUser user, EventResponse forum, StatementResponse statement,
                                                 Form form) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.BAD_REQUEST,
                page(user, forum, statement, form, null)).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
