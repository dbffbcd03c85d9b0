package org.pikir.gateway.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The admin console's words; they are in {@code messages/adm_{kk,ru,en}.properties}. */
@MessageBundle(value = "adm", locale = "en")
public interface AdminMessages {

    @Message
    String nav_label();

    @Message
    String nav_overview();

    @Message
    String nav_moderation();

    @Message
    String nav_review();

    @Message
    String nav_forums();

    @Message
    String nav_reports();

    @Message
    String overview_reports();

    @Message
    String overview_title();

    @Message
    String overview_intro();

    @Message
    String overview_moderation();

    @Message
    String overview_flagged_link();

    @Message
    String overview_review();

    @Message
    String overview_overdue_link();

    @Message
    String overview_forums();

    @Message
    String page_first();

    @Message
    String filters_heading();

    @Message
    String filter_forum();

    @Message
    String filter_any_forum();

    @Message
    String filter_kind();

    @Message
    String filter_any_kind();

    @Message
    String filter_state();

    @Message
    String filter_status();

    @Message
    String filter_any_status();

    @Message
    String filter_mine();

    @Message
    String filter_unanswered();

    @Message
    String filter_overdue();

    @Message
    String filter_apply();

    @Message
    String choose();

    @Message
    String in_kk();

    @Message
    String in_ru();

    @Message
    String in_en();

    @Message
    String multilingual_hint();

    @Message
    String error_text_too_long(int max);

    @Message
    String error_language();

    @Message
    String moderation_title();

    @Message
    String kind_comment();

    @Message
    String kind_recommendation();

    @Message
    String kind_comments();

    @Message
    String kind_recommendations();

    @Message
    String state_pending();

    @Message
    String state_flagged();

    @Message
    String queue_pending_heading();

    @Message
    String queue_flagged_heading();

    @Message
    String queue_empty();

    @Message
    String queue_items_label();

    @Message
    String queue_pages();

    @Message
    String select_item(String kind, String author);

    @Message
    String visibility_pending();

    @Message
    String visibility_published();

    @Message
    String visibility_hidden();

    @Message
    String visibility_rejected();

    @Message
    String flags_summary(int open, String reasons);

    @Message
    String action_publish();

    @Message
    String action_keep();

    @Message
    String action_hide();

    @Message
    String action_reject();

    @Message
    String reason_label();

    @Message
    String reason_hint();

    @Message
    String reason_choose();

    @Message
    String note_label();

    @Message
    String bulk_heading();

    @Message
    String bulk_hint();

    @Message
    String bulk_action_legend();

    @Message
    String bulk_submit();

    @Message
    String moderation_done(int count);

    @Message
    String moderation_failed(int count);

    @Message
    String error_bulk_none();

    @Message
    String error_action_required();

    @Message
    String error_reason_required();

    @Message
    String error_note_too_long(int max);

    @Message
    String error_moderation_conflict();

    @Message
    String policy_heading(String forum);

    @Message
    String policy_current(String mode);

    @Message
    String policy_updated(String who, String when);

    @Message
    String policy_legend();

    @Message
    String policy_pre();

    @Message
    String policy_post();

    @Message
    String policy_save();

    @Message
    String policy_saved();

    @Message
    String error_policy_mode();

    @Message
    String review_title();

    @Message
    String review_list_heading();

    @Message
    String review_empty();

    @Message
    String review_pages();

    @Message
    String endorsements(int count);

    @Message
    String assigned_to(String name);

    @Message
    String unassigned();

    @Message
    String answered();

    @Message
    String answer_due(String date);

    @Message
    String overdue();

    @Message
    String back_to_review();

    @Message
    String fact_status();

    @Message
    String fact_forum();

    @Message
    String fact_author();

    @Message
    String fact_submitted();

    @Message
    String fact_endorsements();

    @Message
    String fact_due();

    @Message
    String fact_assignee();

    @Message
    String recommendation_text();

    @Message
    String assignee_heading();

    @Message
    String assign_to_me();

    @Message
    String assignee_label();

    @Message
    String assignee_hint();

    @Message
    String assignee_choose();

    @Message
    String assign();

    @Message
    String unassign();

    @Message
    String status_heading();

    @Message
    String status_legend(String status);

    @Message
    String status_final(String status);

    @Message
    String merge_into_label();

    @Message
    String merge_into_hint();

    @Message
    String status_submit();

    @Message
    String answer_text_label();

    @Message
    String answer_text_hint();

    @Message
    String answer_by_label();

    @Message
    String answer_by_hint();

    @Message
    String answer_publish();

    @Message
    String answer_replace();

    @Message
    String answer_not_yet();

    @Message
    String notes_heading();

    @Message
    String notes_hint();

    @Message
    String notes_empty();

    @Message
    String note_text_label();

    @Message
    String note_add();

    @Message
    String review_done_assigned();

    @Message
    String review_done_status();

    @Message
    String review_done_note();

    @Message
    String review_done_answer();

    @Message
    String error_assignee();

    @Message
    String error_status_required();

    @Message
    String error_merge_into();

    @Message
    String error_merge_target();

    @Message
    String error_invalid_transition();

    @Message
    String error_not_under_review();

    @Message
    String error_answer_merged();

    @Message
    String error_review_conflict();

    @Message
    String error_review_rejected();

    @Message
    String error_note_required();

    @Message
    String error_answer_required();

    @Message
    String error_answered_by_required();

    @Message
    String forums_title();

    @Message
    String forums_list_heading();

    @Message
    String forums_empty();

    @Message
    String forum_new_link();

    @Message
    String open_draft_heading();

    @Message
    String open_draft_label();

    @Message
    String open_draft_hint();

    @Message
    String open_draft_submit();

    @Message
    String error_forum_not_found();

    @Message
    String public_page();

    @Message
    String forum_status_draft();

    @Message
    String forum_status_published();

    @Message
    String forum_status_archived();

    @Message
    String forum_new_title();

    @Message
    String forum_edit_title();

    @Message
    String back_to_forums();

    @Message
    String back_to_forum_editing();

    @Message
    String slug_label();

    @Message
    String slug_hint();

    @Message
    String title_legend();

    @Message
    String summary_legend();

    @Message
    String city_label();

    @Message
    String date_label();

    @Message
    String date_hint();

    @Message
    String kind_label();

    @Message
    String format_label();

    @Message
    String topics_label();

    @Message
    String topics_hint();

    @Message
    String venue_label();

    @Message
    String organiser_label();

    @Message
    String forum_create();

    @Message
    String forum_save();

    @Message
    String forum_edit_link();

    @Message
    String forum_status_heading();

    @Message
    String publish();

    @Message
    String publish_hint();

    @Message
    String archive();

    @Message
    String archive_hint();

    @Message
    String archived_read_only();

    @Message
    String closes_on_label();

    @Message
    String closes_on_hint();

    @Message
    String consultation_open();

    @Message
    String consultation_change();

    @Message
    String consultation_close();

    @Message
    String participants_empty();

    @Message
    String participant_add_heading();

    @Message
    String participant_name_label();

    @Message
    String participant_name_hint();

    @Message
    String participant_role_label();

    @Message
    String participant_position_label();

    @Message
    String participant_organisation_label();

    @Message
    String participant_language_label();

    @Message
    String participant_add();

    @Message
    String statements_empty();

    @Message
    String statement_add_heading();

    @Message
    String statement_participant_label();

    @Message
    String statement_session_label();

    @Message
    String statement_session_none();

    @Message
    String statement_text_label();

    @Message
    String statement_text_hint();

    @Message
    String statement_language_label();

    @Message
    String statement_add();

    @Message
    String statement_needs_participant();

    @Message
    String materials_empty();

    @Message
    String material_add_heading();

    @Message
    String material_kind_label();

    @Message
    String material_title_legend();

    @Message
    String material_language_label();

    @Message
    String material_file_label();

    @Message
    String material_file_hint();

    @Message
    String material_link_label();

    @Message
    String material_link_hint();

    @Message
    String material_note_label();

    @Message
    String material_add();

    @Message
    String forum_done_created();

    @Message
    String forum_done_saved();

    @Message
    String forum_done_published();

    @Message
    String forum_done_archived();

    @Message
    String forum_done_opened();

    @Message
    String forum_done_closed();

    @Message
    String forum_done_participant();

    @Message
    String forum_done_statement();

    @Message
    String forum_done_material();


    @Message
    String error_slug_format();

    @Message
    String error_slug_taken();


    @Message
    String error_city();

    @Message
    String error_date();

    @Message
    String error_forum_kind();

    @Message
    String error_forum_format();

    @Message
    String error_topics();

    @Message
    String error_forum_archived();

    @Message
    String error_forum_transition();

    @Message
    String error_forum_rejected();

    @Message
    String error_closes_on();

    @Message
    String error_participant_name();

    @Message
    String error_participant_role();

    @Message
    String error_statement_participant();

    @Message
    String error_statement_session();


    @Message
    String error_material_kind();

    @Message
    String error_material_file_or_link();

    @Message
    String error_material_link();

    @Message
    String error_material_too_large();

    @Message
    String error_material_type();
}
