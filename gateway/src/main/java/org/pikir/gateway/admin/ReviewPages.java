package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.problem.Problem;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The review of recommendations (moderators and administrators): a queue with filters (forum,
 * status, mine, unanswered, overdue) and keyset pages, and one page per recommendation with
 * assignment, internal notes, the status change (only the statuses the review path allows next)
 * and the official answer.
 */
@Path(ReviewPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    static final String PATH = "/admin/review";
    static final int PAGE_SIZE = 20;
    static final String ASSIGNEE = "assignee-name";
    static final String STATUS = "status-choice";
    static final String MERGE_INTO = "status-merge";
    static final String ANSWER_TEXT = "answer-text";
    static final String ANSWER_BY = "answer-by";
    static final String NOTE_TEXT = "note-text";
    static final int MAX_ANSWER = 10_000;
    static final int MAX_ANSWERED_BY = 200;
    static final int MAX_NOTE = 5_000;
    private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    /** The review path: which statuses may follow which (decisions are final). */
    private static final Map<String, List<String>> NEXT = Map.of(
            "SUBMITTED", List.of("UNDER_REVIEW", "MERGED"),
            "UNDER_REVIEW", List.of("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED", "MERGED"));
    private static final Set<String> ANSWERABLE = Set.of("UNDER_REVIEW", "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance queue(Page page, AdminNav nav, ReviewFilter filter, List<Choice> forums,
                                             List<Choice> statuses, List<ReviewRow> rows, String nextHref,
                                             String firstHref);

        static native TemplateInstance recommendation(Page page, AdminNav nav, ReviewRow item, String body,
                                                      String expectedEffect, String lang, String answerText,
                                                      String answerBy, String answerTime, List<NoteView> notes,
                                                      List<Choice> nextStatuses, boolean answerable, Form form,
                                                      String done, String me, List<Choice> staff);
    }

    /** One recommendation in the queue, and the head of its own page. */
    public record ReviewRow(long id, String href, String title, String forumTitle, String forumHref, String author,
                            String status, String statusLabel, String assignee, int endorsementCount,
                            String createdIso, String createdText, String dueIso, String dueText, boolean overdue,
                            boolean answered) {
    }

    public record NoteView(String author, String text, String timeIso, String timeText) {
    }

    private final StaffAccess access;
    private final ReviewClient review;
    private final ForumTitles forums;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId zone;

    public ReviewPages(StaffAccess access, ReviewClient review, ForumTitles forums, Visitor visitor, Pages pages,
                       GatewayConfig config) {
        this.access = access;
        this.review = review;
        this.forums = forums;
        this.visitor = visitor;
        this.pages = pages;
        this.zone = config.timeZone();
    }

    @GET
    @Operation(summary = "Recommendations to review, oldest first, with filters and keyset pages (HTML)")
    public TemplateInstance queue(@QueryParam("event") String event, @QueryParam("status") String status,
                                  @QueryParam("mine") String mine, @QueryParam("unanswered") String unanswered,
                                  @QueryParam("overdue") String overdue, @QueryParam("after") String after) {
        ReviewFilter filter = ReviewFilter.of(event, status, mine, unanswered, overdue, after);
        SignedInUser user = access.require(StaffArea.REVIEW, filter.href());
        String lang = visitor.language();
        Map<String, String> titles = forums.in(lang);
        ServiceAnswer<CursorPage<ReviewItem>> answer = review.queue(user, filter, PAGE_SIZE);
        CursorPage<ReviewItem> found = new CursorPage<>(List.of(), null);
        if (answer instanceof ServiceAnswer.Done<CursorPage<ReviewItem>> done) {
            found = done.value();
        } else {
            AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, filter.href(), user);
        }
        List<ReviewRow> rows = found.items().stream().map(item -> row(item, titles, lang)).toList();
        List<Choice> statuses = ReviewFilter.STATUSES.stream().map(s -> new Choice(s, CodeLabels.status(s, lang))).toList();
        String next = found.nextCursor() == null ? null : filter.after(found.nextCursor()).href();
        String first = filter.after() == null ? null : filter.firstPage().href();
        return pages.localized(Templates.queue(pages.page(filter.href()), AdminNav.of(user, StaffArea.REVIEW, lang),
                filter, ForumTitles.choices(titles), statuses, rows, next, first));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One recommendation under review: assignment, notes, status change, official answer (HTML)")
    public TemplateInstance recommendation(@PathParam("id") String id, @QueryParam("done") String done) {
        long recommendation = idOf(id);
        SignedInUser user = access.require(StaffArea.REVIEW, pathOf(recommendation));
        AdminMessages adm = AdminNav.messages(visitor.language());
        String doneText = switch (done == null ? "" : done) {
            case "assigned" -> adm.review_done_assigned();
            case "status" -> adm.review_done_status();
            case "note" -> adm.review_done_note();
            case "answer" -> adm.review_done_answer();
            default -> null;
        };
        return render(user, recommendation, Form.empty(), doneText);
    }

    @POST
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Assigns the recommendation to the caller (to=me), to a user name (to=other), or to nobody (to=nobody)")
    public RestResponse<TemplateInstance> assign(@PathParam("id") String id, @RestForm String to,
                                                 @RestForm String assignee) {
        long recommendation = idOf(id);
        SignedInUser user = access.require(StaffArea.REVIEW, pathOf(recommendation));
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("assignee", AdminForms.strip(assignee));
        String who = switch (to == null ? "" : to) {
            case "me" -> user.username();
            case "nobody" -> null;
            default -> form.value("assignee");
        };
        if ("other".equals(to) || (!"me".equals(to) && !"nobody".equals(to))) {
            if (who == null || !USER_NAME.matcher(who).matches()) {
                form.reject(ASSIGNEE, adm.error_assignee());
                return again(RestResponse.Status.BAD_REQUEST, user, recommendation, form);
            }
        }
        return result(review.assign(user, recommendation, who), user, recommendation, form, "assigned", ASSIGNEE, adm);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Moves the recommendation to one of the statuses its review path allows next")
    public RestResponse<TemplateInstance> status(@PathParam("id") String id, @RestForm String status,
                                                 @RestForm String mergeInto) {
        long recommendation = idOf(id);
        SignedInUser user = access.require(StaffArea.REVIEW, pathOf(recommendation));
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("status", status).with("mergeInto", AdminForms.strip(mergeInto));
        if (!AdminForms.oneOf(ReviewFilter.STATUSES, status)) {
            form.reject(STATUS, adm.error_status_required());
        }
        Long target = AdminForms.id(form.value("mergeInto"));
        if ("MERGED".equals(status) && target == null) {
            form.reject(MERGE_INTO, adm.error_merge_into());
        }
        if (form.hasErrors()) {
            return again(RestResponse.Status.BAD_REQUEST, user, recommendation, form);
        }
        return result(review.changeStatus(user, recommendation, status, "MERGED".equals(status) ? target : null),
                user, recommendation, form, "status", STATUS, adm);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adds an internal note")
    public RestResponse<TemplateInstance> note(@PathParam("id") String id, @RestForm String text) {
        long recommendation = idOf(id);
        SignedInUser user = access.require(StaffArea.REVIEW, pathOf(recommendation));
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("note", AdminForms.strip(text));
        if (form.value("note").isEmpty()) {
            form.reject(NOTE_TEXT, adm.error_note_required());
        } else if (form.value("note").length() > MAX_NOTE) {
            form.reject(NOTE_TEXT, adm.error_text_too_long(MAX_NOTE));
        }
        if (form.hasErrors()) {
            return again(RestResponse.Status.BAD_REQUEST, user, recommendation, form);
        }
        return result(review.addNote(user, recommendation, form.value("note")), user, recommendation, form, "note",
                NOTE_TEXT, adm);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publishes or replaces the official answer")
    public RestResponse<TemplateInstance> answer(@PathParam("id") String id, @RestForm String text,
                                                 @RestForm String answeredBy) {
        long recommendation = idOf(id);
        SignedInUser user = access.require(StaffArea.REVIEW, pathOf(recommendation));
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("answer", AdminForms.strip(text)).with("answeredBy", AdminForms.strip(answeredBy));
        if (form.value("answer").isEmpty()) {
            form.reject(ANSWER_TEXT, adm.error_answer_required());
        } else if (form.value("answer").length() > MAX_ANSWER) {
            form.reject(ANSWER_TEXT, adm.error_text_too_long(MAX_ANSWER));
        }
        if (form.value("answeredBy").isEmpty()) {
            form.reject(ANSWER_BY, adm.error_answered_by_required());
        } else if (form.value("answeredBy").length() > MAX_ANSWERED_BY) {
            form.reject(ANSWER_BY, adm.error_text_too_long(MAX_ANSWERED_BY));
        }
        if (form.hasErrors()) {
            return again(RestResponse.Status.BAD_REQUEST, user, recommendation, form);
        }
        return result(review.answer(user, recommendation, form.value("answer"), form.value("answeredBy")), user,
                recommendation, form, "answer", ANSWER_TEXT, adm);
    }

    /** Back to the recommendation's page: after success with a note of what was done, else with the refusal on the form. */
    private RestResponse<TemplateInstance> result(ServiceAnswer<Void> answer, SignedInUser user, long id, Form form,
                                                  String done, String field, AdminMessages adm) {
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, pathOf(id), user);
            if (refused.status() == 404) {
                throw new PageNotFoundException("No recommendation " + id + " to review");
            }
            if (refused.status() == 409) {
                form.reject(field, switch (refused.problem()) {
                    case "invalid-transition" -> adm.error_invalid_transition();
                    case "merged" -> adm.error_answer_merged();
                    case "not-under-review" -> adm.error_not_under_review();
                    case "invalid-merge-target" -> adm.error_merge_target();
                    default -> adm.error_review_conflict();
                });
            } else {
                fieldErrors(refused.errors(), form, field, adm);
            }
            return again(refused.status(), user, id, form);
        }
        return RestResponse.seeOther(URI.create(pathOf(id) + "?done=" + done + "#" + field));
    }

    private static void fieldErrors(List<Problem.FieldError> errors, Form form, String field, AdminMessages adm) {
        for (Problem.FieldError error : errors) {
            switch (error.field() == null ? "" : error.field()) {
                case "mergeInto" -> form.reject(MERGE_INTO, adm.error_merge_target());
                case "answeredBy" -> form.reject(ANSWER_BY, adm.error_answered_by_required());
                case "assignee" -> form.reject(ASSIGNEE, adm.error_assignee());
                default -> form.reject(field, adm.error_review_rejected());
            }
        }
        if (!form.hasErrors()) {
            form.reject(field, adm.error_review_rejected());
        }
    }

    private RestResponse<TemplateInstance> again(RestResponse.Status status, SignedInUser user, long id, Form form) {
        return again(status.getStatusCode(), user, id, form);
    }

    /** Any status feedback-service refused with, 422 too (which {@link RestResponse.Status} does not name). */
    private RestResponse<TemplateInstance> again(int status, SignedInUser user, long id, Form form) {
        return RestResponse.ResponseBuilder.<TemplateInstance>create(status).entity(render(user, id, form, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance render(SignedInUser user, long id, Form form, String done) {
        String lang = visitor.language();
        ServiceAnswer<ReviewItem> answer = review.get(user, id);
        if (answer instanceof ServiceAnswer.Refused<ReviewItem> refused) {
            AdminForms.throwIfSessionOrRole(refused, pathOf(id), user);
            throw new PageNotFoundException("No recommendation " + id + " to review");
        }
        ReviewItem item = ((ServiceAnswer.Done<ReviewItem>) answer).value();
        List<NoteView> notes = review.notes(user, id) instanceof ServiceAnswer.Done<List<ReviewNote>> found
                ? found.value().stream().map(n -> new NoteView(n.author(), n.text(),
                n.createdAt() == null ? "" : n.createdAt().toString(), DisplayFormats.dateTime(n.createdAt(), zone, lang)))
                .toList()
                : List.of();
        List<Choice> next = (item.status() == null ? List.<String>of() : NEXT.getOrDefault(item.status(), List.of())).stream()
                .map(s -> new Choice(s, CodeLabels.status(s, lang))).toList();
        var official = item.officialAnswer();
        Form shown = form;
        if (official != null && shown.value("answer").isEmpty() && !shown.hasError(ANSWER_TEXT)) {
            shown = shown.with("answer", official.text());
        }
        if (official != null && shown.value("answeredBy").isEmpty() && !shown.hasError(ANSWER_BY)) {
            shown = shown.with("answeredBy", official.answeredBy());
        }
        return pages.localized(Templates.recommendation(pages.page(pathOf(id)), AdminNav.of(user, StaffArea.REVIEW, lang),
                row(item, forums.in(lang), lang), item.body(), item.expectedEffect(), item.language(),
                official == null ? null : official.text(), official == null ? null : official.answeredBy(),
                official == null ? null : DisplayFormats.dateTime(official.answeredAt(), zone, lang), notes, next,
                AdminForms.oneOf(ANSWERABLE, item.status()), shown, done, user.username(),
                review.staff(user).stream().map(name -> new Choice(name, name)).toList()));
    }

    private ReviewRow row(ReviewItem item, Map<String, String> titles, String lang) {
        return new ReviewRow(item.id(), pathOf(item.id()), item.title(), titles.getOrDefault(item.eventSlug(), item.eventSlug()),
                "/forums/" + item.eventSlug() + "#recommendation-" + item.id(), item.authorName(), item.status(),
                CodeLabels.status(item.status(), lang), item.assignee(), item.endorsementCount(),
                item.createdAt() == null ? "" : item.createdAt().toString(),
                DisplayFormats.date(item.createdAt(), zone, lang),
                item.answerDueAt() == null ? "" : item.answerDueAt().toString(),
                DisplayFormats.date(item.answerDueAt(), zone, lang), item.overdue(), item.officialAnswer() != null);
    }

    static String pathOf(long id) {
        return PATH + "/" + id;
    }

    private static long idOf(String id) {
        Long value = AdminForms.id(id);
        if (value == null) {
            throw new PageNotFoundException("No recommendation " + id);
        }
        return value;
    }
}
