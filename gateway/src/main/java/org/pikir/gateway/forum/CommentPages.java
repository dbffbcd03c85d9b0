package org.pikir.gateway.forum;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.problem.Problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's comments beyond its page: sending a comment or reply (post/redirect/get), and a thread's own page with
 * all its replies, a page at a time. Sending asks events-service nothing: feedback-service checks the forum, the
 * statement, material or comment referred to and the text, and only a refused comment, shown again in its form,
 * needs the forum page (or the thread page it came from).
 */
@Path("/forums/{slug}/comments")
@Produces(MediaType.TEXT_HTML)
public class CommentPages {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");
    /** The largest size a Bean Validation message names ("size must be between 1 and 5000"). */
    private static final Pattern SIZE_LIMIT = Pattern.compile("(?:and|most|max(?:imum)?)\\s+(\\d{1,9})");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance thread(Page page, ForumView forum, ThreadView thread, CommentForm form,
                                              boolean sent, Notice notice);
    }

    private final ForumPages forums;
    private final CommentListing comments;
    private final FeedbackClient feedback;
    private final Visitor visitor;
    private final Pages pages;

    public CommentPages(ForumPages forums, CommentListing comments, FeedbackClient feedback, Visitor visitor,
                        Pages pages) {
        this.forums = forums;
        this.comments = comments;
        this.feedback = feedback;
        this.visitor = visitor;
        this.pages = pages;
    }

    static String pathOf(String forumPath, long threadId) {
        return forumPath + "/comments/" + threadId;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A comment thread's own page: the top-level comment and its replies, a page at a time "
            + "(rafter=cursor of the next page; corder and cafter name the page of threads it is listed on) (HTML)")
    public RestResponse<TemplateInstance> thread(@PathParam("slug") String slug, @PathParam("id") String id,
                                                 @QueryParam(CommentPlace.ORDER) String order,
                                                 @QueryParam(CommentPlace.AFTER) String after,
                                                 @QueryParam(CommentPlace.REPLIES_AFTER) String repliesAfter,
                                                 @QueryParam("reply") String reply, @QueryParam("sent") boolean sent,
                                                 @QueryParam("notice") String notice) {
        Long threadId = ForumPages.id(id);
        if (threadId == null) {
            throw new PageNotFoundException("No comment can have the id " + id);
        }
        ForumView forum = forums.view(slug);
        CommentPlace place = CommentPlace.of(order, after, threadId.toString(), repliesAfter);
        Long replyTo = ForumPages.id(reply);
        CommentForm form = visitor.user().isPresent() && replyTo != null
                ? CommentForm.reply(forum, visitor.language(), place, replyTo) : null;
        return threadPage(RestResponse.Status.OK, forum, place, form, sent,
                Notice.of(notice, ForumLabels.in(visitor.language())));
    }

    private RestResponse<TemplateInstance> threadPage(RestResponse.Status status, ForumView forum, CommentPlace place,
                                                      CommentForm form, boolean sent, Notice notice) {
        ForumLabels labels = ForumLabels.in(visitor.language());
        Optional<SignedInUser> user = visitor.user();
        CommentForm shownForm = forum.consultation().open() ? form : null;
        Long replyingTo = shownForm != null && shownForm.reply() ? shownForm.parent().id() : null;
        ThreadView thread = comments.thread(forum, place, labels, user.isPresent(), replyingTo);
        if (replyingTo != null && !thread.contains(replyingTo)) {
            shownForm = shownForm.hasErrors() || !shownForm.body().isEmpty() ? shownForm.asComment(forum) : null;
        }
        TemplateInstance html = pages.localized(Templates.thread(pages.page(place.href(forum.path())), forum, thread,
                shownForm, sent, notice));
        return ForumPages.personal(RestResponse.ResponseBuilder.create(status, html).type(MediaType.TEXT_HTML_TYPE),
                user.isPresent() || sent).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends the comment or reply form to feedback-service, then back to the page it was sent from "
            + "(post/redirect/get); a refused one comes back in its form with the reasons")
    public RestResponse<TemplateInstance> comment(@PathParam("slug") String slug, @RestForm String body,
                                                  @RestForm String language,
                                                  @RestForm("idempotency-key") String idempotencyKey,
                                                  @RestForm String statementId, @RestForm String materialId,
                                                  @RestForm String parentId,
                                                  @RestForm(CommentPlace.ORDER) String order,
                                                  @RestForm(CommentPlace.AFTER) String after,
                                                  @RestForm(CommentPlace.THREAD) String thread,
                                                  @RestForm(CommentPlace.REPLIES_AFTER) String repliesAfter) {
        if (!EventsClient.possibleSlug(slug)) {
            throw new PageNotFoundException("No forum can have the slug " + slug);
        }
        String forumPath = ForumView.pathOf(slug);
        Optional<SignedInUser> user = visitor.user();
        if (user.isEmpty()) {
            return RestResponse.seeOther(URI.create(Pages.signInUrl(forumPath)));
        }
        Messages messages = ForumLabels.in(visitor.language()).messages();
        boolean reply = !blank(parentId);
        Typed typed = new Typed(body == null ? "" : body, language, reply ? null : ForumPages.id(statementId),
                reply ? null : ForumPages.id(materialId), reply ? ForumPages.id(parentId) : null,
                CommentPlace.of(order, after, thread, repliesAfter));
        // only what needs no knowledge of feedback-service's rules: it checks the rest, and its limits
        List<CommentForm.FormError> errors = new ArrayList<>();
        if (reply && typed.parentId() == null) {
            errors.add(new CommentForm.FormError(typed.bodyField(), messages.error_reply_parent_invalid()));
        }
        if (typed.statementId() == null && !reply && !blank(statementId)) {
            errors.add(new CommentForm.FormError(CommentForm.STATEMENT_FIELD, messages.error_statement_invalid()));
        }
        if (typed.materialId() == null && !reply && !blank(materialId)) {
            errors.add(new CommentForm.FormError(CommentForm.MATERIAL_FIELD, messages.error_material_invalid()));
        }
        if (typed.text().isBlank()) {
            errors.add(new CommentForm.FormError(typed.bodyField(), messages.error_body_required()));
        }
        if (!UiLanguage.isSupported(language)) {
            errors.add(new CommentForm.FormError(typed.languageField(), messages.error_language_invalid()));
        }
        if (!errors.isEmpty()) {
            return again(RestResponse.Status.BAD_REQUEST, slug, typed, CommentForm.newKey(), errors);
        }
        // a key that came with the form makes a second click on "send" replay the first answer
        String key = idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()
                ? idempotencyKey : CommentForm.newKey();
        CommentOutcome outcome;
        try {
            outcome = feedback.send(user.get(), key, new CommentRequest(slug, typed.text(), language,
                    typed.statementId(), typed.materialId(), typed.parentId()));
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // whether the comment arrived is unknown, so the same key goes into the form again
            return again(RestResponse.Status.SERVICE_UNAVAILABLE, slug, typed, key,
                    List.of(new CommentForm.FormError(typed.bodyField(), messages.error_send_unavailable())));
        }
        if (outcome instanceof CommentOutcome.Rejected rejected) {
            return rejected(rejected, slug, typed, messages);
        }
        CommentResponse sent = ((CommentOutcome.Accepted) outcome).comment();
        if (typed.parentId() == null) {
            // a new comment is the newest: it is at the top of the forum's first page
            return RestResponse.seeOther(URI.create(forumPath + "?sent=true"));
        }
        // a reply is shown where its thread was read; the browser is taken to it once it is listed
        String anchor = sent.id() != null && "PUBLISHED".equals(sent.status()) ? "#comment-" + sent.id() : "";
        return RestResponse.seeOther(URI.create(typed.place().href(forumPath, "sent=true") + anchor));
    }

    /** What the user sent, shown again in the form when it cannot be accepted, and where its comments were read. */
    private record Typed(String text, String language, Long statementId, Long materialId, Long parentId,
                         CommentPlace place) {

        Typed withoutStatement() {
            return new Typed(text, language, null, materialId, parentId, place);
        }

        Typed withoutMaterial() {
            return new Typed(text, language, statementId, null, parentId, place);
        }

        String bodyField() {
            return CommentForm.bodyField(parentId != null);
        }

        String languageField() {
            return CommentForm.languageField(parentId != null);
        }
    }

    private RestResponse<TemplateInstance> rejected(CommentOutcome.Rejected rejected, String slug, Typed typed,
                                                    Messages messages) {
        String bodyField = typed.bodyField();
        return switch (rejected.reason()) {
            case UNKNOWN_EVENT -> throw new PageNotFoundException("feedback-service does not know " + slug);
            case CONSULTATION_CLOSED -> again(RestResponse.Status.CONFLICT, slug, typed, CommentForm.newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_consultation_closed())));
            case UNAUTHENTICATED -> again(RestResponse.Status.UNAUTHORIZED, slug, typed, CommentForm.newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_sign_in_again())));
            case FORBIDDEN -> again(RestResponse.Status.FORBIDDEN, slug, typed, CommentForm.newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_not_allowed())));
            case EMAIL_UNVERIFIED -> again(RestResponse.Status.FORBIDDEN, slug, typed, CommentForm.newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_email_unverified())));
            case INVALID -> invalid(rejected.errors(), slug, typed, messages);
        };
    }

    /** feedback-service's field errors, each next to its field; a refused statement or material is dropped from the form. */
    private RestResponse<TemplateInstance> invalid(List<Problem.FieldError> errors, String slug, Typed typed,
                                                   Messages messages) {
        List<CommentForm.FormError> shown = new ArrayList<>();
        Typed kept = typed;
        for (Problem.FieldError error : errors) {
            switch (error.field() == null ? "" : error.field()) {
                case "body" -> shown.add(new CommentForm.FormError(typed.bodyField(), bodyError(error, messages)));
                case "language" -> shown.add(new CommentForm.FormError(typed.languageField(),
                        messages.error_language_invalid()));
                case "parentId" -> shown.add(new CommentForm.FormError(typed.bodyField(),
                        messages.error_reply_parent_invalid()));
                case "statementId" -> {
                    shown.add(new CommentForm.FormError(CommentForm.STATEMENT_FIELD,
                            messages.error_statement_invalid()));
                    kept = kept.withoutStatement();
                }
                case "materialId" -> {
                    shown.add(new CommentForm.FormError(CommentForm.MATERIAL_FIELD,
                            messages.error_material_invalid()));
                    kept = kept.withoutMaterial();
                }
                default -> {
                    // a field the form does not show: reported below as a general rejection
                }
            }
        }
        if (shown.isEmpty()) {
            shown.add(new CommentForm.FormError(typed.bodyField(), messages.error_comment_rejected()));
        }
        return again(RestResponse.Status.BAD_REQUEST, slug, kept, CommentForm.newKey(), shown);
    }

    /** A text over feedback-service's limit says which limit, as the service names it; any other refusal in general words. */
    private static String bodyError(Problem.FieldError error, Messages messages) {
        Matcher limit = SIZE_LIMIT.matcher(error.message() == null ? "" : error.message());
        return limit.find() ? messages.error_body_too_long(Integer.parseInt(limit.group(1)))
                : messages.error_comment_rejected();
    }

    /** The page the form was sent from, again, with what was typed and what is wrong with it. */
    private RestResponse<TemplateInstance> again(RestResponse.Status status, String slug, Typed typed, String key,
                                                 List<CommentForm.FormError> errors) {
        ForumView forum = forums.view(slug);
        Messages messages = ForumLabels.in(visitor.language()).messages();
        String chosen = UiLanguage.isSupported(typed.language()) ? typed.language() : visitor.language();
        CommentForm form = CommentForm.typed(forum, typed.place(), typed.text(), chosen, key,
                CommentForm.statement(forum, typed.statementId(), messages), CommentForm.material(forum, typed.materialId()),
                typed.parentId() == null ? null : CommentForm.parent(typed.parentId()), errors);
        if (typed.parentId() != null && typed.place().onThreadPage()) {
            return threadPage(status, forum, typed.place(), form, false, null);
        }
        CommentPlace place = typed.parentId() == null ? CommentPlace.FIRST : typed.place();
        return forums.page(status, forum, form, false, null, ForumPages.Listing.at(place));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
