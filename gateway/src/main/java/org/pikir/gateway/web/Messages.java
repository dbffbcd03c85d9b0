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
}
