package org.pikir.feedback.analysis.campaign;

import org.pikir.platform.web.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A keyset position in the largest-first list of campaigns: the last campaign's member count and id. */
record CampaignCursor(int memberCount, long id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((memberCount + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static CampaignCursor decode(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8)
                    .split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(value);
            }
            return new CampaignCursor(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidParameterException(parameter, "is not a cursor from this list");
        }
    }
}
