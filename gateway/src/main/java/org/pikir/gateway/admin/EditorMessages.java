package org.pikir.gateway.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The forum editor's words for correcting a forum (edit, move, remove); they are in {@code messages/ed_{kk,ru,en}.properties}. */
@MessageBundle(value = "ed", locale = "en")
public interface EditorMessages {

    @Message
    String back_to_forum();

    @Message
    String cancel();

    @Message
    String save();

    @Message
    String edit();

    @Message
    String remove();

    @Message
    String move_up();

    @Message
    String move_down();

    @Message
    String list_previous();

    @Message
    String list_next();

    @Message
    String optional_per_language();

    @Message
    String record_heading();

    @Message
    String record_link();

    @Message
    String outcome_link();

    @Message
    String history_link();

    @Message
    String record_title();

    @Message
    String description_legend();

    @Message
    String forum_starts_label();

    @Message
    String forum_ends_label();

    @Message
    String outcome_title();

    @Message
    String outcome_legend();

    @Message
    String agenda_heading();

    @Message
    String agenda_empty();

    @Message
    String session_new_link();

    @Message
    String session_new_title();

    @Message
    String session_edit_title();

    @Message
    String session_title_legend();

    @Message
    String session_kind_label();

    @Message
    String starts_label();

    @Message
    String ends_label();

    @Message
    String session_participants_legend();

    @Message
    String session_add();

    @Message
    String participant_edit_title();

    @Message
    String statement_edit_title();

    @Message
    String material_edit_title();

    @Message
    String material_description_heading();

    @Message
    String version_heading();

    @Message
    String version_intro();

    @Message
    String version_note_label();

    @Message
    String version_note_hint();

    @Message
    String version_add();

    @Message
    String delete_draft_link();

    @Message
    String delete_draft_heading();

    @Message
    String delete_draft_consequence();

    @Message
    String delete_draft();

    @Message
    String remove_participant_heading();

    @Message
    String remove_participant_consequence();

    @Message
    String remove_participant();

    @Message
    String remove_session_heading();

    @Message
    String remove_session_consequence();

    @Message
    String remove_session();

    @Message
    String remove_statement_heading();

    @Message
    String remove_statement_consequence();

    @Message
    String remove_statement();

    @Message
    String remove_material_heading();

    @Message
    String remove_material_consequence();

    @Message
    String remove_material();

    @Message
    String order_refused_title();

    @Message
    String order_refused_reload();

    @Message
    String done_moved();

    @Message
    String done_removed();

    @Message
    String done_deleted();

    @Message
    String done_participant();

    @Message
    String done_session_added();

    @Message
    String done_session();

    @Message
    String done_statement();

    @Message
    String done_material();

    @Message
    String done_version();

    @Message
    String done_record();

    @Message
    String done_outcome();

    @Message
    String error_gone();

    @Message
    String error_statement_text();

    @Message
    String error_title();

    @Message
    String error_session_kind();

    @Message
    String error_session_participants();

    @Message
    String error_time();

    @Message
    String error_ends_after_starts();

    @Message
    String error_change_note();

    @Message
    String error_outcome();

    @Message
    String list_page(int page, int pages, int total);

    @Message
    String time_hint(String zone);

    @Message
    String participant_latin_label();

    @Message
    String participant_latin_hint();

    @Message
    String statement_kind_legend();

    @Message
    String statement_kind_hint();

    @Message
    String statement_kind_quote();

    @Message
    String statement_kind_reported();

    @Message
    String city_hint();

    @Message
    String source_legend();

    @Message
    String source_hint();

    @Message
    String error_latin_name();

    @Message
    String error_statement_kind();

    @Message
    String error_city();
}
