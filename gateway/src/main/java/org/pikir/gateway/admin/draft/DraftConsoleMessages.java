package org.pikir.gateway.admin.draft;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the draft documents' console pages; in {@code messages/drfa_{kk,ru,en}.properties}. A bundle of its
 * own because {@code msg} is at Qute's limit (see {@code MessageBundleSizeTest}).
 */
@MessageBundle(value = "drfa", locale = "en")
public interface DraftConsoleMessages {

    @Message
    String after_label();

    @Message
    String back_to_drafts();

    @Message
    String back_to_version();

    @Message
    String before_label();

    @Message
    String change_added();

    @Message
    String change_changed();

    @Message
    String change_removed();

    @Message
    String change_note_hint();

    @Message
    String change_note_legend();

    @Message
    String col_articles();

    @Message
    String col_languages();

    @Message
    String col_title();

    @Message
    String col_versions();

    @Message
    String console_link();

    @Message
    String demonstration_hint();

    @Message
    String demonstration_label();

    @Message
    String demonstration_tag();

    @Message
    String done_imported();

    @Message
    String done_published();

    @Message
    String done_row_saved();

    @Message
    String done_text_imported();

    @Message
    String done_unit_removed();

    @Message
    String done_unit_saved();

    @Message
    String done_version_started();

    @Message
    String drafts_empty();

    @Message
    String drafts_heading();

    @Message
    String drafts_title();

    @Message
    String editing_version(int number);

    @Message
    String error_archived();

    @Message
    String error_change_note();

    @Message
    String error_conflict();

    @Message
    String error_file();

    @Message
    String error_file_too_large();

    @Message
    String error_file_type();

    @Message
    String error_gone();

    @Message
    String error_heading();

    @Message
    String error_justification();

    @Message
    String error_kind();

    @Message
    String error_language();

    @Message
    String error_number();

    @Message
    String error_recommendations();

    @Message
    String error_rejected();

    @Message
    String error_text();

    @Message
    String error_title();

    @Message
    String error_version_editing();

    @Message
    String error_version_published();

    @Message
    String file_hint();

    @Message
    String file_label();

    @Message
    String filled_from(String id);

    @Message
    String heading_label();

    @Message
    String import_button();

    @Message
    String import_heading();

    @Message
    String import_intro();

    @Message
    String justification_legend();

    @Message
    String kind_article();

    @Message
    String kind_chapter();

    @Message
    String kind_label();

    @Message
    String kind_paragraph();

    @Message
    String kind_part();

    @Message
    String kind_subpoint();

    @Message
    String kind_text();

    @Message
    String language_hint();

    @Message
    String language_label();

    @Message
    String languages_label();

    @Message
    String new_version();

    @Message
    String new_version_heading();

    @Message
    String new_version_intro();

    @Message
    String number_hint();

    @Message
    String number_label();

    @Message
    String proposed_wording_label();

    @Message
    String public_page();

    @Message
    String public_table();

    @Message
    String publish();

    @Message
    String publish_consequence();

    @Message
    String publish_heading(int number);

    @Message
    String publish_link();

    @Message
    String published_read_only();

    @Message
    String published_version(int number);

    @Message
    String recommendation_label(long id);

    @Message
    String recommendations_legend();

    @Message
    String recommendations_none();

    @Message
    String recommendations_unavailable();

    @Message
    String remove_unit();

    @Message
    String remove_unit_consequence();

    @Message
    String remove_unit_heading();

    @Message
    String rows_empty();

    @Message
    String rows_heading();

    @Message
    String status_editing();

    @Message
    String status_published();

    @Message
    String table_against(int previous);

    @Message
    String table_download();

    @Message
    String table_link();

    @Message
    String table_title(int number);

    @Message
    String text_import();

    @Message
    String text_import_heading();

    @Message
    String text_import_intro();

    @Message
    String text_label();

    @Message
    String title_legend();

    @Message
    String units_empty();

    @Message
    String units_heading();

    @Message
    String use_as_justification();

    @Message
    String use_heading();

    @Message
    String version_label(int number, String status);

    @Message
    String version_title(int number);

    @Message
    String versions_label();

    @Message
    String warnings_heading(int count);
}
