package org.pikir.gateway.admin.draft;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.EditedForum;
import org.pikir.gateway.admin.FieldErrorMapping;
import org.pikir.gateway.admin.ForumEditing;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.net.URI;
import java.util.List;

/**
 * What every page of a forum's draft documents does: opens the forum and the draft for a signed-in editor (sign-in
 * or the 403 page otherwise, the 404 page for a draft or version that does not exist), renders in the visitor's
 * language, and puts events-service's refusals on the form next to the fields they name.
 */
@ApplicationScoped
public class DraftConsole {

    private final ForumEditing editing;
    private final DraftEditingClient drafts;

    public DraftConsole(ForumEditing editing, DraftEditingClient drafts) {
        this.editing = editing;
        this.drafts = drafts;
    }

    DraftEditingClient client() {
        return drafts;
    }

    /** Forum {@code slug} for the signed-in editor; sign-in comes back to {@code path}. */
    EditedForum open(String slug, String path) {
        return editing.open(slug, path);
    }

    /** Draft {@code id} of the forum (its versions newest first), or the 404 page. */
    DraftResponse draft(EditedForum forum, String id, String path) {
        Long wanted = AdminForms.id(id);
        if (wanted == null) {
            throw new PageNotFoundException("No draft " + id + " in " + forum.slug());
        }
        return required(drafts.draft(forum.slug(), wanted), forum, path, "draft " + id);
    }

    /** The version an address names, in the language asked for (else its first), or the 404 page; {@code rest} follows it in the path. */
    OpenedVersion openVersion(VersionAddress at, String rest) {
        String path = "/admin/forums/" + at.slug() + "/drafts/" + at.id() + "/versions/" + at.n() + rest;
        EditedForum forum = open(at.slug(), path);
        DraftResponse draft = draft(forum, at.id(), path);
        DraftResponse.Version version = version(draft, at.n());
        return new OpenedVersion(forum, draft, version, textLanguage(draft, version, at.language()));
    }

    /** Version {@code n} of the draft, or the 404 page. */
    static DraftResponse.Version version(DraftResponse draft, String n) {
        Long number = AdminForms.id(n);
        return number == null || number > Integer.MAX_VALUE ? notFound(draft, n)
                : draft.version(number.intValue()).orElseGet(() -> notFound(draft, n));
    }

    private static DraftResponse.Version notFound(DraftResponse draft, String n) {
        throw new PageNotFoundException("No version " + n + " of draft " + draft.id());
    }

    /** The language of the text to show: the one asked for when the version has it, else the version's first. */
    static String textLanguage(DraftResponse draft, DraftResponse.Version version, String asked) {
        List<String> languages = version.languages().isEmpty() ? draft.languages() : version.languages();
        if (asked != null && languages.contains(asked)) {
            return asked;
        }
        return languages.isEmpty() ? UiLanguage.DEFAULT : languages.get(0);
    }

    /** What a service answered, or the sign-in page, the 403 page or the 404 page. */
    <T> T required(ServiceAnswer<T> answer, EditedForum forum, String path, String what) {
        if (answer instanceof ServiceAnswer.Done<T> done) {
            return done.value();
        }
        AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, path, forum.user());
        throw new PageNotFoundException("events-service refused " + what + " of " + forum.slug());
    }

    /**
     * Whether events-service refused the change; if so its reasons are on {@code form}: a published version, a
     * draft or unit that is gone, or each field error next to its field. A lost session or role is never a form error.
     */
    boolean refused(ServiceAnswer<?> answer, EditedForum forum, Form form, FieldErrorMapping fields) {
        if (!(answer instanceof ServiceAnswer.Refused<?> refused)) {
            return false;
        }
        AdminForms.throwIfSessionOrRole(refused, forum.href(), forum.user());
        DraftConsoleMessages drfa = messages(forum.lang());
        if (refused.status() == 413) {
            form.reject(fields.firstField(), drfa.error_file_too_large());
        } else if (refused.status() == 409) {
            form.reject(fields.firstField(), switch (refused.problem()) {
                case "version-published" -> drfa.error_version_published();
                case "version-editing" -> drfa.error_version_editing();
                case "event-archived" -> drfa.error_archived();
                default -> drfa.error_conflict();
            });
        } else if (refused.status() == 404) {
            form.reject(fields.firstField(), drfa.error_gone());
        } else {
            fields.applyTo(refused.errors(), form, drfa.error_rejected());
        }
        return true;
    }

    Page page(String path) {
        return editing.page(path);
    }

    AdminNav nav(EditedForum forum) {
        return editing.nav(forum);
    }

    RestResponse<TemplateInstance> show(TemplateInstance template) {
        return editing.show(template);
    }

    RestResponse<TemplateInstance> show(ServiceAnswer<?> answer, TemplateInstance template) {
        RestResponse.Status status = answer instanceof ServiceAnswer.Refused<?> refused
                ? refused.pageStatus() : RestResponse.Status.BAD_REQUEST;
        return editing.show(status, template);
    }

    static <T> RestResponse<T> seeOther(String location) {
        return RestResponse.seeOther(URI.create(location));
    }

    static DraftConsoleMessages messages(String lang) {
        return MessageBundles.get(DraftConsoleMessages.class, Localized.Literal.of(lang));
    }

    static String title(DraftResponse draft, String lang) {
        String title = LocalizedText.pick(draft.title(), lang).text();
        return title.isEmpty() ? "#" + draft.id() : title;
    }

    /** The drafts page of a forum. */
    static String draftsHref(EditedForum forum) {
        return forum.href() + "/drafts";
    }

    /** The editor of one version of a draft. */
    static String versionHref(EditedForum forum, long id, int version) {
        return draftsHref(forum) + "/" + id + "/versions/" + version;
    }

    /** The public page of a published version. */
    static String publicHref(EditedForum forum, long id, int version) {
        return "/forums/" + forum.slug() + "/drafts/" + id + "?v=" + version;
    }
}
