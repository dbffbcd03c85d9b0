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
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.GatewayConfig;
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
import org.pikir.gateway.web.UiLanguage;
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
 * Submitting a recommendation on a forum, and endorsing one. Before a recommendation is sent the
 * citizen is shown the similar ones already made (a "check for similar" step that needs no
 * scripts), so they can endorse one instead of repeating it.
 */
@Path("/forums/{slug}/recommendations")
@Produces(MediaType.TEXT_HTML)
public class RecommendationPages {

    static final String TITLE = "recommendation-title";
    static final String BODY = "recommendation-body";
    static final String TOPIC = "recommendation-topic";
    static final String STATEMENT = "recommendation-statement";
    static final String EFFECT = "recommendation-effect";
    static final String LANGUAGE = "recommendation-language";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final String CHECK = "check";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance recommend(Page page, ForumView forum, Form form, List<Choice> topics,
                                                 List<Choice> statements, List<Choice> languages,
                                                 List<RecommendationView> similar, boolean checked,
                                                 boolean similarUnavailable);
    }

    private final EventsClient events;
    private final FeedbackClient feedback;
    private final Visitor visitor;
    private final Pages pages;
    private final GatewayConfig config;
    private final TopicNames topics;

    public RecommendationPages(EventsClient events, FeedbackClient feedback, Visitor visitor, Pages pages,
                               GatewayConfig config, TopicNames topics) {
        this.topics = topics;
        this.events = events;
        this.feedback = feedback;
        this.visitor = visitor;
        this.pages = pages;
        this.config = config;
    }

    static String newPath(String slug) {
        return ForumView.pathOf(slug) + "/recommendations/new";
    }

    static String endorsementPath(String slug, long id) {
        return ForumView.pathOf(slug) + "/recommendations/" + id + "/endorsement";
    }

    @GET
    @Path("new")
    @Operation(summary = "The form to submit a recommendation on a forum (signed-in citizens, while the consultation is open)")
    public TemplateInstance form(@PathParam("slug") String slug) {
        ForumView forum = forum(slug);
        signedIn(newPath(slug));
        Form form = Form.empty().with("language", visitor.language());
        return render(forum, form, List.of(), false, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Checks a draft recommendation for similar ones, or sends it to feedback-service (post/redirect/get)")
    public RestResponse<TemplateInstance> submit(@PathParam("slug") String slug, @RestForm String title,
                                                 @RestForm String body, @RestForm String topic,
                                                 @RestForm String statementId, @RestForm String expectedEffect,
                                                 @RestForm String language, @RestForm String step,
                                                 @RestForm String checked,
                                                 @RestForm("idempotency-key") String idempotencyKey) {
        ForumView forum = forum(slug);
        SignedInUser user = signedIn(forum.path());
        Messages msg = ForumLabels.in(visitor.language()).messages();
        Form form = Form.empty()
                .with("title", strip(title)).with("body", strip(body)).with("topic", strip(topic))
                .with("statementId", strip(statementId)).with("expectedEffect", strip(expectedEffect))
                .with("language", strip(language))
                .withKey(idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()
                        ? idempotencyKey : UUID.randomUUID().toString());
        validate(form, forum, msg);
        if (form.hasErrors()) {
            return page(RestResponse.Status.BAD_REQUEST, forum, form.withKey(newKey()), List.of(), "true".equals(checked),
                    false);
        }
        boolean alreadyChecked = "true".equals(checked);
        if (CHECK.equals(step) || !alreadyChecked) {
            List<RecommendationResponse> similar;
            try {
                // existing recommendations are matched on their titles
                similar = feedback.similar(forum.slug(), form.value("title"));
            } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
                return page(RestResponse.Status.SERVICE_UNAVAILABLE, forum, form, List.of(), false, true);
            }
            // the citizen sees what exists before sending; with nothing similar, "send" sends at once
            if (CHECK.equals(step) || !similar.isEmpty()) {
                return page(RestResponse.Status.OK, forum, form, similarViews(similar, forum), true, false);
            }
        }
        return send(forum, user, form, msg);
    }

    @POST
    @Path("{id}/endorsement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Endorses a recommendation (action=endorse) or withdraws the endorsement (action=withdraw)")
    public RestResponse<Void> endorse(@PathParam("slug") String slug, @PathParam("id") String id,
                                      @RestForm String action) {
        String forumPath = ForumView.pathOf(slug);
        Long recommendation = ForumPages.id(id);
        SignedInUser user = signedIn(forumPath);
        if (recommendation == null || !EventsClient.possibleSlug(slug)) {
            throw new PageNotFoundException("No recommendation " + id);
        }
        boolean endorse = !"withdraw".equals(action);
        ServiceAnswer<EndorsementResponse> answer = feedback.endorse(user, recommendation, endorse);
        String notice = answer instanceof ServiceAnswer.Refused<EndorsementResponse> refused
                ? refusal(refused, forumPath)
                : endorse ? Notice.ENDORSED : Notice.WITHDRAWN;
        return RestResponse.seeOther(URI.create(forumPath + "?notice=" + notice + "#recommendations"));
    }

    /** The notice code for feedback-service's refusal of an endorsement; signing in comes back to {@code next}. */
    public static String refusal(ServiceAnswer.Refused<?> refused, String next) {
        if (refused.status() == 401) {
            throw new SignInRequiredException(next);
        }
        if (refused.is("own-recommendation")) {
            return Notice.OWN_RECOMMENDATION;
        }
        if (refused.is("consultation-closed")) {
            return Notice.ENDORSEMENT_CLOSED;
        }
        if (refused.is(Notice.EMAIL_UNVERIFIED)) {
            return Notice.EMAIL_UNVERIFIED;
        }
        return Notice.ENDORSEMENT_REFUSED;
    }

    private RestResponse<TemplateInstance> send(ForumView forum, SignedInUser user, Form form, Messages msg) {
        RecommendationRequest request = new RecommendationRequest(forum.slug(), form.value("title"), form.value("body"),
                blankToNull(form.value("topic")), blankToNull(form.value("expectedEffect")), form.value("language"),
                ForumPages.id(form.value("statementId")));
        ServiceAnswer<RecommendationResponse> answer;
        try {
            answer = feedback.recommend(user, form.idempotencyKey(), request);
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // whether it arrived is unknown: the same key goes into the form again, so sending again is safe
            form.reject(BODY, msg.error_recommendation_unavailable());
            return page(RestResponse.Status.SERVICE_UNAVAILABLE, forum, form, List.of(), true, false);
        }
        if (answer instanceof ServiceAnswer.Done<RecommendationResponse> done) {
            String notice = "PENDING".equals(done.value().visibility()) ? Notice.RECOMMENDED_PENDING : Notice.RECOMMENDED;
            String anchor = "PENDING".equals(done.value().visibility()) || done.value().id() == null
                    ? "#recommendations" : "#recommendation-" + done.value().id();
            return RestResponse.seeOther(URI.create(forum.path() + "?notice=" + notice + anchor));
        }
        ServiceAnswer.Refused<RecommendationResponse> refused = (ServiceAnswer.Refused<RecommendationResponse>) answer;
        Form again = form.withKey(newKey());
        switch (refused.status()) {
            case 401 -> throw new SignInRequiredException(newPath(forum.slug()));
            case 403 -> again.reject(BODY, refused.is(Notice.EMAIL_UNVERIFIED) ? msg.error_email_unverified()
                    : msg.error_not_allowed_recommend());
            case 404 -> throw new PageNotFoundException("feedback-service does not know " + forum.slug());
            case 409 -> again.reject(BODY, msg.error_consultation_closed());
            case 429 -> again.reject(BODY, msg.error_too_many());
            default -> fieldErrors(refused.errors(), again, msg);
        }
        return page(refused.pageStatus(), forum, again, List.of(), true, false);
    }

    private static void fieldErrors(List<Problem.FieldError> errors, Form form, Messages msg) {
        for (Problem.FieldError error : errors) {
            switch (error.field() == null ? "" : error.field()) {
                case "title" -> form.reject(TITLE, msg.error_recommendation_title());
                case "body" -> form.reject(BODY, msg.error_recommendation_body());
                case "topic" -> form.reject(TOPIC, msg.error_recommendation_topic());
                case "statementId" -> form.reject(STATEMENT, msg.error_statement_invalid());
                case "expectedEffect" -> form.reject(EFFECT, msg.error_recommendation_effect(RecommendationRequest.MAX_EFFECT));
                case "language" -> form.reject(LANGUAGE, msg.error_language_invalid());
                default -> {
                    // a field the form does not show: reported below as a general rejection
                }
            }
        }
        if (!form.hasErrors()) {
            form.reject(BODY, msg.error_recommendation_rejected());
        }
    }

    private static void validate(Form form, ForumView forum, Messages msg) {
        String title = form.value("title");
        if (title.isEmpty()) {
            form.reject(TITLE, msg.error_recommendation_title_required());
        } else if (title.length() < RecommendationRequest.MIN_TITLE || title.length() > RecommendationRequest.MAX_TITLE) {
            form.reject(TITLE, msg.error_recommendation_title_length(RecommendationRequest.MIN_TITLE,
                    RecommendationRequest.MAX_TITLE));
        }
        String body = form.value("body");
        if (body.isEmpty()) {
            form.reject(BODY, msg.error_recommendation_body_required());
        } else if (body.length() > RecommendationRequest.MAX_BODY) {
            form.reject(BODY, msg.error_body_too_long(RecommendationRequest.MAX_BODY));
        }
        if (!form.value("topic").isEmpty() && !forum.topics().stream().map(TopicLink::slug).toList()
                .contains(form.value("topic"))) {
            form.reject(TOPIC, msg.error_recommendation_topic());
        }
        if (!form.value("statementId").isEmpty() && forum.statement(ForumPages.id(form.value("statementId"))).isEmpty()) {
            form.reject(STATEMENT, msg.error_statement_invalid());
        }
        if (form.value("expectedEffect").length() > RecommendationRequest.MAX_EFFECT) {
            form.reject(EFFECT, msg.error_recommendation_effect(RecommendationRequest.MAX_EFFECT));
        }
        if (!UiLanguage.isSupported(form.value("language"))) {
            form.reject(LANGUAGE, msg.error_language_invalid());
        }
    }

    private List<RecommendationView> similarViews(List<RecommendationResponse> similar, ForumView forum) {
        ForumLabels labels = ForumLabels.in(visitor.language());
        return similar.stream()
                .map(r -> RecommendationList.view(r, forum, labels, Optional.empty(), forum.consultation().open()))
                .toList();
    }

    private RestResponse<TemplateInstance> page(RestResponse.Status status, ForumView forum, Form form,
                                                List<RecommendationView> similar, boolean checked,
                                                boolean similarUnavailable) {
        return RestResponse.ResponseBuilder.create(status, render(forum, form, similar, checked, similarUnavailable))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance render(ForumView forum, Form form, List<RecommendationView> similar, boolean checked,
                                    boolean similarUnavailable) {
        ForumLabels labels = ForumLabels.in(visitor.language());
        List<Choice> topics = forum.topics().stream().map(t -> new Choice(t.slug(), t.name())).toList();
        List<Choice> statements = new ArrayList<>();
        for (StatementView statement : forum.statements()) {
            String speaker = statement.speakerName() == null ? labels.messages().speaker_unknown() : statement.speakerName();
            statements.add(new Choice(String.valueOf(statement.id()), speaker + ": " + excerpt(statement.text())));
        }
        List<Choice> languages = UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList();
        return pages.localized(Templates.recommend(pages.page(newPath(forum.slug())), forum, form, topics, statements,
                languages, similar, checked, similarUnavailable));
    }

    /** The forum, which must take feedback now; otherwise its page says so. */
    private ForumView forum(String slug) {
        EventResponse event = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        String lang = visitor.language();
        ForumView forum = ForumView.of(event, config.timeZone(), Instant.now(), ForumLabels.in(lang), topics.in(lang));
        if (!forum.consultation().open()) {
            // the forum page says when the consultation closed (or opens)
            throw new RedirectionException(Response.Status.SEE_OTHER, URI.create(forum.path() + "#recommendations"));
        }
        return forum;
    }

    private SignedInUser signedIn(String next) {
        return visitor.user().orElseThrow(() -> new SignInRequiredException(next));
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
