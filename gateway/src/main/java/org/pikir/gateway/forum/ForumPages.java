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
                                             String signInToComment);
    }

    private final EventsClient events;
    private final FeedbackClient feedback;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId defaultZone;

    public ForumPages(EventsClient events, FeedbackClient feedback, Visitor visitor, Pages pages, GatewayConfig config) {
        this.events = events;
        this.feedback = feedback;
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
                                  @QueryParam("statement") String statement, @QueryParam("material") String material) {
        ForumView forum = view(find(slug));
        CommentForm.Reference aboutStatement = statementReference(forum, id(statement));
        CommentForm.Reference aboutMaterial = materialReference(forum, id(material));
        CommentForm form = visitor.user()
                .map(user -> emptyForm(forum, aboutStatement, aboutMaterial))
                .orElse(null);
        return render(forum, form, sent, signInToComment(forum, aboutStatement, aboutMaterial));
    }

    @POST
    @Path("forums/{slug}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends the comment form to feedback-service, then back to the forum page (post/redirect/get)")
    public RestResponse<TemplateInstance> comment(@PathParam("slug") String slug, @RestForm String body,
                                                  @RestForm String language,
                                                  @RestForm("idempotency-key") String idempotencyKey,
                                                  @RestForm String statementId, @RestForm String materialId) {
        String forumPath = ForumView.pathOf(slug);
        Optional<SignedInUser> user = visitor.user();
        if (user.isEmpty()) {
            return RestResponse.seeOther(URI.create(Pages.signInUrl(forumPath)));
        }
        ForumView forum = view(find(slug));
        Messages messages = ForumLabels.in(visitor.language()).messages();
        String text = body == null ? "" : body;
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
        Typed typed = new Typed(text, language, statement, material);
        if (!errors.isEmpty()) {
            return again(RestResponse.Status.BAD_REQUEST, forum, typed, newKey(), errors);
        }
        // a key that came with the form makes a second click on "send" replay the first answer
        String key = idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches() ? idempotencyKey : newKey();
        CommentOutcome outcome;
        try {
            outcome = feedback.send(user.get(), key, new CommentRequest(slug, text, language,
                    statement == null ? null : statement.id(), material == null ? null : material.id()));
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // whether the comment arrived is unknown, so the same key goes into the form again
            return again(RestResponse.Status.SERVICE_UNAVAILABLE, forum, typed, key,
                    List.of(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_send_unavailable())));
        }
        if (outcome instanceof CommentOutcome.Rejected rejected) {
            return rejected(rejected, forum, typed, messages);
        }
        return RestResponse.seeOther(URI.create(forumPath + "?sent=true"));
    }

    /** What the user sent, shown again in the form when it cannot be accepted. */
    private record Typed(String text, String language, CommentForm.Reference statement,
                         CommentForm.Reference material) {

        Typed withoutStatement() {
            return new Typed(text, language, null, material);
        }

        Typed withoutMaterial() {
            return new Typed(text, language, statement, null);
        }
    }

    private RestResponse<TemplateInstance> rejected(CommentOutcome.Rejected rejected, ForumView forum, Typed typed,
                                                    Messages messages) {
        String bodyField = CommentForm.BODY_FIELD;
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
                case "body" -> shown.add(new CommentForm.FormError(CommentForm.BODY_FIELD,
                        messages.error_comment_rejected()));
                case "language" -> shown.add(new CommentForm.FormError(CommentForm.LANGUAGE_FIELD,
                        messages.error_language_invalid()));
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
            shown.add(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_comment_rejected()));
        }
        return again(RestResponse.Status.BAD_REQUEST, forum, kept, newKey(), shown);
    }

    private RestResponse<TemplateInstance> again(RestResponse.Status status, ForumView forum, Typed typed, String key,
                                                 List<CommentForm.FormError> errors) {
        String chosen = UiLanguage.isSupported(typed.language()) ? typed.language() : visitor.language();
        CommentForm form = new CommentForm(commentAction(forum), typed.text(), chosen, key, languageOptions(chosen),
                typed.statement(), typed.material(), dropReferenceHref(forum), errors);
        return RestResponse.ResponseBuilder.create(status, render(forum, form, false, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance render(ForumView forum, CommentForm form, boolean sent, String signInToComment) {
        String lang = visitor.language();
        ZoneId zone = forum.zone();
        Messages messages = ForumLabels.in(lang).messages();
        List<CommentView> comments = List.of();
        boolean commentsShown = true;
        try {
            comments = feedback.comments(forum.slug()).stream()
                    .map(c -> commentView(c, forum, zone, lang, messages))
                    .toList();
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the forum is still worth reading while comments are unavailable
            commentsShown = false;
        }
        CommentForm shownForm = forum.consultation().open() ? form : null;
        Page page = pages.page(forum.path());
        String prompt = signInToComment == null ? page.signInUrl() : signInToComment;
        return pages.localized(Templates.forum(page, forum, comments, commentsShown, shownForm, sent, prompt));
    }

    private static CommentView commentView(CommentResponse comment, ForumView forum, ZoneId zone, String lang,
                                           Messages messages) {
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
        return new CommentView(comment.authorName(), comment.body(), comment.language(),
                comment.createdAt() == null ? "" : comment.createdAt().toString(),
                DisplayFormats.dateTime(comment.createdAt(), zone, lang), "PENDING".equals(comment.status()),
                about, aboutHref);
    }

    private ForumView view(EventResponse event) {
        String lang = visitor.language();
        return ForumView.of(event, defaultZone, Instant.now(), ForumLabels.in(lang));
    }

    private CommentForm emptyForm(ForumView forum, CommentForm.Reference statement, CommentForm.Reference material) {
        String lang = visitor.language();
        return new CommentForm(commentAction(forum), "", lang, newKey(), languageOptions(lang), statement, material,
                dropReferenceHref(forum), List.of());
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

    private EventResponse find(String slug) {
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

    /** A positive id from a query or form parameter; null for anything else, which is then simply not found. */
    private static Long id(String value) {
        return value != null && ID.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
