package org.pikir.gateway.draft;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the draft text pages (issue 13) in {@code messages/drf_{kk,ru,en}.properties}: a bundle of its own, as
 * {@code msg} is at Qute's limit of 300 messages per bundle.
 */
@MessageBundle(value = "drf", locale = "en")
public interface DraftMessages {

    @Message
    String forum_drafts_heading();

    @Message
    String demonstration_tag();

    @Message
    String draft_card_meta(String languages, int version, int articles);

    @Message
    String back_to_forum();

    @Message
    String demonstration_label();

    @Message
    String demonstration_title();

    @Message
    String demonstration_text();

    @Message
    String draft_description(String title, String forum);

    @Message
    String version_read(int version);

    @Message
    String version_newest();

    @Message
    String text_language(String language);

    @Message
    String read_in();

    @Message
    String text_not_in_language();

    @Message
    String versions_heading();

    @Message
    String version_label();

    @Message
    String version_option(int version);

    @Message
    String version_show();

    @Message
    String compare_link();

    @Message
    String table_link();

    @Message
    String toc_heading();

    @Message
    String counts_unavailable();

    @Message
    String counts(long comments, long recommendations);

    @Message
    String text_heading();

    @Message
    String page_of(int page, int pages);

    @Message
    String pages_label();

    @Message
    String unit_link(String label);

    @Message
    String article_discuss();

    @Message
    String article_number(String number);

    @Message
    String article_description(String article, String draft);

    @Message
    String articles_nav();

    @Message
    String article_previous();

    @Message
    String article_next();

    @Message
    String article_in_text();

    @Message
    String forms_heading();

    @Message
    String sign_in_to_take_part();

    @Message
    String consultation_not_open();

    @Message
    String comment_form_heading();

    @Message
    String recommendation_form_heading();

    @Message
    String passage_label();

    @Message
    String passage_hint();

    @Message
    String passage_whole_article(String article);

    @Message
    String passage_choice(String number, String excerpt);

    @Message
    String quote_source_label();

    @Message
    String quote_source_hint();

    @Message
    String quote_button();

    @Message
    String quote_done();

    @Message
    String quote_nothing_selected();

    @Message
    String quote_passage_set();

    @Message
    String quote_label();

    @Message
    String quote_hint();

    @Message
    String quote_said();

    @Message
    String wording_label();

    @Message
    String wording_hint();

    @Message
    String wording_shown();

    @Message
    String recommendations_heading();

    @Message
    String recommendations_empty();

    @Message
    String comments_empty();

    @Message
    String comment_count(long count);

    @Message
    String all_replies(int count);

    @Message
    String endorsements(int count);

    @Message
    String about_article(String article, int version);

    @Message
    String about_passage(String number, String article, int version);

    @Message
    String passage_revised(int version);

    @Message
    String passage_removed(int version);

    @Message
    String article_revised(int version);

    @Message
    String article_removed(int version);

    @Message
    String see_changes();

    @Message
    String sent_comment();

    @Message
    String sent_comment_pending();

    @Message
    String sent_recommendation();

    @Message
    String sent_recommendation_pending();

    @Message
    String error_passage_invalid();

    @Message
    String error_quote_not_found();

    @Message
    String error_quote_too_long(int max);

    @Message
    String error_wording_too_long(int max);

    @Message
    String compare_heading();

    @Message
    String compare_description(String title);

    @Message
    String compare_one_version();

    @Message
    String compare_from();

    @Message
    String compare_to();

    @Message
    String compare_submit();

    @Message
    String compare_version_invalid();

    @Message
    String compare_order();

    @Message
    String compare_result(String from, String to);

    @Message
    String compare_no_change();

    @Message
    String diff_added();

    @Message
    String diff_removed();

    @Message
    String change_added();

    @Message
    String change_removed();

    @Message
    String change_changed();

    @Message
    String table_heading(int version);

    @Message
    String table_description(String title, int version);

    @Message
    String table_intro(int previous, int version);

    @Message
    String table_download(String language);

    @Message
    String table_unit();

    @Message
    String table_before();

    @Message
    String table_after();

    @Message
    String table_justification();

    @Message
    String table_none();

    @Message
    String table_no_justification();

    @Message
    String table_empty();

    @Message
    String recommendation_number(long id);

    @Message
    String report_most_discussed();

    @Message
    String comment_on_draft_article(String article);

    @Message
    String sign_in_to_endorse();

    @Message
    String back_to_article();
}
