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
import org.pikir.gateway.draft.ArticleFeedback;
import org.pikir.gateway.draft.ArticlePlace;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignInRequiredException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.problem.Problem;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Flagging a comment or recommendation that breaks the rules: a small form with the reasons feedback-service knows.
 * Reported from a draft article's page ({@code draft}, {@code article}, {@code v}), the comment is found among that
 * article's threads and the citizen comes back to the article.
 */
@Path("/forums/{slug}/flags")
@Produces(MediaType.TEXT_HTML)
public class FlagPages {

    static final List<String> REASONS = List.of("SPAM", "ABUSE", "OFF_TOPIC", "PERSONAL_DATA", "ILLEGAL", "OTHER");
    static final String REASON = "flag-reason";
    static final String NOTE = "flag-note";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance flag(Page page, ForumView forum, FlaggedItem item, Form form, List<Choice> reasons);
    }

    /**
     * What is being flagged, quoted on the form so the citizen sees they picked the right one; for a comment,
     * where it is listed ({@code place}, and {@code article} when on a draft article's page: the form carries them,
     * and the citizen comes back there).
     */
    public record FlaggedItem(String type, long id, String author, String text, String lang, String backHref,
                              CommentPlace place, Optional<ArticlePlace> article) {

        public boolean comment() {
            return "comment".equals(type);
        }

        public boolean onArticle() {
            return article.isPresent();
        }

        /** Where it is listed, as hidden form fields. */
        public List<CommentPlace.Field> fields() {
            // on an article's page, only the cursor of its threads goes with the article
            List<CommentPlace.Field> fields = new ArrayList<>(place.fields().stream()
                    .filter(f -> article.isEmpty() || f.name().equals(CommentPlace.AFTER)).toList());
            article.ifPresent(a -> fields.addAll(a.fields()));
            return fields;
        }
    }

    private final EventsClient events;
    private final FeedbackClient feedback;
    private final CommentListing comments;
    private final ArticleFeedback articles;
    private final Visitor visitor;
    private final Pages pages;
    private final GatewayConfig config;

    public FlagPages(EventsClient events, FeedbackClient feedback, CommentListing comments, ArticleFeedback articles,
                     Visitor visitor, Pages pages, GatewayConfig config) {
        this.events = events;
        this.feedback = feedback;
        this.comments = comments;
        this.articles = articles;
        this.visitor = visitor;
        this.pages = pages;
        this.config = config;
    }

    static String pathOf(String slug, String type, long id) {
        return ForumView.pathOf(slug) + "/flags/new?" + type + "=" + id;
    }

    /** The form for a comment listed at {@code place}, which it is found at again and comes back to. */
    static String pathOf(String slug, String type, long id, CommentPlace place) {
        String query = place.query();
        return pathOf(slug, type, id) + (query.isEmpty() ? "" : "&" + query);
    }

    /**
     * The form for a comment or recommendation listed on a draft article's page (a comment among its threads from
     * {@code after}), which the citizen comes back to.
     */
    public static String pathOf(String slug, String type, long id, ArticlePlace article, String after) {
        String cursor = "comment".equals(type) ? new CommentPlace(CommentOrder.NEWEST, after, null, null).query() : "";
        return pathOf(slug, type, id) + (cursor.isEmpty() ? "" : "&" + cursor) + "&" + article.query();
    }

    private static String pathOf(String slug, FlaggedItem item) {
        return item.article().map(a -> pathOf(slug, item.type(), item.id(), a, item.place().after()))
                .orElseGet(() -> pathOf(slug, item.type(), item.id(), item.place()));
    }

    @GET
    @Path("new")
    @Operation(summary = "The form to flag a comment (?comment=id, with where it is listed: corder, cafter, thread, "
            + "rafter, or draft, article and v for a draft article's page) or recommendation (?recommendation=id) "
            + "of a forum")
    public TemplateInstance form(@PathParam("slug") String slug, @QueryParam("comment") String comment,
                                 @QueryParam("recommendation") String recommendation,
                                 @QueryParam(CommentPlace.ORDER) String order,
                                 @QueryParam(CommentPlace.AFTER) String after,
                                 @QueryParam(CommentPlace.THREAD) String thread,
                                 @QueryParam(CommentPlace.REPLIES_AFTER) String repliesAfter,
                                 @QueryParam(ArticlePlace.DRAFT) String draft,
                                 @QueryParam(ArticlePlace.ARTICLE) String article,
                                 @QueryParam(ArticlePlace.VERSION) String version) {
        ForumView forum = forum(slug);
        String type = comment != null ? "comment" : "recommendation";
        Long id = ForumPages.id(comment != null ? comment : recommendation);
        CommentPlace place = CommentPlace.of(order, after, thread, repliesAfter);
        Optional<ArticlePlace> onArticle = ArticlePlace.of(draft, article, version);
        long wanted = id == null ? 0 : id;
        visitor.user().orElseThrow(() -> new SignInRequiredException(onArticle
                .map(a -> pathOf(slug, type, wanted, a, place.after()))
                .orElseGet(() -> pathOf(slug, type, wanted, place))));
        FlaggedItem item = item(forum, type, id, place, onArticle);
        return render(forum, item, Form.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends a flag to feedback-service, then back to the forum page (post/redirect/get)")
    public RestResponse<TemplateInstance> flag(@PathParam("slug") String slug, @RestForm String type,
                                               @RestForm String id, @RestForm String reason, @RestForm String note,
                                               @RestForm("idempotency-key") String idempotencyKey,
                                               @RestForm(CommentPlace.ORDER) String order,
                                               @RestForm(CommentPlace.AFTER) String after,
                                               @RestForm(CommentPlace.THREAD) String thread,
                                               @RestForm(CommentPlace.REPLIES_AFTER) String repliesAfter,
                                               @RestForm(ArticlePlace.DRAFT) String draft,
                                               @RestForm(ArticlePlace.ARTICLE) String article,
                                               @RestForm(ArticlePlace.VERSION) String version) {
        ForumView forum = forum(slug);
        SignedInUser user = visitor.user().orElseThrow(() -> new SignInRequiredException(forum.path()));
        String itemType = "recommendation".equals(type) ? "recommendation" : "comment";
        CommentPlace place = CommentPlace.of(order, after, thread, repliesAfter);
        FlaggedItem item = item(forum, itemType, ForumPages.id(id), place, ArticlePlace.of(draft, article, version));
        Messages msg = ForumLabels.in(visitor.language()).messages();
        Form form = Form.empty().with("reason", reason).with("note", note == null ? "" : note.strip())
                .withKey(idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()
                        ? idempotencyKey : UUID.randomUUID().toString());
        if (!REASONS.contains(form.value("reason"))) {
            form.reject(REASON, msg.error_flag_reason());
        }
        if (form.value("note").length() > FlagRequest.MAX_NOTE) {
            form.reject(NOTE, msg.error_flag_note(FlagRequest.MAX_NOTE));
        }
        if (form.hasErrors()) {
            return page(RestResponse.Status.BAD_REQUEST, forum, item, form.withKey(UUID.randomUUID().toString()));
        }
        ServiceAnswer<Void> answer;
        try {
            answer = feedback.flag(user, form.idempotencyKey(), new FlagRequest(itemType.toUpperCase(java.util.Locale.ROOT),
                    item.id(), form.value("reason"), form.value("note").isEmpty() ? null : form.value("note")));
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            form.reject(REASON, msg.error_flag_unavailable());
            return page(RestResponse.Status.SERVICE_UNAVAILABLE, forum, item, form);
        }
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            Form again = form.withKey(UUID.randomUUID().toString());
            switch (refused.status()) {
                case 401 -> throw new SignInRequiredException(pathOf(slug, item));
                case 409 -> again.reject(REASON, refused.is("own-item") ? msg.error_flag_own() : msg.error_flag_refused());
                case 429 -> again.reject(REASON, msg.error_too_many());
                case 403 -> again.reject(REASON, refused.is(Notice.EMAIL_UNVERIFIED) ? msg.error_email_unverified()
                        : msg.error_flag_refused());
                case 400 -> fieldErrors(refused.errors(), again, msg);
                default -> again.reject(REASON, msg.error_flag_refused());
            }
            return page(refused.pageStatus(), forum, item, again);
        }
        if (item.article().isPresent()) {
            String notice = "notice=" + (item.comment() ? Notice.FLAGGED : Notice.FLAGGED_RECOMMENDATION);
            String back = item.article().get().href(slug, item.comment() ? place.after() : null, notice);
            return RestResponse.seeOther(URI.create(back + "#" + item.type() + "-" + item.id()));
        }
        if (item.comment()) {
            return RestResponse.seeOther(URI.create(place.href(forum.path(), "notice=" + Notice.FLAGGED)
                    + "#comment-" + item.id()));
        }
        return RestResponse.seeOther(URI.create(forum.path() + "?notice=" + Notice.FLAGGED_RECOMMENDATION
                + "#recommendation-" + item.id()));
    }

    private static void fieldErrors(List<Problem.FieldError> errors, Form form, Messages msg) {
        for (Problem.FieldError error : errors) {
            if ("note".equals(error.field())) {
                form.reject(NOTE, msg.error_flag_note(FlagRequest.MAX_NOTE));
            } else if ("reason".equals(error.field())) {
                form.reject(REASON, msg.error_flag_reason());
            }
        }
        if (!form.hasErrors()) {
            form.reject(REASON, msg.error_flag_refused());
        }
    }

    /**
     * The comment (where the link says it is listed: a page of the forum's, a thread's or a draft article's comments)
     * or recommendation to flag; not found when it is not shown.
     */
    private FlaggedItem item(ForumView forum, String type, Long id, CommentPlace place, Optional<ArticlePlace> article) {
        if (id == null) {
            throw new PageNotFoundException("No " + type + " to flag");
        }
        if ("comment".equals(type)) {
            String back = article.map(a -> a.href(forum.slug(), place.after(), null))
                    .orElseGet(() -> place.href(forum.path())) + "#comment-" + id;
            return (article.isPresent() ? articles.find(forum.slug(), article.get(), place.after(), id)
                    : comments.find(forum, id, place))
                    .filter(c -> !c.hidden() && !c.deleted())
                    .map(c -> new FlaggedItem(type, id, c.authorName(), c.body(), c.language(), back, place, article))
                    .orElseThrow(() -> new PageNotFoundException("No comment " + id + " on " + forum.slug()));
        }
        String back = article.map(a -> a.href(forum.slug(), null, null)).orElse(forum.path()) + "#recommendation-" + id;
        return feedback.recommendation(id)
                .filter(r -> forum.slug().equals(r.eventSlug()) && !r.hidden())
                .map(r -> new FlaggedItem(type, id, r.authorName(), r.title(), r.language(), back, CommentPlace.FIRST,
                        article))
                .orElseThrow(() -> new PageNotFoundException("No recommendation " + id + " on " + forum.slug()));
    }

    private RestResponse<TemplateInstance> page(RestResponse.Status status, ForumView forum, FlaggedItem item, Form form) {
        return RestResponse.ResponseBuilder.create(status, render(forum, item, form)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance render(ForumView forum, FlaggedItem item, Form form) {
        ForumLabels labels = ForumLabels.in(visitor.language());
        List<Choice> reasons = REASONS.stream().map(r -> new Choice(r, labels.flagReason(r))).toList();
        return pages.localized(Templates.flag(pages.page(pathOf(forum.slug(), item)), forum, item, form, reasons));
    }

    private ForumView forum(String slug) {
        EventResponse event = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        return ForumView.of(event, config.timeZone(), Instant.now(), ForumLabels.in(visitor.language()));
    }
}
