package org.pikir.feedback.analysis.item;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Which of a forum's comments and recommendations an analyst looks at (GET /items) or tags in bulk (POST /tags). Every
 * field is optional. {@code status}: the item's visibility, PUBLISHED by default; {@code listed} is PUBLISHED and
 * HIDDEN; {@code all} every status but DELETED. {@code theme}: tagged with it, confirmed or suggested.
 * {@code untagged}: no confirmed theme and not marked no-theme (false: the opposite, analysed). {@code suggested}: has
 * (or has no) unconfirmed suggested tag. {@code noTheme}: marked (or not) analysed-without-theme. {@code campaign}: a
 * member of that campaign (comments only). {@code q}: a case-insensitive substring of the title or text.
 */
public record ItemFilter(
        @Pattern(regexp = "COMMENT|RECOMMENDATION", message = "is not COMMENT or RECOMMENDATION") String type,
        @Pattern(regexp = "kk|ru|en", message = "is not kk, ru or en") String language,
        @Pattern(regexp = "PENDING|PUBLISHED|HIDDEN|REJECTED|listed|all", message = "is not a visibility, listed or all")
        String status,
        Long theme,
        Boolean untagged,
        Boolean suggested,
        Boolean noTheme,
        Long campaign,
        Long draftId,
        @Size(max = 100) String article,
        @Size(max = 200) String q) {

    public static final ItemFilter NONE = new ItemFilter(null, null, null, null, null, null, null, null, null, null,
            null);
}
