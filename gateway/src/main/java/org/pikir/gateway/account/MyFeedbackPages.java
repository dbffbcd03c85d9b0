package org.pikir.gateway.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.admin.ForumTitles;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.CommentRequest;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.ForbiddenPageException;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignInRequiredException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "My feedback" for the signed-in citizen: everything they sent with its status, the moderator's
 * reason when hidden or not published, official answers, their notifications; their public name and
 * notification choices; their comments still in the edit window changed or deleted; and their data
 * downloaded or erased. Every call to feedback-service carries the citizen's own token.
 */
@Path(MyFeedbackPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class MyFeedbackPages {

    static final String PATH = "/my-feedback";
    static final int PAGE_SIZE = 20;
    static final int NOTIFICATIONS_SHOWN = 20;
    /** How far back an editable comment is looked for: comments are editable for minutes, so always recent. */
    static final int EDITABLE_SEARCH = 100;
    static final String DISPLAY_NAME = "display-name";
    static final String LANGUAGE = "profile-language";
    static final String ERASE_CONFIRM = "erase-confirm";
    static final String COMMENT_BODY = "comment-body";
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final Pattern DISPLAY_NAME_SHAPE = Pattern.compile("[\\p{L}\\p{N}]+([ ._'-][\\p{L}\\p{N}]+)*");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance overview(Page page, ProfileView profile, List<NotificationView> notifications,
                                                boolean notificationsShown, long unread, List<MyItemView> items,
                                                String nextHref, String newestHref, String done);

        static native TemplateInstance profile(Page page, Form form, List<Choice> languages, String email);

        static native TemplateInstance erase(Page page, Form form);

        static native TemplateInstance editComment(Page page, MyItemView comment, Form form, int maxBody);

        static native TemplateInstance deleteComment(Page page, MyItemView comment, Form form);
    }

    /** The profile as the page shows it. */
    public record ProfileView(String displayName, String languageLabel, String email, boolean emailNotifications) {
    }

    /** A notification in words of the page's language, and where the item it is about can be seen. */
    public record NotificationView(String text, String note, String timeIso, String timeText, boolean read,
                                   String itemHref) {
    }

    /**
     * One item the citizen sent: its status in words, the moderator's decision, the review and the
     * official answer; {@code editHref} and {@code deleteHref} only where the service allows it.
     */
    public record MyItemView(long id, String anchor, String kindLabel, String forumTitle, String forumHref,
                             String title, String body, String lang, String visibilityLabel, String moderationText,
                             String moderationNote, String reviewStatusLabel, Integer endorsementCount,
                             boolean merged, AnswerView answer, String createdIso, String createdText,
                             String editableUntilText, String editHref, String deleteHref, int version) {
    }

    public record AnswerView(String text, String answeredBy, String timeIso, String timeText) {
    }

    private final AccountClient account;
    private final ForumTitles forums;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId zone;

    public MyFeedbackPages(AccountClient account, ForumTitles forums, Visitor visitor, Pages pages,
                           GatewayConfig config) {
        this.account = account;
        this.forums = forums;
        this.visitor = visitor;
        this.pages = pages;
        this.zone = config.timeZone();
    }

    @GET
    @Operation(summary = "My feedback: what I sent with status, moderation reason and official answer; notifications; my data (HTML)")
    public TemplateInstance overview(@QueryParam("after") String after, @QueryParam("done") String done) {
        String cursor = after != null && CURSOR.matcher(after).matches() ? after : null;
        String here = cursor == null ? PATH : PATH + "?after=" + cursor;
        SignedInUser user = signedIn(here);
        String lang = visitor.language();
        MyFeedbackMessages my = messages(lang);
        ProfileResponse profile = required(account.profile(user), here, user);
        CursorPage<MyItem> page = required(account.items(user, PAGE_SIZE, cursor), here, user);
        Map<String, String> titles = forumTitles(lang);
        List<MyItemView> items = page.items().stream().map(item -> view(item, titles, lang, my)).toList();
        List<NotificationView> notifications = List.of();
        boolean notificationsShown = true;
        try {
            if (account.notifications(user, NOTIFICATIONS_SHOWN) instanceof ServiceAnswer.Done<CursorPage<NotificationResponse>> found) {
                notifications = found.value().items().stream().map(n -> view(n, titles, lang, my)).toList();
            } else {
                notificationsShown = false;
            }
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the rest of the page is still worth seeing
            notificationsShown = false;
        }
        String next = page.nextCursor() == null ? null
                : PATH + "?after=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8) + "#items";
        String newest = cursor == null ? null : PATH + "#items";
        return pages.localized(Templates.overview(pages.page(here), profileView(profile), notifications,
                notificationsShown, profile.unreadNotifications(), items, next, newest, doneText(done, my)));
    }

    @POST
    @Path("notifications/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Marks all my notifications read, then back to My feedback")
    public RestResponse<Void> markRead() {
        SignedInUser user = signedIn(PATH);
        ServiceAnswer<Void> answer = account.markNotificationsRead(user);
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            refuse(refused, PATH, user);
        }
        return RestResponse.seeOther(URI.create(PATH + "?done=read#notifications"));
    }

    @GET
    @Path("profile")
    @Operation(summary = "The form to choose my public name, the language of my notifications and e-mails (HTML)")
    public TemplateInstance profileForm() {
        SignedInUser user = signedIn(PATH + "/profile");
        ProfileResponse profile = required(account.profile(user), PATH + "/profile", user);
        Form form = Form.empty().with("displayName", profile.displayName()).with("language", profile.language())
                .with("emailNotifications", profile.emailNotifications() ? "true" : "");
        return profilePage(form, profile.email());
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves my public name and notification choices in feedback-service")
    public RestResponse<TemplateInstance> saveProfile(@RestForm String displayName, @RestForm String language,
                                                      @RestForm String emailNotifications) {
        SignedInUser user = signedIn(PATH + "/profile");
        MyFeedbackMessages my = messages(visitor.language());
        String name = displayName == null ? "" : displayName.strip();
        boolean email = "true".equals(emailNotifications);
        Form form = Form.empty().with("displayName", name).with("language", language)
                .with("emailNotifications", email ? "true" : "");
        if (name.contains("@")) {
            form.reject(DISPLAY_NAME, my.error_display_name_email());
        } else if (name.codePointCount(0, name.length()) < 2 || name.codePointCount(0, name.length()) > 40
                || !DISPLAY_NAME_SHAPE.matcher(name).matches()) {
            form.reject(DISPLAY_NAME, my.error_display_name());
        }
        if (!UiLanguage.isSupported(language)) {
            form.reject(LANGUAGE, my.error_language());
        }
        if (!form.hasErrors()) {
            ServiceAnswer<ProfileResponse> answer;
            try {
                answer = account.updateProfile(user, new ProfileRequest(name, language, email));
            } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
                form.reject(DISPLAY_NAME, my.error_unavailable());
                return page(RestResponse.Status.SERVICE_UNAVAILABLE, profilePage(form, null));
            }
            if (answer instanceof ServiceAnswer.Done<ProfileResponse>) {
                return RestResponse.seeOther(URI.create(PATH + "?done=profile#profile"));
            }
            ServiceAnswer.Refused<ProfileResponse> refused = (ServiceAnswer.Refused<ProfileResponse>) answer;
            refuse(refused, PATH + "/profile", user);
            if (refused.is("display-name-taken")) {
                form.reject(DISPLAY_NAME, my.error_display_name_taken());
            } else if (refused.errors().stream().anyMatch(e -> "language".equals(e.field()))) {
                form.reject(LANGUAGE, my.error_language());
            } else {
                form.reject(DISPLAY_NAME, my.error_display_name_rejected());
            }
            return page(refused.pageStatus(), profilePage(form, emailOf(user)));
        }
        return page(RestResponse.Status.BAD_REQUEST, profilePage(form, emailOf(user)));
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Downloads all my data held by feedback-service as one JSON file")
    public RestResponse<byte[]> export() {
        SignedInUser user = signedIn(PATH);
        AccountClient.Export export = required(account.export(user), PATH, user);
        String disposition = export.contentDisposition() != null && export.contentDisposition().startsWith("attachment")
                ? export.contentDisposition() : "attachment; filename=\"pikir-my-feedback.json\"";
        return RestResponse.ResponseBuilder.ok(export.json(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("erase")
    @Operation(summary = "What erasing my data does, and the form to confirm it by typing DELETE (HTML)")
    public TemplateInstance eraseForm() {
        signedIn(PATH + "/erase");
        return erasePage(Form.empty());
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Erases my data in feedback-service once DELETE was typed")
    public RestResponse<TemplateInstance> erase(@RestForm String confirm) {
        SignedInUser user = signedIn(PATH + "/erase");
        MyFeedbackMessages my = messages(visitor.language());
        Form form = Form.empty().with("confirm", confirm == null ? "" : confirm.strip());
        if (!"DELETE".equals(form.value("confirm"))) {
            form.reject(ERASE_CONFIRM, my.error_erase_confirm());
            return page(RestResponse.Status.BAD_REQUEST, erasePage(form));
        }
        ServiceAnswer<Void> answer = account.erase(user);
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            refuse(refused, PATH + "/erase", user);
            form.reject(ERASE_CONFIRM, my.error_erase_confirm());
            return page(refused.pageStatus(), erasePage(form));
        }
        return RestResponse.seeOther(URI.create(PATH + "?done=erased"));
    }

    @GET
    @Path("comments/{id}/edit")
    @Operation(summary = "The form to change one of my comments while its edit window is open (HTML)")
    public TemplateInstance editForm(@PathParam("id") String id) {
        String here = PATH + "/comments/" + id + "/edit";
        SignedInUser user = signedIn(here);
        MyItemView comment = editableComment(user, id, here);
        Form form = Form.empty().with("body", comment.body()).with("version", String.valueOf(comment.version()));
        return pages.localized(Templates.editComment(pages.page(here), comment, form, CommentRequest.MAX_BODY));
    }

    @POST
    @Path("comments/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends the new text of my comment; a version changed meanwhile is shown again, not overwritten")
    public RestResponse<TemplateInstance> edit(@PathParam("id") String id, @RestForm String body,
                                               @RestForm String version) {
        String here = PATH + "/comments/" + id + "/edit";
        SignedInUser user = signedIn(here);
        MyFeedbackMessages my = messages(visitor.language());
        MyItemView comment = editableComment(user, id, here);
        String text = body == null ? "" : body.strip();
        Form form = Form.empty().with("body", text).with("version", version);
        if (text.isEmpty()) {
            form.reject(COMMENT_BODY, my.error_edit_body_required());
        } else if (text.length() > CommentRequest.MAX_BODY) {
            form.reject(COMMENT_BODY, my.error_edit_body_too_long(CommentRequest.MAX_BODY));
        }
        int expected = version != null && version.matches("[0-9]{1,9}") ? Integer.parseInt(version) : comment.version();
        if (!form.hasErrors()) {
            ServiceAnswer<Void> answer = account.editComment(user, comment.id(), expected, text);
            if (answer instanceof ServiceAnswer.Done<Void>) {
                return RestResponse.seeOther(URI.create(PATH + "?done=edited#" + comment.anchor()));
            }
            ServiceAnswer.Refused<Void> refused = (ServiceAnswer.Refused<Void>) answer;
            refuse(refused, here, user);
            if (refused.status() == 412) {
                // someone (the author, in another window) changed it: show the latest text to edit again
                MyItemView latest = editableComment(user, id, here);
                Form again = Form.empty().with("body", latest.body()).with("version", String.valueOf(latest.version()))
                        .reject(COMMENT_BODY, my.error_edit_stale());
                return page(RestResponse.Status.PRECONDITION_FAILED,
                        pages.localized(Templates.editComment(pages.page(here), latest, again, CommentRequest.MAX_BODY)));
            }
            form.reject(COMMENT_BODY, refused.is("edit-window-closed") ? my.error_edit_window_closed()
                    : refused.status() == 400 ? my.error_edit_body_required() : my.error_edit_not_possible());
            return page(refused.pageStatus(),
                    pages.localized(Templates.editComment(pages.page(here), comment, form, CommentRequest.MAX_BODY)));
        }
        return page(RestResponse.Status.BAD_REQUEST,
                pages.localized(Templates.editComment(pages.page(here), comment, form, CommentRequest.MAX_BODY)));
    }

    @GET
    @Path("comments/{id}/delete")
    @Operation(summary = "Asks before deleting one of my comments (HTML)")
    public TemplateInstance deleteForm(@PathParam("id") String id) {
        String here = PATH + "/comments/" + id + "/delete";
        SignedInUser user = signedIn(here);
        return pages.localized(Templates.deleteComment(pages.page(here), deletableComment(user, id, here), Form.empty()));
    }

    @POST
    @Path("comments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Deletes one of my comments: its text goes, the forum shows it was deleted by its author")
    public RestResponse<TemplateInstance> delete(@PathParam("id") String id) {
        String here = PATH + "/comments/" + id + "/delete";
        SignedInUser user = signedIn(here);
        MyItemView comment = deletableComment(user, id, here);
        ServiceAnswer<Void> answer = account.deleteComment(user, comment.id());
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            refuse(refused, here, user);
            Form form = Form.empty().reject("delete-comment", messages(visitor.language()).error_delete_failed());
            return page(refused.pageStatus(),
                    pages.localized(Templates.deleteComment(pages.page(here), comment, form)));
        }
        return RestResponse.seeOther(URI.create(PATH + "?done=deleted#" + comment.anchor()));
    }

    /** One of the citizen's comments that may still be edited; not found otherwise. */
    private MyItemView editableComment(SignedInUser user, String id, String here) {
        MyItemView comment = ownComment(user, id, here);
        if (comment.editHref() == null) {
            throw new PageNotFoundException("Comment " + id + " is not editable for " + user.username());
        }
        return comment;
    }

    private MyItemView deletableComment(SignedInUser user, String id, String here) {
        MyItemView comment = ownComment(user, id, here);
        if (comment.deleteHref() == null) {
            throw new PageNotFoundException("Comment " + id + " cannot be deleted by " + user.username());
        }
        return comment;
    }

    /** A comment of the citizen's among their recent items (feedback-service has no single-item read for authors). */
    private MyItemView ownComment(SignedInUser user, String id, String here) {
        Long wanted = id != null && id.matches("[1-9][0-9]{0,17}") ? Long.valueOf(id) : null;
        if (wanted == null) {
            throw new PageNotFoundException("No comment " + id);
        }
        String lang = visitor.language();
        CursorPage<MyItem> recent = required(account.items(user, EDITABLE_SEARCH, null), here, user);
        Optional<MyItem> found = recent.items().stream().filter(i -> i.comment() && i.id() == wanted).findFirst();
        return found.map(item -> view(item, forumTitles(lang), lang, messages(lang)))
                .orElseThrow(() -> new PageNotFoundException("Comment " + id + " is not among the recent ones of "
                        + user.username()));
    }

    private MyItemView view(MyItem item, Map<String, String> titles, String lang, MyFeedbackMessages my) {
        boolean listed = "PUBLISHED".equals(item.visibility()) || "HIDDEN".equals(item.visibility())
                || "DELETED".equals(item.visibility());
        String anchor = (item.comment() ? "comment-" : "recommendation-") + item.id();
        String forumHref = "/forums/" + item.eventSlug() + (listed ? "#" + anchor : "");
        String reason = item.moderation() == null ? null : CodeLabels.reason(item.moderation().reason(), lang);
        String moderationText = switch (item.visibility() == null ? "" : item.visibility()) {
            case "HIDDEN" -> my.hidden_by_moderator(reason);
            case "REJECTED" -> my.rejected_by_moderator(reason);
            default -> null;
        };
        AnswerView answer = item.officialAnswer() == null ? null : new AnswerView(item.officialAnswer().text(),
                item.officialAnswer().answeredBy(),
                item.officialAnswer().answeredAt() == null ? "" : item.officialAnswer().answeredAt().toString(),
                DisplayFormats.date(item.officialAnswer().answeredAt(), zone, lang));
        boolean editable = item.comment() && item.editableUntil() != null && item.editableUntil().isAfter(Instant.now())
                && ("PUBLISHED".equals(item.visibility()) || "PENDING".equals(item.visibility()));
        boolean deletable = item.comment() && !"DELETED".equals(item.visibility());
        String base = PATH + "/comments/" + item.id();
        return new MyItemView(item.id(), "my-" + anchor, item.comment() ? my.kind_comment() : my.kind_recommendation(),
                titles.getOrDefault(item.eventSlug(), item.eventSlug()), forumHref, item.title(), item.body(),
                item.language(), visibilityLabel(item.visibility(), my), moderationText,
                item.moderation() == null ? null : item.moderation().note(),
                item.comment() || item.reviewStatus() == null ? null : CodeLabels.status(item.reviewStatus(), lang),
                item.endorsementCount(), item.mergedIntoId() != null, answer,
                item.createdAt() == null ? "" : item.createdAt().toString(),
                DisplayFormats.dateTime(item.createdAt(), zone, lang),
                editable ? DisplayFormats.dateTime(item.editableUntil(), zone, lang) : null,
                editable ? base + "/edit" : null, deletable ? base + "/delete" : null, item.version());
    }

    private NotificationView view(NotificationResponse n, Map<String, String> titles, String lang, MyFeedbackMessages my) {
        String forum = titles.getOrDefault(n.eventSlug(), n.eventSlug());
        boolean comment = "COMMENT".equals(n.itemType());
        String reason = CodeLabels.reason(n.reason(), lang);
        String text = switch ((n.kind() == null ? "" : n.kind()) + ":" + (n.outcome() == null ? "" : n.outcome())) {
            case "MODERATED:PUBLISHED" -> comment ? my.n_comment_published(forum) : my.n_recommendation_published(forum);
            case "MODERATED:HIDDEN" -> comment ? my.n_comment_hidden(forum, reason) : my.n_recommendation_hidden(forum, reason);
            case "MODERATED:REJECTED" -> comment ? my.n_comment_rejected(forum, reason)
                    : my.n_recommendation_rejected(forum, reason);
            default -> "ANSWERED".equals(n.kind()) ? my.n_recommendation_answered(forum)
                    : "STATUS_CHANGED".equals(n.kind()) ? my.n_recommendation_status(forum, CodeLabels.status(n.outcome(), lang))
                    : n.message();
        };
        String anchor = (comment ? "comment-" : "recommendation-") + n.itemId();
        return new NotificationView(text, n.note(), n.createdAt() == null ? "" : n.createdAt().toString(),
                DisplayFormats.dateTime(n.createdAt(), zone, lang), n.read(), PATH + "#my-" + anchor);
    }

    private static ProfileView profileView(ProfileResponse profile) {
        return new ProfileView(profile.displayName(),
                UiLanguage.isSupported(profile.language()) ? UiLanguage.nativeName(profile.language()) : "",
                profile.email(), profile.emailNotifications());
    }

    private TemplateInstance profilePage(Form form, String email) {
        List<Choice> languages = UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList();
        return pages.localized(Templates.profile(pages.page(PATH + "/profile"), form, languages, email));
    }

    private TemplateInstance erasePage(Form form) {
        return pages.localized(Templates.erase(pages.page(PATH + "/erase"), form));
    }

    private String emailOf(SignedInUser user) {
        try {
            return account.profile(user) instanceof ServiceAnswer.Done<ProfileResponse> found ? found.value().email() : null;
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            return null;
        }
    }

    private static String visibilityLabel(String visibility, MyFeedbackMessages my) {
        return switch (visibility == null ? "" : visibility) {
            case "PENDING" -> my.visibility_pending();
            case "PUBLISHED" -> my.visibility_published();
            case "HIDDEN" -> my.visibility_hidden();
            case "REJECTED" -> my.visibility_rejected();
            case "DELETED" -> my.visibility_deleted();
            default -> visibility == null ? "" : visibility;
        };
    }

    private static String doneText(String done, MyFeedbackMessages my) {
        return switch (done == null ? "" : done) {
            case "profile" -> my.done_profile();
            case "read" -> my.done_read();
            case "edited" -> my.done_edited();
            case "deleted" -> my.done_deleted();
            case "erased" -> my.done_erased();
            default -> null;
        };
    }

    private Map<String, String> forumTitles(String lang) {
        try {
            return forums.in(lang);
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the forums' addresses stand in for their titles while events-service is away
            return Map.of();
        }
    }

    private SignedInUser signedIn(String next) {
        return visitor.user().orElseThrow(() -> new SignInRequiredException(next));
    }

    /** The service's answer, or the page for a session that ran out (sign in again) or a refusal. */
    private static <T> T required(ServiceAnswer<T> answer, String next, SignedInUser user) {
        if (answer instanceof ServiceAnswer.Done<T> done) {
            return done.value();
        }
        ServiceAnswer.Refused<T> refused = (ServiceAnswer.Refused<T>) answer;
        refuse(refused, next, user);
        throw new PageNotFoundException("feedback-service answered " + refused.status() + " for " + next);
    }

    private static void refuse(ServiceAnswer.Refused<?> refused, String next, SignedInUser user) {
        if (refused.status() == 401) {
            throw new SignInRequiredException(next);
        }
        if (refused.status() == 403 && !refused.is("not-your-comment")) {
            throw new ForbiddenPageException("feedback-service refused " + user.username() + " at " + next);
        }
    }

    private static RestResponse<TemplateInstance> page(RestResponse.Status status, TemplateInstance page) {
        return RestResponse.ResponseBuilder.create(status, page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    static MyFeedbackMessages messages(String lang) {
        return MessageBundles.get(MyFeedbackMessages.class, Localized.Literal.of(lang));
    }
}
