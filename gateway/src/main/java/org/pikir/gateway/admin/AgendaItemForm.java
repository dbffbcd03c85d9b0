package org.pikir.gateway.admin;

import org.jboss.resteasy.reactive.RestForm;
import org.pikir.gateway.forum.AgendaItemResponse;
import org.pikir.gateway.web.Form;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The form for a session of the agenda: title per language, kind, when it starts and ends (in the forum's time
 * zone, as {@code datetime-local} inputs send them) and who took part (checkboxes).
 */
public record AgendaItemForm(
        @RestForm("title.kk") String titleKk,
        @RestForm("title.ru") String titleRu,
        @RestForm("title.en") String titleEn,
        @RestForm String kind,
        @RestForm String startsAt,
        @RestForm String endsAt,
        @RestForm List<String> participantIds) {

    static final List<String> KINDS = List.of("OPENING", "PANEL", "EXPERT_DISCUSSION", "CLOSING", "OTHER");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    static Form of(AgendaItemResponse session, ZoneId zone) {
        Form form = Form.empty().with("kind", session.kind()).with("startsAt", local(session.startsAt(), zone))
                .with("endsAt", local(session.endsAt(), zone));
        return AdminForms.withTexts(form, "title", session.title());
    }

    Form form() {
        return Form.empty().with("title.kk", AdminForms.strip(titleKk)).with("title.ru", AdminForms.strip(titleRu))
                .with("title.en", AdminForms.strip(titleEn)).with("kind", kind)
                .with("startsAt", AdminForms.strip(startsAt)).with("endsAt", AdminForms.strip(endsAt));
    }

    List<String> chosen() {
        return participantIds == null ? List.of() : participantIds.stream().filter(id -> id != null && !id.isBlank()).toList();
    }

    /**
     * What events-service takes, or null when a time could not be read (then the form says so at the field): turning
     * the typed local time into an instant is the gateway's part; whether the times make sense is the service's.
     */
    AgendaItemDraft request(Form form, ZoneId zone, EditorMessages ed) {
        Instant starts = instant(form, "startsAt", "session-starts", zone, ed);
        Instant ends = instant(form, "endsAt", "session-ends", zone, ed);
        if (form.hasErrors()) {
            return null;
        }
        Map<String, String> title = AdminForms.texts(form, "title");
        return new AgendaItemDraft(title, form.value("kind"), starts, ends, chosen());
    }

    static FieldErrorMapping errors(EditedForum forum) {
        AdminMessages adm = forum.adm();
        EditorMessages ed = forum.ed();
        return FieldErrorMapping.startingAt("session-title-kk")
                .perLanguage("title", "session-title", forum.ed().error_title())
                .field("kind", "session-kind", ed.error_session_kind())
                .field("startsAt", "session-starts", ed.error_time())
                .field("endsAt", "session-ends", ed.error_ends_after_starts())
                .field("participantIds", "session-participants", ed.error_session_participants());
    }

    static String local(Instant time, ZoneId zone) {
        return time == null ? "" : LOCAL.format(time.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
    }

    /** The instant of a {@code datetime-local} value in the forum's zone; null for an empty one or one that is not a time. */
    static Instant instant(Form form, String name, String field, ZoneId zone, EditorMessages ed) {
        String value = form.value(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            form.reject(field, ed.error_time());
            return null;
        }
    }
}
