package org.pikir.gateway.admin;

import org.pikir.gateway.report.YouSaidMessages;
import org.pikir.gateway.report.YouSaidWeDid;
import org.pikir.gateway.web.UiLanguage;

import java.math.RoundingMode;
import java.text.NumberFormat;

/**
 * An item's spam score as the moderation queue shows it: "likely spam: high (0.92)". The words say how to read the
 * number; the number is always shown, and the score never hides anything by itself. {@code level} names its class.
 */
public record SpamScore(String level, String text) {

    static final double HIGH = 0.8;
    static final double MEDIUM = 0.5;

    /** Null when feedback-service has not scored the item. */
    static SpamScore of(Double score, String lang) {
        if (score == null) {
            return null;
        }
        NumberFormat number = NumberFormat.getNumberInstance(UiLanguage.locale(lang));
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        number.setRoundingMode(RoundingMode.HALF_UP);
        String value = number.format(score);
        YouSaidMessages ysd = YouSaidWeDid.messages(lang);
        if (score >= HIGH) {
            return new SpamScore("high", ysd.spam_high(value));
        }
        return score >= MEDIUM ? new SpamScore("medium", ysd.spam_medium(value)) : new SpamScore("low", ysd.spam_low(value));
    }
}
