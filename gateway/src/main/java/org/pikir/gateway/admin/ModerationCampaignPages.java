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
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.report.YouSaidMessages;
import org.pikir.gateway.report.YouSaidWeDid;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One campaign of near-identical comments for moderators and administrators: its representative text, how many
 * comments it holds and in which moderation states, its comments a page at a time, and one decision (publish, hide,
 * reject, with a reason and a note) for all of them, which feedback-service applies to each comment as if decided
 * alone. The forum is part of the address ({@code ?event=}), as the campaign is found per forum.
 */
@Path(ModerationCampaignPages.PATH + "/{id}")
@Produces(MediaType.TEXT_HTML)
public class ModerationCampaignPages {

    static final String PATH = ModerationPages.PATH + "/campaigns";
    static final int PAGE_SIZE = 50;
    static final String ACTION = "campaign-action";
    static final String REASON = "campaign-reason";
    static final String NOTE = "campaign-note";
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance campaign(Page page, AdminNav nav, CampaignView campaign, Form form,
                                                List<Choice> actions, List<Choice> reasons, String done);
    }

    /** A campaign as the page shows it, with one page of its comments. */
    public record CampaignView(long id, String event, String forumTitle, String title, String representative,
                               String representativeLang, String period, List<Choice> byStatus, long memberCount,
                               List<MemberView> members, String nextHref, String firstHref, String href,
                               String analysisHref, String queueHref) {
    }

    public record MemberView(long id, String author, String timeIso, String timeText, String state, String text) {
    }

    private final StaffAccess access;
    private final CampaignClient campaigns;
    private final ForumTitles forums;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId zone;

    public ModerationCampaignPages(StaffAccess access, CampaignClient campaigns, ForumTitles forums, Visitor visitor,
                                   Pages pages, GatewayConfig config) {
        this.access = access;
        this.campaigns = campaigns;
        this.forums = forums;
        this.visitor = visitor;
        this.pages = pages;
        this.zone = config.timeZone();
    }

    /** The campaign's page; {@code event} is the forum it was found on. */
    public static String href(long id, String event) {
        return PATH + "/" + id + "?event=" + event;
    }

    @GET
    @Operation(summary = "A campaign of near-identical comments: representative text, counts, comments by cursor (HTML)")
    public RestResponse<TemplateInstance> campaign(@PathParam("id") String id, @QueryParam("event") String event,
                                                   @QueryParam("after") String after, @QueryParam("done") String done) {
        if (event == null || event.isBlank()) {
            return withItsForum(id);
        }
        long campaignId = campaignId(id, event);
        String cursor = after != null && CURSOR.matcher(after).matches() ? after : null;
        SignedInUser user = access.require(StaffArea.MODERATION, pageHref(campaignId, event, cursor));
        Long affected = AdminForms.count(done);
        String doneText = affected == null ? null : YouSaidWeDid.messages(visitor.language()).campaign_done(affected);
        return RestResponse.ok(render(user, campaignId, event, cursor, Form.empty(), doneText));
    }

    /** A link that does not name the forum (the analysis console's) is sent on to the forum that has the campaign. */
    private RestResponse<TemplateInstance> withItsForum(String id) {
        Long campaignId = AdminForms.id(id);
        if (campaignId == null) {
            throw new PageNotFoundException("No campaign can have the id " + id);
        }
        SignedInUser user = access.require(StaffArea.MODERATION, PATH + "/" + campaignId);
        for (String forum : forums.in(visitor.language()).keySet()) {
            ServiceAnswer<Campaign> answer = campaigns.campaign(user, forum, campaignId);
            if (answer instanceof ServiceAnswer.Done<Campaign>) {
                return RestResponse.seeOther(URI.create(href(campaignId, forum)));
            }
            AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, PATH + "/" + campaignId, user);
        }
        throw new PageNotFoundException("No forum has campaign " + campaignId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publishes, hides or rejects every comment of the campaign, then back to it with the count")
    public RestResponse<TemplateInstance> decide(@PathParam("id") String id, @RestForm String event,
                                                 @RestForm String action, @RestForm String reason,
                                                 @RestForm String note) {
        long campaignId = campaignId(id, event);
        SignedInUser user = access.require(StaffArea.MODERATION, href(campaignId, event));
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("campaign.action", action).with("campaign.reason", reason)
                .with("campaign.note", AdminForms.strip(note));
        ModerationDecision decision = new ModerationDecision(action, AdminForms.blankToNull(reason),
                AdminForms.blankToNull(AdminForms.strip(note)));
        if (AdminForms.oneOf(ModerationDecision.ACTIONS, action)) {
            ModerationPages.validate(decision, form, REASON, NOTE, adm);
        } else {
            form.reject(ACTION, adm.error_action_required());
        }
        if (form.hasErrors()) {
            return again(RestResponse.Status.BAD_REQUEST, user, campaignId, event, form);
        }
        ServiceAnswer<Campaign.Outcome> answer = campaigns.moderate(user, campaignId, decision);
        if (answer instanceof ServiceAnswer.Done<Campaign.Outcome> done) {
            return RestResponse.seeOther(URI.create(href(campaignId, event) + "&done=" + done.value().affected()));
        }
        ServiceAnswer.Refused<Campaign.Outcome> refused = (ServiceAnswer.Refused<Campaign.Outcome>) answer;
        AdminForms.throwIfSessionOrRole(refused, href(campaignId, event), user);
        if (refused.status() == 404) {
            throw new PageNotFoundException("No campaign " + campaignId + " any more");
        }
        refusal(refused, form, adm);
        return again(refused.pageStatus(), user, campaignId, event, form);
    }

    private RestResponse<TemplateInstance> again(RestResponse.Status status, SignedInUser user, long id, String event,
                                                 Form form) {
        return RestResponse.ResponseBuilder.create(status, render(user, id, event, null, form, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** A refusal's field errors next to the fields they are about; one naming no field is put next to the reason. */
    private static void refusal(ServiceAnswer.Refused<?> refused, Form form, AdminMessages adm) {
        for (Problem.FieldError error : refused.errors()) {
            switch (error.field() == null ? "" : error.field()) {
                case "action" -> form.reject(ACTION, adm.error_action_required());
                case "note" -> form.reject(NOTE, adm.error_note_too_long(ModerationDecision.MAX_NOTE));
                default -> form.reject(REASON, adm.error_reason_required());
            }
        }
        if (!form.hasErrors()) {
            form.reject(REASON, adm.error_moderation_conflict());
        }
    }

    private static long campaignId(String id, String event) {
        Long campaignId = AdminForms.id(id);
        if (campaignId == null || !EventsClient.possibleSlug(event)) {
            throw new PageNotFoundException("No campaign " + id + " on " + event);
        }
        return campaignId;
    }

    private static String pageHref(long id, String event, String after) {
        return href(id, event) + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
    }

    private TemplateInstance render(SignedInUser user, long id, String event, String after, Form form, String done) {
        String lang = visitor.language();
        AdminMessages adm = AdminNav.messages(lang);
        YouSaidMessages ysd = YouSaidWeDid.messages(lang);
        ServiceAnswer<Campaign> answer = campaigns.campaign(user, event, id);
        if (answer instanceof ServiceAnswer.Refused<Campaign> refused) {
            AdminForms.throwIfSessionOrRole(refused, href(id, event), user);
            throw new PageNotFoundException("No campaign " + id + " on " + event + ": " + refused.status());
        }
        Campaign campaign = ((ServiceAnswer.Done<Campaign>) answer).value();
        ServiceAnswer<CursorPage<Campaign.Member>> page = campaigns.members(user, event, id, PAGE_SIZE, after);
        CursorPage<Campaign.Member> members = page instanceof ServiceAnswer.Done<CursorPage<Campaign.Member>> found
                ? found.value() : new CursorPage<>(List.of(), null);
        if (page instanceof ServiceAnswer.Refused<CursorPage<Campaign.Member>> refused) {
            AdminForms.throwIfSessionOrRole(refused, href(id, event), user);
        }
        List<MemberView> rows = members.items().stream()
                .map(m -> new MemberView(m.id(), m.authorName(), m.createdAt() == null ? "" : m.createdAt().toString(),
                        m.createdAt() == null ? "" : DisplayFormats.dateTime(m.createdAt(), zone, lang),
                        ModerationPages.visibilityLabel(m.status(), adm), m.text()))
                .toList();
        List<Choice> byStatus = Campaign.STATES.stream()
                .map(s -> new Choice(String.valueOf(campaign.byStatus().getOrDefault(s, 0L)),
                        ModerationPages.visibilityLabel(s, adm)))
                .toList();
        Campaign.Representative representative = campaign.representative();
        String period = campaign.firstAt() == null || campaign.lastAt() == null ? null
                : ysd.campaign_period(DisplayFormats.dateTime(campaign.firstAt(), zone, lang),
                DisplayFormats.dateTime(campaign.lastAt(), zone, lang));
        CampaignView view = new CampaignView(id, event, forums.in(lang).getOrDefault(event, event),
                ysd.campaign_title(campaign.memberCount()), representative == null ? "" : representative.text(),
                representative == null ? null : representative.language(), period, byStatus, campaign.memberCount(),
                rows, members.nextCursor() == null ? null : pageHref(id, event, members.nextCursor()),
                after == null ? null : href(id, event), href(id, event),
                "/admin/forums/" + event + "/analysis", ModerationPages.PATH + "?event=" + event);
        List<Choice> actions = ModerationDecision.ACTIONS.stream()
                .map(a -> new Choice(a, ModerationPages.actionLabel(a, adm))).toList();
        List<Choice> reasons = ModerationDecision.REASONS.stream()
                .map(r -> new Choice(r, CodeLabels.reason(r, lang))).toList();
        return pages.localized(Templates.campaign(pages.page(pageHref(id, event, after)),
                AdminNav.of(user, StaffArea.MODERATION, lang), view, form, actions, reasons, done));
    }
}
