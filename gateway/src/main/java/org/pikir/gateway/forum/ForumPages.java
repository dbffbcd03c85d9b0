package org.pikir.gateway.forum;

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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The public pages: the list of forums, a forum with its comments, and the comment form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,30}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final int MAX_SLUG_LENGTH = 100;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Page page, List<ForumCard> forums);

        static native TemplateInstance forum(Page page, ForumView forum, List<CommentView> comments,
                                             boolean commentsShown, CommentForm form, boolean sent);
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
    @Operation(summary = "Home page: the published forums (HTML)")
    public TemplateInstance home() {
        String lang = visitor.language();
        Instant now = Instant.now();
        List<ForumCard> forums = events.published().stream()
                .map(e -> new ForumCard(e.slug(), LocalizedText.pick(e.title(), lang), e.city(),
                        e.date() == null ? "" : e.date().toString(), DisplayFormats.date(e.date(), lang),
                        ConsultationView.of(e.consultation(), now, defaultZone, lang)))
                .toList();
        return pages.localized(Templates.home(pages.page("/"), forums));
    }

    @GET
    @Path("forums/{slug}")
    @Operation(summary = "A forum with its comments and, for signed-in users, the comment form (HTML)")
    public TemplateInstance forum(@PathParam("slug") String slug, @QueryParam("sent") boolean sent) {
        EventResponse event = find(slug);
        return render(event, visitor.user().map(user -> emptyForm(event)).orElse(null), sent);
    }

    @POST
    @Path("forums/{slug}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends the comment form to feedback-service, then back to the forum page (post/redirect/get)")
    public RestResponse<TemplateInstance> comment(@PathParam("slug") String slug, @RestForm String body,
                                                  @RestForm String language,
                                                  @RestForm("idempotency-key") String idempotencyKey) {
        String forumPath = "/forums/" + slug;
        Optional<SignedInUser> user = visitor.user();
        if (user.isEmpty()) {
            return RestResponse.seeOther(URI.create(Pages.signInUrl(forumPath)));
        }
        EventResponse event = find(slug);
        Messages messages = messages();
        String text = body == null ? "" : body;
        List<CommentForm.FormError> errors = new ArrayList<>();
        if (text.isBlank()) {
            errors.add(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_body_required()));
        } else if (text.length() > CommentRequest.MAX_BODY) {
            errors.add(new CommentForm.FormError(CommentForm.BODY_FIELD,
                    messages.error_body_too_long(CommentRequest.MAX_BODY)));
        }
        if (!UiLanguage.isSupported(language)) {
            errors.add(new CommentForm.FormError(CommentForm.LANGUAGE_FIELD, messages.error_language_invalid()));
        }
        if (!errors.isEmpty()) {
            return again(RestResponse.Status.BAD_REQUEST, event, text, language, newKey(), errors);
        }
        // a key that came with the form makes a second click on "send" replay the first answer
        String key = idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches() ? idempotencyKey : newKey();
        CommentOutcome outcome;
        try {
            outcome = feedback.send(user.get(), key, new CommentRequest(slug, text, language));
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // whether the comment arrived is unknown, so the same key goes into the form again
            return again(RestResponse.Status.SERVICE_UNAVAILABLE, event, text, language, key,
                    List.of(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_send_unavailable())));
        }
        if (outcome instanceof CommentOutcome.Rejected rejected) {
            return rejected(rejected, event, text, language, messages);
        }
        return RestResponse.seeOther(URI.create(forumPath + "?sent=true"));
    }

    private RestResponse<TemplateInstance> rejected(CommentOutcome.Rejected rejected, EventResponse event, String text,
                                                    String language, Messages messages) {
        String bodyField = CommentForm.BODY_FIELD;
        return switch (rejected.reason()) {
            case UNKNOWN_EVENT -> throw new PageNotFoundException("feedback-service does not know " + event.slug());
            case CONSULTATION_CLOSED -> again(RestResponse.Status.CONFLICT, event, text, language, newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_consultation_closed())));
            case UNAUTHENTICATED -> again(RestResponse.Status.UNAUTHORIZED, event, text, language, newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_sign_in_again())));
            case FORBIDDEN -> again(RestResponse.Status.FORBIDDEN, event, text, language, newKey(),
                    List.of(new CommentForm.FormError(bodyField, messages.error_not_allowed())));
            case INVALID -> again(RestResponse.Status.BAD_REQUEST, event, text, language, newKey(),
                    fieldErrors(rejected.errors(), messages));
        };
    }

    private static List<CommentForm.FormError> fieldErrors(List<Problem.FieldError> errors, Messages messages) {
        List<CommentForm.FormError> shown = new ArrayList<>();
        for (Problem.FieldError error : errors) {
            if ("body".equals(error.field())) {
                shown.add(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_comment_rejected()));
            } else if ("language".equals(error.field())) {
                shown.add(new CommentForm.FormError(CommentForm.LANGUAGE_FIELD, messages.error_language_invalid()));
            }
        }
        if (shown.isEmpty()) {
            shown.add(new CommentForm.FormError(CommentForm.BODY_FIELD, messages.error_comment_rejected()));
        }
        return shown;
    }

    private RestResponse<TemplateInstance> again(RestResponse.Status status, EventResponse event, String text,
                                                 String language, String key, List<CommentForm.FormError> errors) {
        String chosen = UiLanguage.isSupported(language) ? language : visitor.language();
        CommentForm form = new CommentForm(commentAction(event), text, chosen, key, languageOptions(chosen), errors);
        return RestResponse.ResponseBuilder.create(status, render(event, form, false))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance render(EventResponse event, CommentForm form, boolean sent) {
        String lang = visitor.language();
        ZoneId zone = zoneOf(event);
        ForumView forum = new ForumView(event.slug(), LocalizedText.pick(event.title(), lang),
                LocalizedText.pick(event.summary(), lang), event.city(), event.venue(), blankToNull(event.organiser()),
                blankToNull(event.source()), linkable(event.source()),
                event.date() == null ? "" : event.date().toString(), DisplayFormats.date(event.date(), lang),
                ConsultationView.of(event.consultation(), Instant.now(), zone, lang));
        List<CommentView> comments = List.of();
        boolean commentsShown = true;
        try {
            comments = feedback.comments(event.slug()).stream()
                    .map(c -> new CommentView(c.authorName(), c.body(), c.language(),
                            c.createdAt() == null ? "" : c.createdAt().toString(),
                            DisplayFormats.dateTime(c.createdAt(), zone, lang), "PENDING".equals(c.status())))
                    .toList();
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the forum is still worth reading while comments are unavailable
            commentsShown = false;
        }
        CommentForm shownForm = forum.consultation().open() ? form : null;
        return pages.localized(Templates.forum(pages.page(forum.path()), forum, comments, commentsShown, shownForm, sent));
    }

    private CommentForm emptyForm(EventResponse event) {
        String lang = visitor.language();
        return new CommentForm(commentAction(event), "", lang, newKey(), languageOptions(lang), List.of());
    }

    private EventResponse find(String slug) {
        if (slug == null || slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new PageNotFoundException("No forum can have the slug " + slug);
        }
        return events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
    }

    private ZoneId zoneOf(EventResponse event) {
        try {
            return event.timeZone() == null ? defaultZone : ZoneId.of(event.timeZone());
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    private Messages messages() {
        return MessageBundles.get(Messages.class, Localized.Literal.of(visitor.language()));
    }

    private static List<CommentForm.LanguageOption> languageOptions(String selected) {
        return UiLanguage.CODES.stream()
                .map(code -> new CommentForm.LanguageOption(code, UiLanguage.nativeName(code), code.equals(selected)))
                .toList();
    }

    private static String commentAction(EventResponse event) {
        return "/forums/" + event.slug() + "/comments";
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Only web addresses become links, so a source such as "javascript:..." stays plain text. */
    private static String linkable(String source) {
        if (source == null) {
            return null;
        }
        String trimmed = source.trim();
        return trimmed.startsWith("https://") || trimmed.startsWith("http://") ? trimmed : null;
    }
}
