package org.pikir.gateway.forum;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the public change history for the forum editor's newer corrections; in
 * {@code messages/hist_{kk,ru,en}.properties}. A bundle of its own because {@code msg} is at Qute's limit: with
 * more than 300 messages in one bundle (Quarkus 3.33.2), some of its keys render as "NOT_FOUND".
 */
@MessageBundle(value = "hist", locale = "en")
public interface HistoryMessages {

    @Message
    String action_material_edited();

    @Message
    String action_materials_reordered();

    @Message
    String action_draft_created();

    @Message
    String action_draft_text_replaced();

    @Message
    String action_draft_unit_edited();

    @Message
    String action_draft_unit_removed();

    @Message
    String action_draft_version_published();

    @Message
    String action_draft_version_started();

    @Message
    String action_draft_table_row_saved();

    @Message
    String field_language();
}
