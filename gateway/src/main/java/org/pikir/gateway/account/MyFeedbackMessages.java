package org.pikir.gateway.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the "My feedback" pages; they are in {@code messages/my_{kk,ru,en}.properties}. */
@MessageBundle(value = "my", locale = "en")
public interface MyFeedbackMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String profile_heading();

    @Message
    String display_name();

    @Message
    String display_name_public_hint();

    @Message
    String notification_language();

    @Message
    String email_notifications();

    @Message
    String email_on(String email);

    @Message
    String email_off();

    @Message
    String email_none();

    @Message
    String profile_edit_link();

    @Message
    String notifications_heading();

    @Message
    String unread(long count);

    @Message
    String unread_tag();

    @Message
    String notifications_empty();

    @Message
    String mark_read();

    @Message
    String moderator_note(String note);

    @Message
    String show_item();

    @Message
    String items_heading();

    @Message
    String items_empty();

    @Message
    String kind_comment();

    @Message
    String kind_recommendation();

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
    String hidden_by_moderator(String reason);

    @Message
    String rejected_by_moderator(String reason);

    @Message
    String review_status(String status);

    @Message
    String endorsements(Integer count);

    @Message
    String merged();

    @Message
    String edit_link();

    @Message
    String edit_until(String time);

    @Message
    String delete_link();

    @Message
    String pages();

    @Message
    String older();

    @Message
    String newest();

    @Message
    String data_heading();

    @Message
    String data_intro();

    @Message
    String export_link();

    @Message
    String erase_link();

    @Message
    String done_profile();

    @Message
    String done_read();

    @Message
    String done_edited();

    @Message
    String done_deleted();

    @Message
    String done_erased();

    @Message
    String notifications_unavailable();

    @Message
    String profile_title();

    @Message
    String display_name_label();

    @Message
    String display_name_hint();

    @Message
    String language_legend();

    @Message
    String email_label(String email);

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String back();

    @Message
    String error_display_name();

    @Message
    String error_display_name_email();

    @Message
    String error_display_name_taken();

    @Message
    String error_display_name_rejected();

    @Message
    String error_language();

    @Message
    String error_unavailable();

    @Message
    String erase_title();

    @Message
    String erase_intro();

    @Message
    String erase_point_text();

    @Message
    String erase_point_counts();

    @Message
    String erase_point_profile();

    @Message
    String erase_point_account();

    @Message
    String erase_export_first();

    @Message
    String erase_confirm_label();

    @Message
    String erase_confirm_hint();

    @Message
    String erase_submit();

    @Message
    String error_erase_confirm();

    @Message
    String edit_title();

    @Message
    String edit_body_label();

    @Message
    String edit_hint(String time, int max);

    @Message
    String edit_save();

    @Message
    String error_edit_body_required();

    @Message
    String error_edit_body_too_long(int max);

    @Message
    String error_edit_window_closed();

    @Message
    String error_edit_stale();

    @Message
    String error_edit_not_possible();

    @Message
    String delete_title();

    @Message
    String delete_intro();

    @Message
    String delete_submit();

    @Message
    String error_delete_failed();

    @Message
    String n_comment_published(String forum);

    @Message
    String n_comment_hidden(String forum, String reason);

    @Message
    String n_comment_rejected(String forum, String reason);

    @Message
    String n_recommendation_published(String forum);

    @Message
    String n_recommendation_hidden(String forum, String reason);

    @Message
    String n_recommendation_rejected(String forum, String reason);

    @Message
    String n_recommendation_status(String forum, String status);

    @Message
    String n_recommendation_answered(String forum);
}
