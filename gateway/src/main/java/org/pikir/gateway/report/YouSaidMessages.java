package org.pikir.gateway.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of "you said, we did" (the report's themes, its printable page and PDF) and of the moderation queue's
 * spam scores and campaigns; they are in {@code messages/ysd_{kk,ru,en}.properties}.
 */
@MessageBundle(value = "ysd", locale = "en")
public interface YouSaidMessages {

    @Message
    String heading();

    @Message
    String intro();

    @Message
    String empty();

    @Message
    String theme_counts(long comments, long recommendations);

    @Message
    String quotes_heading();

    @Message
    String quote_comment();

    @Message
    String quote_recommendation();

    @Message
    String response_heading();

    @Message
    String response_pending();

    @Message
    String responded_at(String date);

    @Message
    String dispositions_heading();

    @Message
    String dispositions_none();

    @Message
    String campaigns(long submissions, long groups);

    @Message
    String print_heading();

    @Message
    String print_link();

    @Message
    String pdf_link();

    @Message
    String print_address(String address);

    @Message
    String chart_table_label();

    @Message
    String chart_table_count();

    @Message
    String spam_high(String score);

    @Message
    String spam_medium(String score);

    @Message
    String spam_low(String score);

    @Message
    String spam_hint();

    @Message
    String campaign_member(long size);

    @Message
    String order_label();

    @Message
    String order_score();

    @Message
    String order_oldest();

    @Message
    String campaign_title(long count);

    @Message
    String campaign_forum(String forum);

    @Message
    String campaign_period(String first, String last);

    @Message
    String campaign_representative();

    @Message
    String campaign_by_status();

    @Message
    String campaign_members();

    @Message
    String campaign_members_empty();

    @Message
    String campaign_more();

    @Message
    String campaign_bulk_heading();

    @Message
    String campaign_bulk_hint(long count);

    @Message
    String campaign_submit();

    @Message
    String campaign_done(long affected);

    @Message
    String campaign_back();

    @Message
    String campaign_analysis();

    @Message
    String campaign_not_found();

    @Message
    String campaign_col_author();

    @Message
    String campaign_col_time();

    @Message
    String campaign_col_status();

    @Message
    String campaign_col_text();
}
