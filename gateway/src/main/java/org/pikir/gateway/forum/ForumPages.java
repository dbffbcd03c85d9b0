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
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.problem.Problem;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The public pages: the list of forums with its search, a forum with its comments, and the comment form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Page page, List<ForumCard> forums, SearchForm search);

        static native TemplateInstance forum(Page page, ForumView forum, List<CommentView> comments,
                                             boolean commentsShown, CommentForm form, boolean sent,
                                             String signInToComment, RecommendationsView recommendations,
                                             Notice notice);
    }

    private final EventsClient events;
    private final FeedbackClient feedback;
    private final RecommendationList recommendations;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId defaultZone;

    public ForumPages(EventsClient events, FeedbackClient feedback, RecommendationList recommendations,
                      Visitor visitor, Pages pages, GatewayConfig config) {
        this.events = events;
        this.feedback = feedback;
        this.recommendations = recommendations;
        this.visitor = visitor;
        this.pages = pages;
        this.defaultZone = config.timeZone();
    }

    @GET
    @Operation(summary = "Home page: the published forums, searchable by words, status, city and topic (HTML)")
    public TemplateInstance home(@QueryParam("q") String query, @QueryParam("status") String status,
                                 @QueryParam("city") String city, @QueryParam("topic") String topic) {
        String lang = visitor.language();
        ForumSearch search = ForumSearch.of(query, status, city, topic);
        List<EventSummaryResponse> published = events.published();
        List<EventSummaryResponse> found = search.active() ? events.published(search) : published;
        Instant now = Instant.now();
        List<ForumCard> forums = found.stream()
                .map(e -> new ForumCard(e.slug(), LocalizedText.pick(e.title(), lang), e.city(),
                        e.date() == null ? "" : e.date().toString(), DisplayFormats.date(e.date(), lang),
                        ConsultationView.of(e.consultation(), now, defaultZone, lang)))
                .toList();
        SearchForm form = SearchForm.of(search, published, ForumLabels.in(lang).messages(), lang);
        return pages.localized(Templates.home(pages.page("/"), forums, form));
    }

    @GET
    @Path("forums/{slug}")
    @Operation(summary = "A forum: its record, agenda, participants, statements, materials, outcome and comments; "
            + "for signed-in users the comment form, optionally about one statement or material (HTML)")
    public TemplateInstance forum(@PathParam("slug") String slug, @QueryParam("sent") boolean sent,
                                  @QueryParam("statement") String statement, @QueryParam("material") String material,
                                  @QueryParam("reply") String reply, @QueryParam("rpage") String recommendationsPage,
                                  @QueryParam("notice") String notice) {
        ForumView forum = view(find(slug));
        CommentForm.Reference aboutStatement = statementReference(forum, id(statement));
        CommentForm.Reference aboutMaterial = materialReference(forum, id(material));
        Long replyTo = id(reply);
        CommentForm form = visitor.user()
                .map(user -> replyTo != null ? emptyReplyForm(forum, replyTo) : emptyForm(forum, aboutStatement, aboutMaterial))
                .orElse(null);
        Listing listing = new Listing(pageNumber(recommendationsPage), Notice.of(notice, ForumLabels.in(visitor.language())));
        return render(forum, form, sent, signInToComment(forum, aboutStatement, aboutMaterial), listing);
    }

    @POST
    @Path("forums/{slug}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends the comment form to feedback-service, then back to the forum page (post/redirect/get)")
    public RestResponse<TemplateInstance> comment(@PathParam("slug") String slug, @RestForm String body,
                                                  @RestForm String language,
                                                  @RestForm("idempotency-key") String idempotencyKey,
                                                  @RestForm String statementId, @RestForm String materialId,
                                                  @RestForm String parentId) {
        String forumPath = ForumView.pathOf(slug);
        Optional<SignedInUser> user = visitor.user();
        if (user.isEmpty()) {
            return RestResponse.seeOther(URI.create(Pages.signInUrl(forumPath)));
        }
        ForumView forum = view(find(slug));
        Messages messages = ForumLabels.in(visitor.language()).messages();
        String text = body == null ? "" : body;
        Long parent = id(parentId);
        if (parent != null || !blank(parentId)) {
            return reply(forum, user.get(), parent, text, language, idempotencyKey, messages);
        }
        List<CommentForm.FormError> errors = new ArrayList<>();
        // a reference that is not part of this forum is dropped and reported, so sending again posts without it
        CommentForm.Reference statement = statementReference(forum, id(statementId));
        if (statement == null && !blank(statementId)) {
            errors.add(new CommentForm.FormError(CommentForm.STATEMENT_FIELD, messages.error_statement_invalid()));
        }
        CommentForm.Reference material = materialReference(forum, id(materialId));
        if (material == null && !blank(materialId)) {
            errors.add(new CommentForm.FormError(CommentForm.MATERIAL_FIELD, messages.error_material_invalid()));
        }
        if (text.isBlank()) {
            errors.add(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_body_required()));
        } else if (text.length() > CommentRequest.MAX_BODY) {
            errors.add(new CommentForm.FormError(CommentForm.BODY_FIELD,
                    messages.error_body_too_long(CommentRequest.MAX_BODY)));
        }
        if (!UiLanguage.isSupported(language)) {
            errors.add(new CommentForm.FormError(CommentForm.LANGUAGE_FIELD, messages.error_language_invalid()));
        }
        Typed typed = new Typed(text, language, statement, material, null);
        if (!errors.isEmpty()) {
            return again(RestResponse.Status.BAD_REQUEST, forum, typed, newKey(), errors);
        }
        // a key that came with the form makes a second click on "send" replay the first answer
        String key = idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches() ? idempotencyKey : newKey();
        return send(forum, user.get(), typed, key, new CommentRequest(slug, text, language,
                statement == null ? null : statement.id(), material == null ? null : material.id()), messages);
    }

    /** A reply: to a comment listed on this forum that takes replies, else a field error and no reply form. */
    private RestResponse<TemplateInstance> reply(ForumView forum, SignedInUser user, Long parentId, String text,
                                                 String language, String idempotencyKey, Messages messages) {
        CommentForm.Reference parent = parentId == null ? null : parentReference(forum, parentId);
        boolean reply = parent != null;
        List<CommentForm.FormError> errors = new ArrayList<>();
        if (parent == null) {
            errors.add(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_reply_parent_invalid()));
        }
        if (text.isBlank()) {
            errors.add(new CommentForm.FormError(CommentForm.bodyField(reply), messages.error_body_required()));
        } else if (text.length() > CommentRequest.MAX_BODY) {
            errors.add(new CommentForm.FormError(CommentForm.bodyField(reply),
                    messages.error_body_too_long(CommentRequest.MAX_BODY)));
        }
        if (!UiLanguage.isSupported(language)) {
            errors.add(new CommentForm.FormError(CommentForm.languageField(reply), messages.error_language_invalid()));
        }
        Typed typed = new Typed(text, language, null, null, parent);
        if (!errors.isEmpty()) {
            return again(RestResponse.Status.BAD_REQUEST, forum, typed, newKey(), errors);
        }
        String key = idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches() ? idempotencyKey : newKey();
        return send(forum, user, typed, key,
                new CommentRequest(forum.slug(), text, language, null, null, parent.id()), messages);
    }

    private RestResponse<TemplateInstance> send(ForumView forum, SignedInUser user, Typed typed, String key,
                                                CommentRequest request, Messages messages) {
        CommentOutcome outcome;
        try {
            outcome = feedback.send(user, key, request);
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // whether the comment arrived is unknown, so the same key goes into the form again
            return again(RestResponse.Status.SERVICE_UNAVAILABLE, forum, typed, key,
                    List.of(new CommentForm.FormError(typed.bodyField(), messages.error_send_unavailable())));
        }
        if (outcome instanceof CommentOutcome.Rejected rejected) {
            return rejected(rejected, forum, typed, messages);
        }
        // a reply may be far down the page: the browser is taken to it once it is listed
        String anchor = typed.parent() != null && outcome instanceof CommentOutcome.Accepted accepted
                && accepted.comment().id() != null && "PUBLISHED".equals(accepted.comment().status())
                ? "#comment-" + accepted.comment().id() : "";
        return RestResponse.seeOther(URI.create(forum.path() + "?sent=true" + anchor));
    }

    /** What the user sent, shown again in the form when it cannot be accepted. */
    private record Typed(String text, String language, CommentForm.Reference statement,
                         CommentForm.Reference material, CommentForm.Reference parent) {

        Typed withoutStatement() {
            return new Typed(text, language, null, material, parent);
        }

        Typed withoutMaterial() {
            return new Typed(text, language, statement, null, parent);
        }

        String bodyField() {
            return CommentForm.bodyField(parent != null);
        }

        String languageField() {
            return CommentForm.languageField(parent != null);
        }
    }

    private RestResponse<TemplateInstance> rejected(CommentOutcome.Rejected rejected, ForumView forum, Typed typed,
                                                    Messages messages) {
        String bodyField = typed.bodyField();
        return switch (rejected.reason()) {
            case UNKNOWN_EVENT -> throw new PageNotFoundException("feedback-service does not know " + forum.slug());
            case CONSULTATION_CLOSED -> again(RestResponse.Status.CONFLICT, forum, typed, newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_consultation_closed())));
            case UNAUTHENTICATED -> again(RestResponse.Status.UNAUTHORIZED, forum, typed, newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_sign_in_again())));
            case FORBIDDEN -> again(RestResponse.Status.FORBIDDEN, forum, typed, newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_not_allowed())));
            case INVALID -> invalid(rejected.errors(), forum, typed, messages);
        };
    }

    private RestResponse<TemplateInstance> invalid(List<Problem.FieldError> errors, ForumView forum, Typed typed,
                                                   Messages messages) {
        List<CommentForm.FormError> shown = new ArrayList<>();
        Typed kept = typed;
        for (Problem.FieldError error : errors) {
            switch (error.field() == null ? "" : error.field()) {
                case "body" -> shown.add(new CommentForm.FormError(typed.bodyField(),
                        messages.error_comment_rejected()));
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
        return again(RestResponse.Status.BAD_REQUEST, forum, kept, newKey(), shown);
    }

    private RestResponse<TemplateInstance> again(RestResponse.Status status, ForumView forum, Typed typed, String key,
                                                 List<CommentForm.FormError> errors) {
        String chosen = UiLanguage.isSupported(typed.language()) ? typed.language() : visitor.language();
        CommentForm form = new CommentForm(commentAction(forum), typed.text(), chosen, key, languageOptions(chosen),
                typed.statement(), typed.material(), typed.parent(), dropReferenceHref(forum), errors);
        return RestResponse.ResponseBuilder.create(status, render(forum, form, false, null, Listing.FIRST))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** Which page of the recommendations to show, and a notice left by the action that led here. */
    private record Listing(int recommendationsPage, Notice notice) {

        static final Listing FIRST = new Listing(0, null);
    }

    private TemplateInstance render(ForumView forum, CommentForm form, boolean sent, String signInToComment,
                                    Listing listing) {
        String lang = visitor.language();
        ForumLabels labels = ForumLabels.in(lang);
        Optional<SignedInUser> user = visitor.user();
        boolean open = forum.consultation().open();
        CommentForm shownForm = open ? form : null;
        Long replyingTo = shownForm != null && shownForm.reply() ? shownForm.parent().id() : null;
        List<CommentView> comments = List.of();
        boolean commentsShown = true;
        try {
            comments = CommentThreads.of(feedback.comments(forum.slug()),
                    (node, replies) -> commentView(node, replies, forum, labels, user.isPresent(), open, replyingTo));
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the forum is still worth reading while comments are unavailable
            commentsShown = false;
        }
        if (replyingTo != null && !contains(comments, replyingTo)) {
            // the comment to reply to is not listed (any more): offer the form for a comment on the forum instead
            shownForm = user.isPresent() ? emptyForm(forum, null, null) : null;
        }
        Page page = pages.page(forum.path());
        String prompt = signInToComment == null ? page.signInUrl() : signInToComment;
        RecommendationsView section = recommendations.section(forum, user, listing.recommendationsPage(), labels);
        return pages.localized(Templates.forum(page, forum, comments, commentsShown, shownForm, sent, prompt,
                section, listing.notice()));
    }

    private static boolean contains(List<CommentView> comments, long id) {
        return comments.stream().anyMatch(c -> c.id() == id || contains(c.replies(), id));
    }

    private static CommentView commentView(CommentThreads.Node node, List<CommentView> replies, ForumView forum,
                                           ForumLabels labels, boolean signedIn, boolean open, Long replyingTo) {
        CommentResponse comment = node.comment();
        Messages messages = labels.messages();
        String about = null;
        String aboutHref = null;
        Optional<StatementView> statement = forum.statement(comment.statementId());
        Optional<MaterialView> material = forum.material(comment.materialId());
        if (statement.isPresent()) {
            about = messages.comment_on_statement(speakerOf(statement.get(), messages));
            aboutHref = "#" + statement.get().anchor();
        } else if (material.isPresent()) {
            about = messages.comment_on_material(material.get().title().text());
            aboutHref = "#" + material.get().anchor();
        }
        long id = comment.id();
        String hiddenReason = comment.hidden()
                ? labels.moderationReason(comment.moderation() == null ? null : comment.moderation().reason())
                : null;
        String replyPath = forum.path() + "?reply=" + id + "#reply-form";
        String replyHref = open && node.repliesAllowed() ? (signedIn ? replyPath : Pages.signInUrl(replyPath)) : null;
        boolean shown = !comment.hidden() && !comment.deleted();
        String flagHref = shown ? FlagPages.pathOf(forum.slug(), "comment", id) : null;
        return new CommentView(id, comment.deleted() ? null : comment.authorName(), shown ? comment.body() : null,
                comment.language(), comment.createdAt() == null ? "" : comment.createdAt().toString(),
                DisplayFormats.dateTime(comment.createdAt(), forum.zone(), labels.lang()),
                "PENDING".equals(comment.status()), hiddenReason, comment.deleted(), about, aboutHref, node.depth(),
                replies, replyHref, flagHref, replyingTo != null && replyingTo == id);
    }

    private ForumView view(EventResponse event) {
        String lang = visitor.language();
        return ForumView.of(event, defaultZone, Instant.now(), ForumLabels.in(lang));
    }

    private CommentForm emptyForm(ForumView forum, CommentForm.Reference statement, CommentForm.Reference material) {
        String lang = visitor.language();
        return new CommentForm(commentAction(forum), "", lang, newKey(), languageOptions(lang), statement, material,
                null, dropReferenceHref(forum), List.of());
    }

    /** The reply form under comment {@code parentId}; it is left out when the comment is not listed. */
    private CommentForm emptyReplyForm(ForumView forum, long parentId) {
        String lang = visitor.language();
        return new CommentForm(commentAction(forum), "", lang, newKey(), languageOptions(lang), null, null,
                parentReference(forum, parentId), dropReferenceHref(forum), List.of());
    }

    /** A comment to reply to; its name is the author's, its place the comment's anchor. */
    private static CommentForm.Reference parentReference(ForumView forum, long id) {
        return new CommentForm.Reference(id, null, forum.path() + "#comment-" + id);
    }

    private CommentForm.Reference statementReference(ForumView forum, Long id) {
        return forum.statement(id)
                .map(s -> new CommentForm.Reference(s.id(),
                        speakerOf(s, ForumLabels.in(visitor.language()).messages()), "#" + s.anchor()))
                .orElse(null);
    }

    private static CommentForm.Reference materialReference(ForumView forum, Long id) {
        return forum.material(id)
                .map(m -> new CommentForm.Reference(m.id(), m.title().text(), "#" + m.anchor()))
                .orElse(null);
    }

    private static String speakerOf(StatementView statement, Messages messages) {
        return statement.speakerName() == null ? messages.speaker_unknown() : statement.speakerName();
    }

    /** Signing in from a forum page comes back to the form, still about the statement or material chosen. */
    private static String signInToComment(ForumView forum, CommentForm.Reference statement,
                                          CommentForm.Reference material) {
        if (statement == null && material == null) {
            return null;
        }
        String query = statement != null ? "?statement=" + statement.id() : "?material=" + material.id();
        return Pages.signInUrl(forum.path() + query + "#comment-form");
    }

    EventResponse find(String slug) {
        return events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
    }

    private static List<CommentForm.LanguageOption> languageOptions(String selected) {
        return UiLanguage.CODES.stream()
                .map(code -> new CommentForm.LanguageOption(code, UiLanguage.nativeName(code), code.equals(selected)))
                .toList();
    }

    private static String commentAction(ForumView forum) {
        return forum.path() + "/comments";
    }

    private static String dropReferenceHref(ForumView forum) {
        return forum.path() + "#comment-form";
    }

    private static int pageNumber(String value) {
        Long number = value != null && value.strip().equals("0") ? null : id(value);
        return number == null || number > 10_000 ? 0 : number.intValue();
    }

    /** A positive id from a query or form parameter; null for anything else, which is then simply not found. */
    static Long id(String value) {
        return value != null && ID.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
