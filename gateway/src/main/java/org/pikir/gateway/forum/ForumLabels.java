package org.pikir.gateway.forum;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.pikir.gateway.web.ContentMessages;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.UiLanguage;

import java.text.NumberFormat;
import java.util.function.Function;

/**
 * The words, in the visitor's language, for the codes events-service uses: kinds, formats, roles,
 * languages, history actions and field names. A code this gateway does not know yet gets a neutral word.
 */
final class ForumLabels {

    private static final long KILO = 1024;

    private final Messages msg;
    private final HistoryMessages hist;
    private final String lang;

    private ForumLabels(Messages msg, HistoryMessages hist, String lang) {
        this.msg = msg;
        this.hist = hist;
        this.lang = lang;
    }

    static ForumLabels in(String lang) {
        return new ForumLabels(MessageBundles.get(Messages.class, Localized.Literal.of(lang)),
                MessageBundles.get(HistoryMessages.class, Localized.Literal.of(lang)), lang);
    }

    Messages messages() {
        return msg;
    }

    private ContentMessages content() {
        return MessageBundles.get(ContentMessages.class, Localized.Literal.of(lang));
    }

    String lang() {
        return lang;
    }

    String eventKind(String code) {
        return switch (code == null ? "" : code) {
            case "FORUM" -> msg.event_kind_forum();
            case "HEARING" -> msg.event_kind_hearing();
            case "ROUND_TABLE" -> msg.event_kind_round_table();
            default -> null;
        };
    }

    String eventFormat(String code) {
        return switch (code == null ? "" : code) {
            case "IN_PERSON" -> msg.event_format_in_person();
            case "ONLINE" -> msg.event_format_online();
            case "HYBRID" -> msg.event_format_hybrid();
            default -> null;
        };
    }

    String sessionKind(String code) {
        return switch (code == null ? "" : code) {
            case "OPENING" -> msg.session_kind_opening();
            case "PANEL" -> msg.session_kind_panel();
            case "EXPERT_DISCUSSION" -> msg.session_kind_expert_discussion();
            case "CLOSING" -> msg.session_kind_closing();
            default -> msg.session_kind_other();
        };
    }

    String role(String code) {
        return switch (code == null ? "" : code) {
            case "SPEAKER" -> msg.role_speaker();
            case "MODERATOR" -> msg.role_moderator();
            case "EXPERT" -> msg.role_expert();
            case "GUEST" -> msg.role_guest();
            default -> null;
        };
    }

    String materialKind(String code) {
        return switch (code == null ? "" : code) {
            case "DOCUMENT" -> msg.material_kind_document();
            case "PRESENTATION" -> msg.material_kind_presentation();
            case "TRANSCRIPT" -> msg.material_kind_transcript();
            case "PRESS_RELEASE" -> msg.material_kind_press_release();
            case "RESOLUTION" -> msg.material_kind_resolution();
            case "VIDEO" -> msg.material_kind_video();
            default -> msg.material_kind_other();
        };
    }

    /** "In Russian" and so on; null for a language the site does not offer. */
    String inLanguage(String code) {
        return switch (code == null ? "" : code) {
            case "kk" -> msg.in_language_kk();
            case "ru" -> msg.in_language_ru();
            case "en" -> msg.in_language_en();
            default -> null;
        };
    }

    String action(String code) {
        return switch (code == null ? "" : code) {
            case "event.created" -> msg.action_event_created();
            case "event.edited" -> msg.action_event_edited();
            case "event.published" -> msg.action_event_published();
            case "event.archived" -> msg.action_event_archived();
            case "consultation.opened" -> msg.action_consultation_opened();
            case "consultation.closed" -> msg.action_consultation_closed();
            case "outcome.set" -> msg.action_outcome_set();
            case "agenda.added" -> msg.action_agenda_added();
            case "agenda.edited" -> msg.action_agenda_edited();
            case "agenda.removed" -> msg.action_agenda_removed();
            case "agenda.reordered" -> msg.action_agenda_reordered();
            case "participant.added" -> msg.action_participant_added();
            case "participant.edited" -> msg.action_participant_edited();
            case "participant.removed" -> msg.action_participant_removed();
            case "participants.reordered" -> msg.action_participants_reordered();
            case "statement.added" -> msg.action_statement_added();
            case "statement.edited" -> msg.action_statement_edited();
            case "statement.removed" -> msg.action_statement_removed();
            case "statements.reordered" -> msg.action_statements_reordered();
            case "statement.translated" -> content().action_statement_translated();
            case "statement.translation-removed" -> content().action_statement_translation_removed();
            case "material.added" -> msg.action_material_added();
            case "material.version-added" -> msg.action_material_version_added();
            case "material.removed" -> msg.action_material_removed();
            case "material.edited" -> hist.action_material_edited();
            case "materials.reordered" -> hist.action_materials_reordered();
            case "draft.created" -> hist.action_draft_created();
            case "draft.text-replaced" -> hist.action_draft_text_replaced();
            case "draft.unit-edited" -> hist.action_draft_unit_edited();
            case "draft.unit-removed" -> hist.action_draft_unit_removed();
            case "draft.version-published" -> hist.action_draft_version_published();
            case "draft.version-started" -> hist.action_draft_version_started();
            case "draft.table-row-saved" -> hist.action_draft_table_row_saved();
            default -> msg.action_other(code == null ? "" : code);
        };
    }

    /** Where a recommendation stands in the public body's review. */
    String recommendationStatus(String code) {
        return switch (code == null ? "" : code) {
            case "SUBMITTED" -> msg.recommendation_status_submitted();
            case "UNDER_REVIEW" -> msg.recommendation_status_under_review();
            case "ACCEPTED" -> msg.recommendation_status_accepted();
            case "PARTIALLY_ACCEPTED" -> msg.recommendation_status_partially_accepted();
            case "REJECTED" -> msg.recommendation_status_rejected();
            case "MERGED" -> msg.recommendation_status_merged();
            default -> code == null ? "" : code;
        };
    }

    /** "Hidden by a moderator: spam" and so on, for an item shown without its text. */
    String moderationReason(String code) {
        return msg.hidden_by_moderator(reason(code));
    }

    /** A reason to flag or moderate an item, in words. */
    String reason(String code) {
        return switch (code == null ? "" : code) {
            case "SPAM" -> msg.reason_spam();
            case "ABUSE" -> msg.reason_abuse();
            case "OFF_TOPIC" -> msg.reason_off_topic();
            case "PERSONAL_DATA" -> msg.reason_personal_data();
            case "ILLEGAL" -> msg.reason_illegal();
            case "DUPLICATE" -> msg.reason_duplicate();
            default -> msg.reason_other();
        };
    }

    String flagReason(String code) {
        return reason(code);
    }

    /** A field of the forum record named in an "event.edited" history entry. */
    String field(String name) {
        return switch (name == null ? "" : name) {
            case "title" -> msg.field_title();
            case "summary" -> msg.field_summary();
            case "description" -> msg.field_description();
            case "kind" -> msg.field_kind();
            case "format" -> msg.field_format();
            case "topics" -> msg.field_topics();
            case "city" -> msg.field_city();
            case "venue" -> msg.field_venue();
            case "organiser" -> msg.field_organiser();
            case "source" -> msg.field_source();
            case "coverUrl" -> msg.field_cover_url();
            case "date" -> msg.field_date();
            case "startsAt" -> msg.field_starts_at();
            case "endsAt" -> msg.field_ends_at();
            case "timeZone" -> msg.field_time_zone();
            case "language" -> hist.field_language();
            case "consultationOpensAt" -> msg.field_consultation_opens_at();
            case "consultationClosesAt" -> msg.field_consultation_closes_at();
            default -> name == null ? "" : name;
        };
    }

    /** A file size as people read it: "820 bytes", "2 KB", "1,5 MB" (binary multiples, one decimal at most). */
    String size(long bytes) {
        if (bytes < KILO) {
            return msg.size_bytes(Long.toString(Math.max(bytes, 0)));
        }
        NumberFormat number = NumberFormat.getNumberInstance(UiLanguage.locale(lang));
        number.setMaximumFractionDigits(1);
        double kilobytes = bytes / (double) KILO;
        if (kilobytes < KILO) {
            return msg.size_kilobytes(number.format(kilobytes));
        }
        double megabytes = kilobytes / KILO;
        if (megabytes < KILO) {
            return msg.size_megabytes(number.format(megabytes));
        }
        return msg.size_gigabytes(number.format(megabytes / KILO));
    }

    /** "1,234 comments": every listed comment of a forum, replies included. */
    String commentCount(long count) {
        return counted(count, msg::comments_total_one, msg::comments_total_few, msg::comments_total_many);
    }

    /** "45 replies" in one thread. */
    String replyCount(long count) {
        return counted(count, msg::replies_total_one, msg::replies_total_few, msg::replies_total_many);
    }

    /** "Show all 45 replies", the link from a thread to its own page. */
    String allReplies(long count) {
        return counted(count, msg::replies_all_one, msg::replies_all_few, msg::replies_all_many);
    }

    /**
     * A count with its noun in the form the language wants after that number: Russian has three (1 комментарий,
     * 2 комментария, 5 комментариев), English two, Kazakh one (the noun does not change after a numeral).
     */
    private String counted(long count, Function<String, String> one, Function<String, String> few,
                           Function<String, String> many) {
        String number = NumberFormat.getIntegerInstance(UiLanguage.locale(lang)).format(count);
        long lastTwo = Math.abs(count) % 100;
        long last = lastTwo % 10;
        return switch (lang) {
            case "ru" -> last == 1 && lastTwo != 11 ? one.apply(number)
                    : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few.apply(number)
                    : many.apply(number);
            case "en" -> count == 1 ? one.apply(number) : many.apply(number);
            default -> many.apply(number);
        };
    }
}
