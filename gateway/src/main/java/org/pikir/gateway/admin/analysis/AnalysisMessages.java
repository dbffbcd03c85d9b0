package org.pikir.gateway.admin.analysis;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the analysis console's pages; in {@code messages/ana_{kk,ru,en}.properties}. A bundle of its own
 * because {@code msg} is at Qute's limit (see {@code MessageBundleSizeTest}).
 */
@MessageBundle(value = "ana", locale = "en")
public interface AnalysisMessages {

    @Message
    String accept_button();

    @Message
    String accepted_empty();

    @Message
    String accepted_heading();

    @Message
    String action_add();

    @Message
    String action_clear_no_theme();

    @Message
    String action_confirm();

    @Message
    String action_no_theme();

    @Message
    String action_remove();

    @Message
    String back_to_forums();

    @Message
    String back_to_overview();

    @Message
    String bulk_action_legend();

    @Message
    String bulk_heading();

    @Message
    String bulk_hint();

    @Message
    String bulk_scope_legend();

    @Message
    String bulk_submit();

    @Message
    String bulk_themes_legend();

    @Message
    String by_language_caption();

    @Message
    String by_source_caption();

    @Message
    String campaign_items();

    @Message
    String campaign_moderate();

    @Message
    String campaign_period(String first, String last);

    @Message
    String campaign_size(String count);

    @Message
    String campaigns_empty();

    @Message
    String campaigns_heading();

    @Message
    String campaigns_pages();

    @Message
    String campaigns_title(String forum);

    @Message
    String codebook_heading();

    @Message
    String col_analysed();

    @Message
    String col_language();

    @Message
    String col_source();

    @Message
    String col_total();

    @Message
    String confirm_tag(String theme);

    @Message
    String console_link();

    @Message
    String dashboard_heading();

    @Message
    String decision_heading();

    @Message
    String description_legend();

    @Message
    String discard_button();

    @Message
    String discard_hint();

    @Message
    String done_accepted();

    @Message
    String done_cancelled();

    @Message
    String done_created();

    @Message
    String done_discarded();

    @Message
    String done_merged();

    @Message
    String done_note();

    @Message
    String done_renamed();

    @Message
    String done_responded();

    @Message
    String done_split();

    @Message
    String done_tagged(String count);

    @Message
    String error_action();

    @Message
    String error_description();

    @Message
    String error_gone();

    @Message
    String error_items();

    @Message
    String error_items_invalid();

    @Message
    String error_items_too_many(int max);

    @Message
    String error_job_running();

    @Message
    String error_merge_into();

    @Message
    String error_name();

    @Message
    String error_name_required();

    @Message
    String error_rejected();

    @Message
    String error_response();

    @Message
    String error_split_from();

    @Message
    String error_status();

    @Message
    String error_themes();

    @Message
    String error_themes_count(int min, int max);

    @Message
    String error_themes_invalid();

    @Message
    String error_too_long(int max);

    @Message
    String filter_any();

    @Message
    String filter_apply();

    @Message
    String filter_campaign();

    @Message
    String filter_language();

    @Message
    String filter_no_theme();

    @Message
    String filter_q();

    @Message
    String filter_status();

    @Message
    String filter_suggested();

    @Message
    String filter_theme();

    @Message
    String filter_type();

    @Message
    String filter_untagged();

    @Message
    String filters_heading();

    @Message
    String find_button();

    @Message
    String find_heading();

    @Message
    String find_hint();

    @Message
    String forums_empty();

    @Message
    String forums_intro();

    @Message
    String forums_title();

    @Message
    String in_campaign();

    @Message
    String items_empty();

    @Message
    String items_heading();

    @Message
    String items_pages();

    @Message
    String items_title(String forum);

    @Message
    String job_cancel();

    @Message
    String job_created();

    @Message
    String job_finished();

    @Message
    String job_follow();

    @Message
    String job_heading();

    @Message
    String job_kind_campaigns();

    @Message
    String job_kind_themes();

    @Message
    String job_open();

    @Message
    String job_progress(int percent, String done, String total);

    @Message
    String job_progress_label();

    @Message
    String job_progress_percent(int percent);

    @Message
    String job_refresh();

    @Message
    String job_refresh_hint();

    @Message
    String job_requested_by();

    @Message
    String job_result_link();

    @Message
    String job_running_link();

    @Message
    String job_status_cancelled();

    @Message
    String job_status_failed();

    @Message
    String job_status_queued();

    @Message
    String job_status_running();

    @Message
    String job_status_succeeded();

    @Message
    String marked_no_theme();

    @Message
    String merge_button();

    @Message
    String merge_heading();

    @Message
    String merge_into_choose();

    @Message
    String merge_into_hint();

    @Message
    String merge_into_label();

    @Message
    String merge_none();

    @Message
    String name_hint();

    @Message
    String name_legend();

    @Message
    String nav_analysis();

    @Message
    String new_theme_button();

    @Message
    String new_theme_heading();

    @Message
    String no_theme_count(String count);

    @Message
    String note_label();

    @Message
    String note_save();

    @Message
    String overview_title(String forum);

    @Message
    String page_first();

    @Message
    String quotes_label();

    @Message
    String rename_button();

    @Message
    String rename_heading();

    @Message
    String responded();

    @Message
    String responded_at(String time, String by);

    @Message
    String response_accept_first();

    @Message
    String response_button();

    @Message
    String response_heading();

    @Message
    String response_hint();

    @Message
    String response_legend();

    @Message
    String scope_checked();

    @Message
    String scope_filter(String limit);

    @Message
    String select_item(String type, String author);

    @Message
    String share_label();

    @Message
    String share_text(int percent, String analysed, String total);

    @Message
    String source_comments();

    @Message
    String source_recommendations();

    @Message
    String split_button();

    @Message
    String split_from_choose();

    @Message
    String split_from_label();

    @Message
    String split_heading();

    @Message
    String split_hint();

    @Message
    String split_name_legend();

    @Message
    String status_all();

    @Message
    String status_listed();

    @Message
    String suggest_button();

    @Message
    String suggest_heading();

    @Message
    String suggest_hint();

    @Message
    String suggested_empty();

    @Message
    String suggested_heading();

    @Message
    String suggested_link();

    @Message
    String suggested_name(String name);

    @Message
    String suggested_only_count(String count);

    @Message
    String suggested_tag();

    @Message
    String tab_campaigns();

    @Message
    String tab_items();

    @Message
    String tab_overview();

    @Message
    String tabs_label();

    @Message
    String terms_label();

    @Message
    String theme_counts(String confirmed, String suggested);

    @Message
    String theme_edit_link();

    @Message
    String theme_items_link();

    @Message
    String theme_status_accepted();

    @Message
    String theme_status_discarded();

    @Message
    String theme_status_merged();

    @Message
    String theme_status_suggested();

    @Message
    String themes_count_hint();

    @Message
    String themes_count_label();

    @Message
    String themes_label();

    @Message
    String themes_none();

    @Message
    String type_comment();

    @Message
    String type_comments();

    @Message
    String type_recommendation();

    @Message
    String type_recommendations();

    @Message
    String untagged_link();

    @Message
    String visibility_hidden();

    @Message
    String visibility_pending();

    @Message
    String visibility_published();

    @Message
    String visibility_rejected();
}
