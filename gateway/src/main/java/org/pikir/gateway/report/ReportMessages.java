package org.pikir.gateway.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the "What we heard" report pages; they are in {@code messages/rep_{kk,ru,en}.properties}. */
@MessageBundle(value = "rep", locale = "en")
public interface ReportMessages {

    @Message
    String title();

    @Message
    String intro(String forum);

    @Message
    String back_to_forum();

    @Message
    String generated(String time);

    @Message
    String figures_heading();

    @Message
    String comments_listed();

    @Message
    String recommendations_listed();

    @Message
    String answered_share();

    @Message
    String answered_value(String percent, long answered, long answerable);

    @Message
    String median_days();

    @Message
    String median_value(String days);

    @Message
    String median_none();

    @Message
    String overdue();

    @Message
    String overdue_hint(String days);

    @Message
    String charts_heading();

    @Message
    String chart_topics();

    @Message
    String chart_status();

    @Message
    String chart_language();

    @Message
    String chart_target();

    @Message
    String chart_comment_moderation();

    @Message
    String chart_recommendation_moderation();

    @Message
    String chart_empty();

    @Message
    String topic_none();

    @Message
    String topic_unlisted();

    @Message
    String target_event();

    @Message
    String target_statement();

    @Message
    String target_material();

    @Message
    String visibility_pending();

    @Message
    String visibility_published();

    @Message
    String visibility_hidden();

    @Message
    String visibility_rejected();

    @Message
    String visibility_deleted();

    @Message
    String top_heading();

    @Message
    String top_empty();

    @Message
    String top_answered();

    @Message
    String top_unanswered();

    @Message
    String top_removed_by_author();

    @Message
    String top_endorsements(long count);

    @Message
    String top_group(Integer size);

    @Message
    String open_data_heading();

    @Message
    String open_data_text();

    @Message
    String open_data_link();

    @Message
    String admin_title();

    @Message
    String admin_intro();

    @Message
    String admin_forums_empty();

    @Message
    String admin_report_title(String forum);

    @Message
    String back_to_reports();

    @Message
    String public_page();

    @Message
    String moderation_heading();

    @Message
    String overdue_heading();

    @Message
    String overdue_empty();

    @Message
    String overdue_caption();

    @Message
    String col_recommendation();

    @Message
    String col_status();

    @Message
    String col_assignee();

    @Message
    String col_endorsements();

    @Message
    String col_due();

    @Message
    String col_late();

    @Message
    String unassigned();

    @Message
    String overdue_more();

    @Message
    String overdue_first();

    @Message
    String overdue_pages();

    @Message
    String exports_heading();

    @Message
    String exports_text();

    @Message
    String export_comments_csv();

    @Message
    String export_comments_json();

    @Message
    String export_recommendations_csv();

    @Message
    String export_recommendations_json();

    @Message
    String moderation_log_title();

    @Message
    String moderation_log_intro(String forum);

    @Message
    String moderation_log_meaning();

    @Message
    String moderation_log_none();

    @Message
    String moderation_log_by_reason();

    @Message
    String moderation_log_by_month();

    @Message
    String moderation_log_col_reason();

    @Message
    String moderation_log_col_month();

    @Message
    String moderation_log_months_utc();

    @Message
    String moderation_log_link();

    @Message
    String report_description(String forum);
}
