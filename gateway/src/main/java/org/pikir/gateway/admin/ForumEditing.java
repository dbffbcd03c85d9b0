package org.pikir.gateway.admin;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * What every page that corrects a part of a forum does: opens the forum for a signed-in editor, renders in the
 * visitor's language, goes back to the forum's editing page after a change, and puts events-service's refusals on
 * the form (the service is the only validator; see {@link FieldErrorMapping}).
 */
@ApplicationScoped
public class ForumEditing {

    private final StaffAccess access;
    private final ForumEditingClient editing;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId defaultZone;

    public ForumEditing(StaffAccess access, ForumEditingClient editing, Visitor visitor, Pages pages,
                        GatewayConfig config) {
        this.access = access;
        this.editing = editing;
        this.visitor = visitor;
        this.pages = pages;
        this.defaultZone = config.timeZone();
    }

    ForumEditingClient client() {
        return editing;
    }

    /** Forum {@code slug} (a draft too) for the signed-in editor; sign-in comes back to {@code path}; else the 404 page. */
    public EditedForum open(String slug, String path) {
        SignedInUser user = access.require(StaffArea.FORUMS, path);
        ServiceAnswer<EventResponse> answer = editing.get(user, slug);
        if (answer instanceof ServiceAnswer.Done<EventResponse> found) {
            return new EditedForum(user, found.value(), visitor.language(), zoneOf(found.value()));
        }
        AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, path, user);
        throw new PageNotFoundException("No forum " + slug + " for editors");
    }

    public Page page(String path) {
        return pages.page(path);
    }

    public AdminNav nav(EditedForum forum) {
        return AdminNav.of(forum.user(), StaffArea.FORUMS, forum.lang());
    }

    public RestResponse<TemplateInstance> show(TemplateInstance template) {
        return show(RestResponse.Status.OK, template);
    }

    public RestResponse<TemplateInstance> show(RestResponse.Status status, TemplateInstance template) {
        return RestResponse.ResponseBuilder.create(status, pages.localized(template)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** Back to the forum's editing page after a change: {@code done} says what was done, {@code at} is where (a query and a fragment). */
    RestResponse<TemplateInstance> backToForum(EditedForum forum, String done, String at) {
        return RestResponse.seeOther(URI.create(forum.href() + "?done=" + done + (at.startsWith("#") ? at : "&" + at)));
    }

    /** Back to the forum's editing page, at the item {@code id}, which is at {@code index} of the {@code part}'s list. */
    RestResponse<TemplateInstance> backToItem(EditedForum forum, String done, ForumPart part, int index, long id) {
        return backToForum(forum, done, part.path() + "=" + ForumPart.pageOf(Math.max(index, 0)) + "#" + part.anchor(id));
    }

    /** The same, for an item still where it was. */
    RestResponse<TemplateInstance> backToItem(EditedForum forum, String done, ForumPart part, long id) {
        return backToItem(forum, done, part, part.ids(forum.event()).indexOf(id), id);
    }

    /**
     * Whether events-service refused the change; if so its reasons are on {@code form}: each field error next to
     * its field, a refusal of the whole change at the form's first field. A lost session or role is never a form
     * error: it signs in again or shows the 403 page.
     */
    boolean refused(ServiceAnswer<Void> answer, EditedForum forum, Form form, FieldErrorMapping fields) {
        if (!(answer instanceof ServiceAnswer.Refused<Void> refused)) {
            return false;
        }
        AdminForms.throwIfSessionOrRole(refused, forum.href(), forum.user());
        AdminMessages adm = forum.adm();
        if (refused.is("event-archived")) {
            form.reject(fields.firstField(), adm.error_forum_archived());
        } else if (refused.is("invalid-transition")) {
            form.reject(fields.firstField(), adm.error_forum_transition());
        } else if (refused.status() == 404) {
            form.reject(fields.firstField(), forum.ed().error_gone());
        } else {
            fields.applyTo(refused.errors(), form, adm.error_forum_rejected());
        }
        return true;
    }

    /** The status to show a refused form with: the service's own. */
    public static RestResponse.Status statusOf(ServiceAnswer<Void> answer) {
        return answer instanceof ServiceAnswer.Refused<Void> refused
                ? refused.pageStatus() : RestResponse.Status.OK;
    }

    static EditorMessages editorMessages(String lang) {
        return MessageBundles.get(EditorMessages.class, Localized.Literal.of(lang));
    }

    /** What a correction did, for the forum's editing page to say ({@code done} in its address); null for none. */
    static String doneText(String done, String lang) {
        EditorMessages ed = editorMessages(lang);
        return switch (done == null ? "" : done) {
            case "moved" -> ed.done_moved();
            case "removed" -> ed.done_removed();
            case "deleted" -> ed.done_deleted();
            case "participant-saved" -> ed.done_participant();
            case "session-added" -> ed.done_session_added();
            case "session-saved" -> ed.done_session();
            case "statement-saved" -> ed.done_statement();
            case "material-saved" -> ed.done_material();
            case "version-added" -> ed.done_version();
            case "record-saved" -> ed.done_record();
            case "outcome-saved" -> ed.done_outcome();
            default -> null;
        };
    }

    private ZoneId zoneOf(EventResponse event) {
        try {
            return event.timeZone() == null || event.timeZone().isBlank() ? defaultZone : ZoneId.of(event.timeZone());
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }
}
