package org.pikir.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for content in the visitor's language: reported statements and translations on the forum page, the
 * topic catalogue's and the translations' pages in the console. In {@code messages/cnt_{kk,ru,en}.properties}.
 */
@MessageBundle(value = "cnt", locale = "en")
public interface ContentMessages {

    @Message
    String statement_reported();

    @Message
    String statement_translated();

    @Message
    String statement_show_original();

    @Message
    String topics_title();

    @Message
    String topics_intro();

    @Message
    String topics_empty();

    @Message
    String topic_slug_label();

    @Message
    String topic_slug_hint();

    @Message
    String topic_name_legend();

    @Message
    String topic_add_heading();

    @Message
    String topic_add();

    @Message
    String topic_rename_legend(String name);

    @Message
    String topic_rename();

    @Message
    String topic_added();

    @Message
    String topic_renamed();

    @Message
    String error_topic_slug();

    @Message
    String error_topic_slug_taken();

    @Message
    String error_topic_name(int max);

    @Message
    String error_topic_rejected();

    @Message
    String translations_link();

    @Message
    String translations_title();

    @Message
    String translations_intro();

    @Message
    String translation_original_heading();

    @Message
    String translation_save();

    @Message
    String translation_remove();

    @Message
    String translation_saved();

    @Message
    String translation_removed();

    @Message
    String error_translation_text(int max);

    @Message
    String error_translation_rejected();

    @Message
    String back_to_forum();

    @Message
    String topics_manage_link();

    @Message
    String action_statement_translated();

    @Message
    String action_statement_translation_removed();

    @Message
    String comment_edited();

    @Message
    String recommendation_removed_by_author();
}
