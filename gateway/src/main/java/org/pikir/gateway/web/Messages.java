package org.pikir.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface text; the words are in {@code messages/msg_{kk,ru,en}.properties}. */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message
    String skip_to_content();

    @Message
    String site_tagline();

    @Message
    String language_switch();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String signed_in_as(String name);

    @Message
    String footer_text();

    @Message
    String home_title();

    @Message
    String home_empty();

    @Message
    String shown_in_kk();

    @Message
    String shown_in_ru();

    @Message
    String shown_in_en();

    @Message
    String forum_date();

    @Message
    String forum_city();

    @Message
    String forum_venue();

    @Message
    String forum_organiser();

    @Message
    String organiser_unknown();

    @Message
    String forum_source();

    @Message
    String consultation_heading();

    @Message
    String consultation_open();

    @Message
    String consultation_open_until(String date);

    @Message
    String consultation_opens_on(String date);

    @Message
    String consultation_closed();

    @Message
    String consultation_none();

    @Message
    String comments_heading();

    @Message
    String comments_empty();

    @Message
    String comments_unavailable();

    @Message
    String comment_pending();

    @Message
    String comment_form_heading();

    @Message
    String comment_body_label();

    @Message
    String comment_body_hint();

    @Message
    String comment_language_label();

    @Message
    String comment_submit();

    @Message
    String sign_in_to_comment();

    @Message
    String comment_sent();

    @Message
    String error_summary_title();

    @Message
    String error_prefix();

    @Message
    String error_body_required();

    @Message
    String error_body_too_long(int max);

    @Message
    String error_language_invalid();

    @Message
    String error_consultation_closed();

    @Message
    String error_sign_in_again();

    @Message
    String error_not_allowed();

    @Message
    String error_email_unverified();

    @Message
    String error_comment_rejected();

    @Message
    String error_send_unavailable();

    @Message
    String not_found_title();

    @Message
    String not_found_text();

    @Message
    String back_home();

    @Message
    String unavailable_title();

    @Message
    String unavailable_text();

    @Message
    String event_kind_forum();

    @Message
    String event_kind_hearing();

    @Message
    String event_kind_round_table();

    @Message
    String event_format_in_person();

    @Message
    String event_format_online();

    @Message
    String event_format_hybrid();

    @Message
    String forum_time();

    @Message
    String forum_time_zone(String zone);

    @Message
    String forum_topics();

    @Message
    String forum_about();

    @Message
    String consultation_closed_on(String date);

    @Message
    String agenda_heading();

    @Message
    String agenda_participants();

    @Message
    String session_kind_opening();

    @Message
    String session_kind_panel();

    @Message
    String session_kind_expert_discussion();

    @Message
    String session_kind_closing();

    @Message
    String session_kind_other();

    @Message
    String participants_heading();

    @Message
    String role_speaker();

    @Message
    String role_moderator();

    @Message
    String role_expert();

    @Message
    String role_guest();

    @Message
    String statements_heading();

    @Message
    String statement_session();

    @Message
    String statement_link();

    @Message
    String statement_comment();

    @Message
    String speaker_unknown();

    @Message
    String in_language_kk();

    @Message
    String in_language_ru();

    @Message
    String in_language_en();

    @Message
    String materials_heading();

    @Message
    String material_kind_document();

    @Message
    String material_kind_presentation();

    @Message
    String material_kind_transcript();

    @Message
    String material_kind_press_release();

    @Message
    String material_kind_resolution();

    @Message
    String material_kind_video();

    @Message
    String material_kind_other();

    @Message
    String material_download(String name);

    @Message
    String material_external(String host);

    @Message
    String material_version(int version);

    @Message
    String material_versions_link();

    @Message
    String material_comment();

    @Message
    String material_unavailable();

    @Message
    String material_versions_heading();

    @Message
    String material_current();

    @Message
    String material_change_note();

    @Message
    String size_bytes(String size);

    @Message
    String size_kilobytes(String size);

    @Message
    String size_megabytes(String size);

    @Message
    String size_gigabytes(String size);

    @Message
    String back_to_forum();

    @Message
    String outcome_heading();

    @Message
    String outcome_none();

    @Message
    String history_link();

    @Message
    String history_heading();

    @Message
    String history_intro();

    @Message
    String history_empty();

    @Message
    String history_account(String account);

    @Message
    String history_fields();

    @Message
    String action_event_created();

    @Message
    String action_event_edited();

    @Message
    String action_event_published();

    @Message
    String action_event_archived();

    @Message
    String action_consultation_opened();

    @Message
    String action_consultation_closed();

    @Message
    String action_outcome_set();

    @Message
    String action_agenda_added();

    @Message
    String action_agenda_edited();

    @Message
    String action_agenda_removed();

    @Message
    String action_agenda_reordered();

    @Message
    String action_participant_added();

    @Message
    String action_participant_edited();

    @Message
    String action_participant_removed();

    @Message
    String action_participants_reordered();

    @Message
    String action_statement_added();

    @Message
    String action_statement_edited();

    @Message
    String action_statement_removed();

    @Message
    String action_statements_reordered();

    @Message
    String action_material_added();

    @Message
    String action_material_version_added();

    @Message
    String action_material_removed();

    @Message
    String action_other(String action);

    @Message
    String field_title();

    @Message
    String field_summary();

    @Message
    String field_description();

    @Message
    String field_kind();

    @Message
    String field_format();

    @Message
    String field_topics();

    @Message
    String field_city();

    @Message
    String field_venue();

    @Message
    String field_organiser();

    @Message
    String field_source();

    @Message
    String field_cover_url();

    @Message
    String field_date();

    @Message
    String field_starts_at();

    @Message
    String field_ends_at();

    @Message
    String field_time_zone();

    @Message
    String field_consultation_opens_at();

    @Message
    String field_consultation_closes_at();

    @Message
    String search_heading();

    @Message
    String search_label();

    @Message
    String search_hint();

    @Message
    String filter_status();

    @Message
    String status_any();

    @Message
    String status_upcoming();

    @Message
    String status_open();

    @Message
    String status_closed();

    @Message
    String status_archived();

    @Message
    String filter_city();

    @Message
    String city_any();

    @Message
    String filter_topic();

    @Message
    String topic_any();

    @Message
    String search_submit();

    @Message
    String search_clear();

    @Message
    String search_results(int count);

    @Message
    String search_no_results();

    @Message
    String comment_on_statement_form(String name);

    @Message
    String comment_on_material_form(String title);

    @Message
    String comment_show_statement();

    @Message
    String comment_show_material();

    @Message
    String comment_reference_drop();

    @Message
    String comment_on_statement(String name);

    @Message
    String comment_on_material(String title);

    @Message
    String error_statement_invalid();

    @Message
    String error_material_invalid();

    @Message
    String form_refused_title();

    @Message
    String form_refused_text();

    @Message
    String admin_console();

    @Message
    String forbidden_title();

    @Message
    String forbidden_text();

    @Message
    String reply_link();

    @Message
    String flag_link();

    @Message
    String reply_form_heading(String name);

    @Message
    String reply_body_label();

    @Message
    String reply_submit();

    @Message
    String reply_cancel();

    @Message
    String error_reply_parent_invalid();

    @Message
    String hidden_by_moderator(String reason);

    @Message
    String reason_spam();

    @Message
    String reason_abuse();

    @Message
    String reason_off_topic();

    @Message
    String reason_personal_data();

    @Message
    String reason_illegal();

    @Message
    String reason_duplicate();

    @Message
    String reason_other();

    @Message
    String recommendations_heading();

    @Message
    String recommendations_intro();

    @Message
    String recommendation_submit_link();

    @Message
    String sign_in_to_recommend();

    @Message
    String recommendations_unavailable();

    @Message
    String recommendations_empty();

    @Message
    String recommendations_pages();

    @Message
    String page_previous();

    @Message
    String page_next();

    @Message
    String recommendation_topic_meta(String topic);

    @Message
    String recommendation_effect_label();

    @Message
    String recommendation_merged_into();

    @Message
    String answer_heading();

    @Message
    String answer_by(String name);

    @Message
    String endorsement_count(int count);

    @Message
    String endorsed_by_you();

    @Message
    String endorse();

    @Message
    String endorse_withdraw();

    @Message
    String notice_recommended();

    @Message
    String notice_recommended_pending();

    @Message
    String notice_endorsed();

    @Message
    String notice_withdrawn();

    @Message
    String notice_own_recommendation();

    @Message
    String notice_endorsement_refused();

    @Message
    String notice_flagged();

    @Message
    String recommendation_form_heading();

    @Message
    String recommendation_title_label();

    @Message
    String recommendation_title_hint();

    @Message
    String recommendation_body_label();

    @Message
    String recommendation_body_hint();

    @Message
    String recommendation_topic_label();

    @Message
    String recommendation_topic_none();

    @Message
    String recommendation_statement_label();

    @Message
    String recommendation_statement_hint();

    @Message
    String recommendation_statement_none();

    @Message
    String recommendation_effect_field();

    @Message
    String recommendation_effect_hint();

    @Message
    String recommendation_language_label();

    @Message
    String recommendation_send();

    @Message
    String recommendation_check_similar();

    @Message
    String similar_heading();

    @Message
    String similar_intro();

    @Message
    String similar_still_send();

    @Message
    String similar_none();

    @Message
    String similar_unavailable();

    @Message
    String error_recommendation_title_required();

    @Message
    String error_recommendation_title_length(int min, int max);

    @Message
    String error_recommendation_title();

    @Message
    String error_recommendation_body_required();

    @Message
    String error_recommendation_body();

    @Message
    String error_recommendation_topic();

    @Message
    String error_recommendation_effect(int max);

    @Message
    String error_recommendation_rejected();

    @Message
    String error_recommendation_unavailable();

    @Message
    String error_not_allowed_recommend();

    @Message
    String error_too_many();

    @Message
    String flag_comment_heading();

    @Message
    String flag_recommendation_heading();

    @Message
    String flag_intro();

    @Message
    String flag_reason_legend();

    @Message
    String flag_note_label();

    @Message
    String flag_note_hint();

    @Message
    String flag_submit();

    @Message
    String cancel();

    @Message
    String error_flag_reason();

    @Message
    String error_flag_note(int max);

    @Message
    String error_flag_unavailable();

    @Message
    String error_flag_own();

    @Message
    String error_flag_refused();

    @Message
    String recommendation_status_submitted();

    @Message
    String recommendation_status_under_review();

    @Message
    String recommendation_status_accepted();

    @Message
    String recommendation_status_partially_accepted();

    @Message
    String recommendation_status_rejected();

    @Message
    String recommendation_status_merged();

    @Message
    String comment_deleted_by_author();

    @Message
    String my_feedback_link();

    @Message
    String report_link();

    @Message
    String comments_total_one(String count);

    @Message
    String comments_total_few(String count);

    @Message
    String comments_total_many(String count);

    @Message
    String replies_total_one(String count);

    @Message
    String replies_total_few(String count);

    @Message
    String replies_total_many(String count);

    @Message
    String replies_all_one(String count);

    @Message
    String replies_all_few(String count);

    @Message
    String replies_all_many(String count);

    @Message
    String comments_order();

    @Message
    String comments_newest_first();

    @Message
    String comments_oldest_first();

    @Message
    String comments_more();

    @Message
    String comments_pages();

    @Message
    String comments_from_start();

    @Message
    String comments_no_more();

    @Message
    String list_link_invalid();

    @Message
    String thread_heading();

    @Message
    String thread_back();

    @Message
    String thread_root_elsewhere();

    @Message
    String replies_more();

    @Message
    String replies_pages();

    @Message
    String replies_from_start();
}
