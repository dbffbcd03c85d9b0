package org.pikir.feedback.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.ContentLanguage;

/** What a citizen may change about their profile; the e-mail address comes from the token, never from here. */
public record ProfileRequest(
        @NotNull @Size(max = 200) String displayName,
        @NotNull @Pattern(regexp = ContentLanguage.PATTERN, message = "must be kk, ru or en") String language,
        @NotNull Boolean emailNotifications) {
}
