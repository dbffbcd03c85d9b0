package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.ConsultationView;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.EventSummaryResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.forum.TopicNames;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.web.PageResponse;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Forum editing (editors and administrators): the list of forums, a draft's creation and editing
 * (title, summary, city, venue, organiser and source in kk, ru and en; see {@link ForumForm}), publishing and
 * archiving, opening and closing the consultation, and adding participants, statements and materials (files
 * uploaded through the gateway).
 */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class ForumEditorPages {

    static final String PATH = "/admin/forums";
    static final List<String> KINDS = List.of("FORUM", "HEARING", "ROUND_TABLE");
    static final List<String> FORMATS = List.of("IN_PERSON", "ONLINE", "HYBRID");
    static final List<String> MATERIAL_KINDS = List.of("DOCUMENT", "PRESENTATION", "TRANSCRIPT", "PRESS_RELEASE",
            "RESOLUTION", "VIDEO");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance forums(Page page, AdminNav nav, List<ForumRow> forums, Form form, String done);

        static native TemplateInstance draft(Page page, AdminNav nav, String slug, String title, Form form,
                                             List<Choice> kinds, List<Choice> formats, List<TopicChoice> topics);

        static native TemplateInstance forum(Page page, AdminNav nav, ForumRow forum, ConsultationView consultation,
                                             ForumRows rows, List<Choice> participantChoices,
                                             List<Choice> sessionChoices, List<Choice> roles,
                                             List<Choice> materialKinds, List<Choice> languages,
                                             List<Choice> statementKinds, Form form, String done);
    }

    /** A forum in the editors' list and at the head of its editing page. */
    public record ForumRow(String slug, String title, String status, String statusLabel, String dateText,
                           String href, String publicHref) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public boolean published() {
            return "PUBLISHED".equals(status);
        }

        public boolean archived() {
            return "ARCHIVED".equals(status);
        }
    }

    /** A topic of the catalogue as a checkbox of the forum form. */
    public record TopicChoice(String slug, String name, boolean checked) {

        public String id() {
            return "forum-topic-" + slug;
        }
    }

    private final StaffAccess access;
    private final ForumEditingClient editing;
    private final Visitor visitor;
    private final Pages pages;
    private final TopicNames topics;
    private final ZoneId defaultZone;

    public ForumEditorPages(StaffAccess access, ForumEditingClient editing, Visitor visitor, Pages pages,
                            TopicNames topics, GatewayConfig config) {
        this.topics = topics;
        this.access = access;
        this.editing = editing;
        this.visitor = visitor;
        this.pages = pages;
        this.defaultZone = config.timeZone();
    }

    @GET
    @Operation(summary = "Forums for editors: the published and archived ones, a way to open a draft by its address (HTML)")
    public TemplateInstance forums(@QueryParam("done") String done) {
        SignedInUser user = access.require(StaffArea.FORUMS, PATH);
        return listPage(user, Form.empty(), doneText(done));
    }

    @GET
    @Path("open")
    @Operation(summary = "Opens a forum (a draft too) by its address")
    public RestResponse<TemplateInstance> open(@QueryParam("slug") String slug) {
        SignedInUser user = access.require(StaffArea.FORUMS, PATH);
        String wanted = AdminForms.strip(slug);
        if (EventsClient.possibleSlug(wanted) && editing.get(user, wanted) instanceof ServiceAnswer.Done<EventResponse>) {
            return RestResponse.seeOther(URI.create(pathOf(wanted)));
        }
        Form form = Form.empty().with("slug", wanted)
                .reject("open-slug", AdminNav.messages(visitor.language()).error_forum_not_found());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_FOUND, listPage(user, form, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("new")
    @Operation(summary = "The form for a new draft forum (HTML)")
    public TemplateInstance newDraft() {
        SignedInUser user = access.require(StaffArea.FORUMS, PATH + "/new");
        Form form = Form.empty().with("kind", "FORUM").with("format", "IN_PERSON");
        return draftPage(user, null, null, form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Creates a draft forum in events-service, then its editing page")
    public RestResponse<TemplateInstance> create(@BeanParam ForumForm sent) {
        SignedInUser user = access.require(StaffArea.FORUMS, PATH + "/new");
        Form form = sent.form();
        AdminMessages adm = AdminNav.messages(visitor.language());
        ServiceAnswer<Void> answer = editing.create(user, ForumForm.request(form, null));
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, PATH + "/new", user);
            if (refused.is("duplicate-slug")) {
                form.reject("forum-slug", adm.error_slug_taken());
            } else {
                ForumForm.errors(visitor.language()).applyTo(refused.errors(), form, adm.error_forum_rejected());
            }
            return draftAgain(refused.pageStatus(), user, null, null, form);
        }
        return RestResponse.seeOther(URI.create(pathOf(form.value("slug")) + "?done=created"));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A forum's editing page: status, consultation, participants, statements, materials (HTML)")
    public TemplateInstance forum(@PathParam("slug") String slug, @QueryParam("done") String done,
                                  @QueryParam("participants") String participantsPage,
                                  @QueryParam("agenda") String agendaPage,
                                  @QueryParam("statements") String statementsPage,
                                  @QueryParam("materials") String materialsPage) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug));
        ForumRows.PageNumbers shown = new ForumRows.PageNumbers(pageNumber(participantsPage), pageNumber(agendaPage),
                pageNumber(statementsPage), pageNumber(materialsPage));
        return forumPage(user, find(user, slug), Form.empty(), doneText(done), shown);
    }

    private static int pageNumber(String value) {
        Long number = AdminForms.count(value);
        return number == null ? 1 : (int) Math.min(number, Integer.MAX_VALUE);
    }

    @GET
    @Path("{slug}/edit")
    @Operation(summary = "The form to edit a forum's record (HTML)")
    public TemplateInstance edit(@PathParam("slug") String slug) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug) + "/edit");
        EventResponse event = find(user, slug);
        return draftPage(user, event.slug(), titleOf(event), ForumForm.of(event));
    }

    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves a forum's record in events-service (the parts the form does not show are kept)")
    public RestResponse<TemplateInstance> update(@PathParam("slug") String slug, @BeanParam ForumForm sent) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug) + "/edit");
        EventResponse event = find(user, slug);
        Form form = sent.form(event.slug());
        AdminMessages adm = AdminNav.messages(visitor.language());
        ServiceAnswer<Void> answer = editing.update(user, event.slug(), ForumForm.request(form, event));
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, pathOf(slug) + "/edit", user);
            if (refused.is("event-archived")) {
                form.reject("forum-title-kk", adm.error_forum_archived());
            } else {
                ForumForm.errors(visitor.language()).applyTo(refused.errors(), form, adm.error_forum_rejected());
            }
            return draftAgain(refused.pageStatus(), user, event.slug(), titleOf(event),
                    form);
        }
        return RestResponse.seeOther(URI.create(pathOf(event.slug()) + "?done=saved"));
    }

    @POST
    @Path("{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publishes a draft")
    public RestResponse<TemplateInstance> publish(@PathParam("slug") String slug) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug));
        EventResponse event = find(user, slug);
        return action(user, event, editing.publish(user, event.slug()), "published", "forum-status");
    }

    @POST
    @Path("{slug}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Archives a published forum (its consultation closes, it becomes read-only)")
    public RestResponse<TemplateInstance> archive(@PathParam("slug") String slug) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug));
        EventResponse event = find(user, slug);
        return action(user, event, editing.archive(user, event.slug()), "archived", "forum-status");
    }

    @POST
    @Path("{slug}/consultation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Opens the consultation now until an optional date (action=open), or closes it now (action=close)")
    public RestResponse<TemplateInstance> consultation(@PathParam("slug") String slug, @RestForm String action,
                                                       @RestForm String closesOn) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug));
        EventResponse event = find(user, slug);
        if ("close".equals(action)) {
            return action(user, event, editing.closeConsultation(user, event.slug()), "closed", "consultation-closes");
        }
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("closesOn", AdminForms.strip(closesOn));
        ZoneId zone = zoneOf(event);
        Instant closes = null;
        if (!form.value("closesOn").isEmpty()) {
            LocalDate day = date(form.value("closesOn"));
            if (day == null) {
                // not a date at all: nothing to send; whether the day is late enough is events-service's to say
                form.reject("consultation-closes", adm.error_closes_on());
                return forumAgain(RestResponse.Status.BAD_REQUEST, user, event, form);
            }
            // open through the last second of that day where the forum takes place
            closes = day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
        }
        return action(user, event, editing.openConsultation(user, event.slug(), new ConsultationWindow(null, closes)),
                "opened", form, FieldErrorMapping.startingAt("consultation-closes")
                        .field("closesAt", "consultation-closes", adm.error_closes_on()));
    }

    @POST
    @Path("{slug}/participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adds a participant at the end of the list")
    public RestResponse<TemplateInstance> addParticipant(@PathParam("slug") String slug, @RestForm String name,
                                                         @RestForm String latinName,
                                                         @RestForm String role, @RestForm String position,
                                                         @RestForm String organisation,
                                                         @RestForm("textLanguage") String textLanguage) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug));
        EventResponse event = find(user, slug);
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("participant.name", AdminForms.strip(name))
                .with("participant.latinName", AdminForms.strip(latinName)).with("participant.role", role)
                .with("participant.position", AdminForms.strip(position))
                .with("participant.organisation", AdminForms.strip(organisation))
                .with("participant.language", textLanguage);
        NewParticipant participant = new NewParticipant(form.value("participant.name"),
                AdminForms.blankToNull(form.value("participant.latinName")),
                inLanguage(form.value("participant.language"), form.value("participant.position")),
                inLanguage(form.value("participant.language"), form.value("participant.organisation")),
                form.value("participant.role"));
        return action(user, event, editing.addParticipant(user, event.slug(), participant), "participant", form,
                FieldErrorMapping.startingAt("participant-name")
                        .field("name", "participant-name", adm.error_participant_name())
                        .field("latinName", "participant-latin-name",
                                ForumEditing.editorMessages(visitor.language()).error_latin_name())
                        .field("role", "participant-role", adm.error_participant_role())
                        .field("position", "participant-position", adm.error_text_too_long(300))
                        .field("organisation", "participant-organisation", adm.error_text_too_long(300)));
    }

    @POST
    @Path("{slug}/statements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adds a statement by one of the forum's participants")
    public RestResponse<TemplateInstance> addStatement(@PathParam("slug") String slug,
                                                       @RestForm String participantId,
                                                       @RestForm String agendaItemId, @RestForm String text,
                                                       @RestForm String language, @RestForm String kind) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug));
        EventResponse event = find(user, slug);
        AdminMessages adm = AdminNav.messages(visitor.language());
        EditorMessages ed = ForumEditing.editorMessages(visitor.language());
        Form form = Form.empty().with("statement.participant", participantId).with("statement.session", agendaItemId)
                .with("statement.text", AdminForms.strip(text)).with("statement.language", language)
                .with("statement.kind", kind);
        NewStatement statement = new NewStatement(AdminForms.id(participantId), AdminForms.id(agendaItemId),
                form.value("statement.text"), form.value("statement.language"),
                AdminForms.blankToNull(form.value("statement.kind")));
        return action(user, event, editing.addStatement(user, event.slug(), statement), "statement", form,
                FieldErrorMapping.startingAt("statement-participant")
                        .field("participantId", "statement-participant", adm.error_statement_participant())
                        .field("agendaItemId", "statement-session", adm.error_statement_session())
                        .field("text", "statement-text", ed.error_statement_text())
                        .field("language", "statement-language", adm.error_language())
                        .field("kind", "statement-kind", ed.error_statement_kind()));
    }

    @POST
    @Path("{slug}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads a material (a file, streamed on to events-service, or an https link)")
    public RestResponse<TemplateInstance> addMaterial(@PathParam("slug") String slug, @RestForm String kind,
                                                      @RestForm("title.kk") String titleKk,
                                                      @RestForm("title.ru") String titleRu,
                                                      @RestForm("title.en") String titleEn,
                                                      @RestForm String language, @RestForm FileUpload file,
                                                      @RestForm String link, @RestForm String changeNote) {
        SignedInUser user = access.require(StaffArea.FORUMS, pathOf(slug));
        EventResponse event = find(user, slug);
        AdminMessages adm = AdminNav.messages(visitor.language());
        Form form = Form.empty().with("material.kind", kind).with("material.title.kk", AdminForms.strip(titleKk))
                .with("material.title.ru", AdminForms.strip(titleRu))
                .with("material.title.en", AdminForms.strip(titleEn)).with("material.language", language)
                .with("material.link", AdminForms.strip(link)).with("material.note", AdminForms.strip(changeNote));
        ClientMultipartForm upload = ClientMultipartForm.create()
                .attribute("kind", form.value("material.kind"), null)
                .attribute("language", form.value("material.language"), null);
        for (String lang : UiLanguage.CODES) {
            String title = form.value("material.title." + lang);
            if (!title.isEmpty()) {
                upload.attribute("title." + lang, title, null);
            }
        }
        MaterialUpload.content(upload, file, form.value("material.link"));
        if (!form.value("material.note").isEmpty()) {
            upload.attribute("changeNote", form.value("material.note"), null);
        }
        ServiceAnswer<Void> answer = editing.addMaterial(user, event.slug(), upload);
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, pathOf(slug), user);
            EditorMessages ed = ForumEditing.editorMessages(visitor.language());
            switch (refused.status()) {
                case 413 -> form.reject("material-file", adm.error_material_too_large());
                case 415 -> form.reject("material-file", adm.error_material_type());
                case 409 -> form.reject("material-kind", adm.error_forum_archived());
                default -> FieldErrorMapping.startingAt("material-kind")
                        .field("kind", "material-kind", adm.error_material_kind())
                        .perLanguage("title", "material-title", ed.error_title())
                        .field("language", "material-language", adm.error_language())
                        .field("file", "material-file", adm.error_material_file_or_link())
                        .field("link", "material-link", adm.error_material_link())
                        .field("changeNote", "material-note", adm.error_text_too_long(500))
                        .applyTo(refused.errors(), form, adm.error_forum_rejected());
            }
            return forumAgain(refused.pageStatus(), user, event, form);
        }
        return RestResponse.seeOther(URI.create(pathOf(event.slug()) + "?done=material#materials"));
    }

    /** The answer to an action on the forum's page: back to it with what was done, or with the refusal at {@code field}. */
    private RestResponse<TemplateInstance> action(SignedInUser user, EventResponse event, ServiceAnswer<Void> answer,
                                                  String done, String field) {
        return action(user, event, answer, done, Form.empty(), FieldErrorMapping.startingAt(field));
    }

    /** The same for a form: events-service's field errors go next to the fields {@code fields} names. */
    private RestResponse<TemplateInstance> action(SignedInUser user, EventResponse event, ServiceAnswer<Void> answer,
                                                  String done, Form form, FieldErrorMapping fields) {
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, pathOf(event.slug()), user);
            AdminMessages adm = AdminNav.messages(visitor.language());
            if (refused.is("event-archived")) {
                form.reject(fields.firstField(), adm.error_forum_archived());
            } else if (refused.is("invalid-transition")) {
                form.reject(fields.firstField(), adm.error_forum_transition());
            } else {
                fields.applyTo(refused.errors(), form, adm.error_forum_rejected());
            }
            return forumAgain(refused.pageStatus(), user, event, form);
        }
        return RestResponse.seeOther(URI.create(pathOf(event.slug()) + "?done=" + done + "#" + section(done)));
    }

    private static String section(String done) {
        return switch (done) {
            case "participant" -> "participants";
            case "statement" -> "statements";
            case "material" -> "materials";
            case "opened", "closed" -> "consultation";
            default -> "status";
        };
    }

    /** The topics a form holds (comma-separated slugs), each once. */
    static List<String> topics(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** A typed day, or null when it is not one (for events-service to refuse). */
    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, String> inLanguage(String lang, String text) {
        return text.isEmpty() ? null : Map.of(lang, text);
    }

    private EventResponse find(SignedInUser user, String slug) {
        ServiceAnswer<EventResponse> answer = editing.get(user, slug);
        if (answer instanceof ServiceAnswer.Done<EventResponse> found) {
            return found.value();
        }
        AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, pathOf(slug), user);
        throw new PageNotFoundException("No forum " + slug + " for editors");
    }

    private TemplateInstance listPage(SignedInUser user, Form form, String done) {
        String lang = visitor.language();
        List<ForumRow> rows = new ArrayList<>();
        ServiceAnswer<PageResponse<EventSummaryResponse>> answer = editing.list(user, 0);
        if (answer instanceof ServiceAnswer.Done<PageResponse<EventSummaryResponse>> found) {
            for (EventSummaryResponse event : found.value().items()) {
                rows.add(new ForumRow(event.slug(), LocalizedText.pick(event.title(), lang).text(), event.status(),
                        statusLabel(event.status()), DisplayFormats.date(event.date(), lang), pathOf(event.slug()),
                        "/forums/" + event.slug()));
            }
        } else {
            AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, PATH, user);
        }
        return pages.localized(Templates.forums(pages.page(PATH), AdminNav.of(user, StaffArea.FORUMS, lang), rows, form,
                done));
    }

    private TemplateInstance draftPage(SignedInUser user, String slug, String title, Form form) {
        String lang = visitor.language();
        List<Choice> kinds = KINDS.stream().map(k -> new Choice(k, CodeLabels.eventKind(k, lang))).toList();
        List<Choice> formats = FORMATS.stream().map(f -> new Choice(f, CodeLabels.eventFormat(f, lang))).toList();
        String path = slug == null ? PATH + "/new" : pathOf(slug) + "/edit";
        List<String> chosen = topics(form.value("topics"));
        List<TopicChoice> topicChoices = topics.topics().stream()
                .map(t -> new TopicChoice(t.slug(), LocalizedText.pick(t.name(), lang).text(), chosen.contains(t.slug())))
                .toList();
        return pages.localized(Templates.draft(pages.page(path), AdminNav.of(user, StaffArea.FORUMS, lang), slug, title,
                form, kinds, formats, topicChoices));
    }

    private RestResponse<TemplateInstance> draftAgain(RestResponse.Status status, SignedInUser user, String slug,
                                                      String title, Form form) {
        return RestResponse.ResponseBuilder.create(status, draftPage(user, slug, title, form))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private RestResponse<TemplateInstance> forumAgain(RestResponse.Status status, SignedInUser user,
                                                      EventResponse event, Form form) {
        return RestResponse.ResponseBuilder.create(status, forumPage(user, event, form, null, ForumRows.PageNumbers.FIRST))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance forumPage(SignedInUser user, EventResponse event, Form form, String done,
                                       ForumRows.PageNumbers shown) {
        String lang = visitor.language();
        ZoneId zone = zoneOf(event);
        ForumRow row = new ForumRow(event.slug(), titleOf(event), event.status(), statusLabel(event.status()),
                DisplayFormats.date(event.date(), lang), pathOf(event.slug()), "/forums/" + event.slug());
        ForumRows rows = ForumRows.of(event, pathOf(event.slug()), shown, lang, zone);
        List<Choice> participantChoices = participantChoices(event);
        List<Choice> sessions = sessionChoices(event, lang);
        List<Choice> roles = NewParticipant.ROLES.stream().map(r -> new Choice(r, CodeLabels.role(r, lang))).toList();
        List<Choice> kinds = MATERIAL_KINDS.stream().map(k -> new Choice(k, CodeLabels.materialKind(k, lang))).toList();
        List<Choice> languages = UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList();
        for (String name : List.of("participant.language", "statement.language", "material.language")) {
            if (form.value(name).isEmpty()) {
                form.with(name, lang);
            }
        }
        if (form.value("participant.role").isEmpty()) {
            form.with("participant.role", "SPEAKER");
        }
        if (form.value("statement.kind").isEmpty()) {
            form.with("statement.kind", "QUOTE");
        }
        ConsultationView consultation = ConsultationView.of(event.consultation(), Instant.now(), zone, lang);
        return pages.localized(Templates.forum(pages.page(pathOf(event.slug())), AdminNav.of(user, StaffArea.FORUMS, lang),
                row, consultation, rows, participantChoices, sessions, roles, kinds, languages,
                StatementForm.kindChoices(lang), form, done));
    }

    /** The forum's participants to choose a speaker from, every one of them (a select lists them all). */
    static List<Choice> participantChoices(EventResponse event) {
        return event.participants().stream().filter(p -> p.id() != null)
                .map(p -> new Choice(String.valueOf(p.id()), p.name())).toList();
    }

    static List<Choice> sessionChoices(EventResponse event, String lang) {
        return event.agenda().stream().filter(a -> a.id() != null)
                .map(a -> new Choice(String.valueOf(a.id()), ForumRows.sessionTitle(a, lang))).toList();
    }

    private String titleOf(EventResponse event) {
        String title = LocalizedText.pick(event.title(), visitor.language()).text();
        return title.isEmpty() ? event.slug() : title;
    }

    private String statusLabel(String status) {
        AdminMessages adm = AdminNav.messages(visitor.language());
        return switch (status == null ? "" : status) {
            case "DRAFT" -> adm.forum_status_draft();
            case "PUBLISHED" -> adm.forum_status_published();
            case "ARCHIVED" -> adm.forum_status_archived();
            default -> status == null ? "" : status;
        };
    }

    private String doneText(String done) {
        AdminMessages adm = AdminNav.messages(visitor.language());
        return switch (done == null ? "" : done) {
            case "created" -> adm.forum_done_created();
            case "saved" -> adm.forum_done_saved();
            case "published" -> adm.forum_done_published();
            case "archived" -> adm.forum_done_archived();
            case "opened" -> adm.forum_done_opened();
            case "closed" -> adm.forum_done_closed();
            case "participant" -> adm.forum_done_participant();
            case "statement" -> adm.forum_done_statement();
            case "material" -> adm.forum_done_material();
            default -> ForumEditing.doneText(done, visitor.language());
        };
    }

    private ZoneId zoneOf(EventResponse event) {
        try {
            return event.timeZone() == null || event.timeZone().isBlank() ? defaultZone : ZoneId.of(event.timeZone());
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    static String pathOf(String slug) {
        return PATH + "/" + slug;
    }
}
