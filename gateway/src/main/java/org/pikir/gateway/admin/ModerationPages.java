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
import org.pikir.gateway.report.YouSaidWeDid;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.ForbiddenPageException;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignInRequiredException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.problem.Problem;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The moderation queue (moderators and administrators): pending or flagged comments and
 * recommendations, filtered by forum and kind, a keyset "next page"; a decision form on each item
 * (publish, hide, reject, with a reason from the list and a note) and one form for the items ticked
 * (bulk); the forum's moderation policy (pre- or post-moderation) when a forum is chosen. Items come most likely spam
 * first unless the moderator asks for the oldest first; each shows its spam score in words and number, and the
 * campaign of near-identical comments it belongs to, linked to the campaign's page.
 */
@Path(ModerationPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

    static final String PATH = "/admin/moderation";
    static final int PAGE_SIZE = 20;
    static final String BULK_ITEMS = "bulk-items";
    static final String BULK_ACTION = "bulk-action";
    static final String BULK_REASON = "bulk-reason";
    static final String BULK_NOTE = "bulk-note";
    static final String POLICY_MODE = "policy-mode";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance queue(Page page, AdminNav nav, QueueFilter filter, List<Choice> forums,
                                             List<QueueItemView> items, String nextHref, String firstHref, Form form,
                                             List<Choice> reasons, List<Choice> bulkActions, ModerationPolicyView policy,
                                             String done);
    }

    /** The chosen forum's policy, with the choices to change it; {@code mode} is null when it could not be read. */
    public record ModerationPolicyView(String event, String forumTitle, String mode, String modeLabel,
                                       List<Choice> modes, String updated) {
    }

    private final StaffAccess access;
    private final ModerationClient moderation;
    private final ForumTitles forums;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId zone;

    public ModerationPages(StaffAccess access, ModerationClient moderation, ForumTitles forums, Visitor visitor,
                           Pages pages, GatewayConfig config) {
        this.access = access;
        this.moderation = moderation;
        this.forums = forums;
        this.visitor = visitor;
        this.pages = pages;
        this.zone = config.timeZone();
    }

    @GET
    @Operation(summary = "The moderation queue with filters (event, type, state) and keyset pages (after) (HTML)")
    public TemplateInstance queue(@QueryParam("event") String event, @QueryParam("type") String type,
                                  @QueryParam("state") String state, @QueryParam("after") String after,
                                  @QueryParam("order") String order,
                                  @QueryParam("done") String done, @QueryParam("failed") String failed,
                                  @QueryParam("policy") String policy) {
        QueueFilter filter = QueueFilter.of(event, type, state, after, order);
        SignedInUser user = access.require(StaffArea.MODERATION, filter.href());
        return render(user, filter, Form.empty(), Set.of(), doneText(done, failed, policy));
    }

    @POST
    @Path("items/{type}/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publishes, hides or rejects one item, then back to the queue (post/redirect/get)")
    public RestResponse<TemplateInstance> decide(@PathParam("type") String type, @PathParam("id") String id,
                                                 @RestForm String action, @RestForm String reason,
                                                 @RestForm String note, @RestForm String event,
                                                 @RestForm("filter-type") String filterType, @RestForm String state,
                                                 @RestForm String after, @RestForm String order) {
        QueueFilter filter = QueueFilter.of(event, filterType, state, after, order);
        SignedInUser user = access.require(StaffArea.MODERATION, filter.href());
        Long itemId = AdminForms.id(id);
        if (itemId == null || !("comment".equals(type) || "recommendation".equals(type))) {
            return RestResponse.seeOther(URI.create(filter.href()));
        }
        AdminMessages adm = AdminNav.messages(visitor.language());
        String key = type + ":" + itemId;
        String fieldId = type + "-" + itemId;
        Form form = Form.empty().with("reason:" + key, reason).with("note:" + key, AdminForms.strip(note));
        ModerationDecision decision = new ModerationDecision(action, AdminForms.blankToNull(reason),
                AdminForms.blankToNull(AdminForms.strip(note)));
        validate(decision, form, "reason-" + fieldId, "note-" + fieldId, adm);
        if (form.hasErrors()) {
            return again(RestResponse.Status.BAD_REQUEST, user, filter, form, Set.of());
        }
        ServiceAnswer<Void> answer = moderation.moderate(user, type, itemId, decision);
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            if (refused.status() == 404) {
                return RestResponse.seeOther(URI.create(filter.href("failed=1")));
            }
            refusal(refused, form, "reason-" + fieldId, "note-" + fieldId, adm);
            return again(refused.pageStatus(), user, filter, form, Set.of());
        }
        return RestResponse.seeOther(URI.create(filter.href("done=1")));
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Applies one decision to every ticked item, then back to the queue with the counts")
    public RestResponse<TemplateInstance> bulk(@RestForm("item") List<String> items, @RestForm String action,
                                               @RestForm String reason, @RestForm String note,
                                               @RestForm String event, @RestForm("filter-type") String filterType,
                                               @RestForm String state, @RestForm String after,
                                               @RestForm String order) {
        QueueFilter filter = QueueFilter.of(event, filterType, state, after, order);
        SignedInUser user = access.require(StaffArea.MODERATION, filter.href());
        AdminMessages adm = AdminNav.messages(visitor.language());
        Set<String> chosen = items == null ? Set.of() : items.stream()
                .filter(i -> i != null && i.matches("(comment|recommendation):[1-9][0-9]{0,17}"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Form form = Form.empty().with("bulk.action", action).with("bulk.reason", reason)
                .with("bulk.note", AdminForms.strip(note));
        if (chosen.isEmpty()) {
            form.reject(BULK_ITEMS, adm.error_bulk_none());
        }
        if (!AdminForms.oneOf(ModerationDecision.ACTIONS, action)) {
            form.reject(BULK_ACTION, adm.error_action_required());
        }
        ModerationDecision decision = new ModerationDecision(action, AdminForms.blankToNull(reason),
                AdminForms.blankToNull(AdminForms.strip(note)));
        if (AdminForms.oneOf(ModerationDecision.ACTIONS, action)) {
            validate(decision, form, BULK_REASON, BULK_NOTE, adm);
        }
        if (form.hasErrors()) {
            return again(RestResponse.Status.BAD_REQUEST, user, filter, form, chosen);
        }
        int done = 0;
        int failed = 0;
        for (String item : chosen) {
            String[] parts = item.split(":");
            ServiceAnswer<Void> answer = moderation.moderate(user, parts[0], Long.parseLong(parts[1]), decision);
            if (answer instanceof ServiceAnswer.Refused<Void> refused) {
                if (refused.status() == 401) {
                    throw new SignInRequiredException(filter.href());
                }
                if (refused.status() == 403) {
                    throw new ForbiddenPageException("feedback-service refused moderation by " + user.username());
                }
                failed++;
            } else {
                done++;
            }
        }
        return RestResponse.seeOther(URI.create(filter.firstPage().href("done=" + done, "failed=" + failed)));
    }

    @POST
    @Path("policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sets a forum's moderation policy (PRE or POST), then back to the queue")
    public RestResponse<TemplateInstance> policy(@RestForm String event, @RestForm String mode,
                                                 @RestForm("filter-type") String filterType, @RestForm String state,
                                                 @RestForm String order) {
        QueueFilter filter = QueueFilter.of(event, filterType, state, null, order);
        SignedInUser user = access.require(StaffArea.MODERATION, filter.href());
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("policy.mode", mode);
        if (filter.event() == null) {
            return RestResponse.seeOther(URI.create(filter.href()));
        }
        if (!"PRE".equals(mode) && !"POST".equals(mode)) {
            form.reject(POLICY_MODE, adm.error_policy_mode());
            return again(RestResponse.Status.BAD_REQUEST, user, filter, form, Set.of());
        }
        ServiceAnswer<ModerationPolicy> answer = moderation.setPolicy(user, filter.event(), mode);
        if (answer instanceof ServiceAnswer.Refused<ModerationPolicy> refused) {
            AdminForms.throwIfSessionOrRole(refused, filter.href(), user);
            form.reject(POLICY_MODE, adm.error_policy_mode());
            return again(refused.pageStatus(), user, filter, form, Set.of());
        }
        return RestResponse.seeOther(URI.create(filter.href("policy=saved")));
    }

    static void validate(ModerationDecision decision, Form form, String reasonField, String noteField,
                                 AdminMessages adm) {
        if (!AdminForms.oneOf(ModerationDecision.ACTIONS, decision.action())) {
            form.reject(reasonField, adm.error_action_required());
            return;
        }
        if (decision.needsReason() && !AdminForms.oneOf(ModerationDecision.REASONS, decision.reason())) {
            form.reject(reasonField, adm.error_reason_required());
        } else if (decision.reason() != null && !AdminForms.oneOf(ModerationDecision.REASONS, decision.reason())) {
            form.reject(reasonField, adm.error_reason_required());
        }
        if (decision.note() != null && decision.note().length() > ModerationDecision.MAX_NOTE) {
            form.reject(noteField, adm.error_note_too_long(ModerationDecision.MAX_NOTE));
        }
    }

    private static void refusal(ServiceAnswer.Refused<?> refused, Form form, String reasonField, String noteField,
                                AdminMessages adm) {
        switch (refused.status()) {
            case 401 -> throw new SignInRequiredException(PATH);
            case 403 -> throw new ForbiddenPageException("feedback-service refused a moderation decision");
            case 409 -> form.reject(reasonField, adm.error_moderation_conflict());
            default -> {
                for (Problem.FieldError error : refused.errors()) {
                    if ("note".equals(error.field())) {
                        form.reject(noteField, adm.error_note_too_long(ModerationDecision.MAX_NOTE));
                    } else {
                        form.reject(reasonField, adm.error_reason_required());
                    }
                }
                if (!form.hasErrors()) {
                    form.reject(reasonField, adm.error_moderation_conflict());
                }
            }
        }
    }

    private RestResponse<TemplateInstance> again(RestResponse.Status status, SignedInUser user, QueueFilter filter,
                                                 Form form, Set<String> selected) {
        return RestResponse.ResponseBuilder.create(status, render(user, filter, form, selected, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance render(SignedInUser user, QueueFilter filter, Form form, Set<String> selected, String done) {
        String lang = visitor.language();
        AdminMessages adm = AdminNav.messages(lang);
        Map<String, String> titles = forums.in(lang);
        ServiceAnswer<CursorPage<ModerationQueueItem>> answer = moderation.queue(user, filter, PAGE_SIZE);
        CursorPage<ModerationQueueItem> queue;
        if (answer instanceof ServiceAnswer.Done<CursorPage<ModerationQueueItem>> found) {
            queue = found.value();
        } else {
            ServiceAnswer.Refused<?> refused = (ServiceAnswer.Refused<?>) answer;
            AdminForms.throwIfSessionOrRole(refused, filter.href(), user);
            // a stale cursor or filter: the first page of the queue instead
            queue = new CursorPage<>(List.of(), null);
        }
        List<Choice> reasons = ModerationDecision.REASONS.stream()
                .map(r -> new Choice(r, CodeLabels.reason(r, lang))).toList();
        List<QueueItemView> items = new ArrayList<>();
        for (ModerationQueueItem item : queue.items()) {
            items.add(view(item, titles, form, selected, adm, lang));
        }
        List<Choice> bulkActions = ModerationDecision.ACTIONS.stream().map(a -> new Choice(a, actionLabel(a, adm))).toList();
        String next = queue.nextCursor() == null ? null : filter.after(queue.nextCursor()).href();
        String first = filter.after() == null ? null : filter.firstPage().href();
        ModerationPolicyView policy = filter.event() == null ? null : policy(user, filter.event(), titles, adm, lang);
        Page page = pages.page(filter.href());
        return pages.localized(Templates.queue(page, AdminNav.of(user, StaffArea.MODERATION, lang), filter,
                ForumTitles.choices(titles), items, next, first, form, reasons, bulkActions, policy, done));
    }

    private ModerationPolicyView policy(SignedInUser user, String event, Map<String, String> titles, AdminMessages adm,
                                        String lang) {
        List<Choice> modes = List.of(new Choice("PRE", adm.policy_pre()), new Choice("POST", adm.policy_post()));
        ServiceAnswer<ModerationPolicy> answer = moderation.policy(user, event);
        String title = titles.getOrDefault(event, event);
        if (answer instanceof ServiceAnswer.Done<ModerationPolicy> found) {
            ModerationPolicy policy = found.value();
            String updated = policy.updatedBy() == null ? null
                    : adm.policy_updated(policy.updatedBy(), DisplayFormats.dateTime(policy.updatedAt(), zone, lang));
            return new ModerationPolicyView(event, title, policy.mode(),
                    "PRE".equals(policy.mode()) ? adm.policy_pre() : adm.policy_post(), modes, updated);
        }
        return new ModerationPolicyView(event, title, null, null, modes, null);
    }

    private QueueItemView view(ModerationQueueItem item, Map<String, String> titles, Form form, Set<String> selected,
                               AdminMessages adm, String lang) {
        String type = item.type() == null ? "" : item.type().toLowerCase(java.util.Locale.ROOT);
        String key = type + ":" + item.id();
        String fieldId = type + "-" + item.id();
        List<Choice> actions = new ArrayList<>();
        actions.add(new Choice("PUBLISH", "PUBLISHED".equals(item.visibility()) ? adm.action_keep() : adm.action_publish()));
        if ("PUBLISHED".equals(item.visibility()) || "HIDDEN".equals(item.visibility())) {
            actions.add(new Choice("HIDE", adm.action_hide()));
        }
        actions.add(new Choice("REJECT", adm.action_reject()));
        String flags = item.flagCount() == 0 ? null : adm.flags_summary(item.openFlagCount(),
                item.flagReasons().entrySet().stream()
                        .map(e -> CodeLabels.reason(e.getKey(), lang) + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", ")));
        return new QueueItemView(key, fieldId, type, item.id(),
                "comment".equals(type) ? adm.kind_comment() : adm.kind_recommendation(),
                titles.getOrDefault(item.eventSlug(), item.eventSlug()),
                "/forums/" + item.eventSlug() + "#" + fieldId, item.title(), item.text(), item.language(),
                item.authorName(), item.createdAt() == null ? "" : item.createdAt().toString(),
                DisplayFormats.dateTime(item.createdAt(), zone, lang), visibilityLabel(item.visibility(), adm), flags,
                actions, selected.contains(key), form.value("reason:" + key), form.value("note:" + key),
                form.error("reason-" + fieldId), form.error("note-" + fieldId), SpamScore.of(item.spamScore(), lang),
                item.campaignId() == null ? null
                        : YouSaidWeDid.messages(lang).campaign_member(item.campaignSize() == null ? 0 : item.campaignSize()),
                item.campaignId() == null ? null : ModerationCampaignPages.href(item.campaignId(), item.eventSlug()));
    }

    static String actionLabel(String action, AdminMessages adm) {
        return switch (action) {
            case "PUBLISH" -> adm.action_publish();
            case "HIDE" -> adm.action_hide();
            default -> adm.action_reject();
        };
    }

    static String visibilityLabel(String visibility, AdminMessages adm) {
        return switch (visibility == null ? "" : visibility) {
            case "PENDING" -> adm.visibility_pending();
            case "PUBLISHED" -> adm.visibility_published();
            case "HIDDEN" -> adm.visibility_hidden();
            case "REJECTED" -> adm.visibility_rejected();
            default -> visibility == null ? "" : visibility;
        };
    }

    private String doneText(String done, String failed, String policy) {
        AdminMessages adm = AdminNav.messages(visitor.language());
        List<String> parts = new ArrayList<>();
        Long doneCount = AdminForms.count(done);
        Long failedCount = AdminForms.count(failed);
        if (doneCount != null && doneCount > 0) {
            parts.add(adm.moderation_done(doneCount.intValue()));
        }
        if (failedCount != null && failedCount > 0) {
            parts.add(adm.moderation_failed(failedCount.intValue()));
        }
        if ("saved".equals(policy)) {
            parts.add(adm.policy_saved());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
