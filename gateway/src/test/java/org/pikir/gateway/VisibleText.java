package org.pikir.gateway;

import java.util.List;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** What a reader sees of a page: its text without tags and attributes (where a link's address or an option's value is). */
public final class VisibleText {

    /**
     * A stubbed topic's slug ({@code stubs/topics.json}) that no text of the pages contains as a word of its own, unlike
     * the slugs that are also English words ("referendum" is in the forum's English summary).
     */
    public static final String TOPIC_SLUG = "public-administration";

    private VisibleText() {
    }

    public static String of(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
    }

    /** Fails when one of {@code slugs} (by default {@link #TOPIC_SLUG}) is shown as a word of the page. */
    public static void assertNoTopicSlug(String html, String page, String... slugs) {
        String text = of(html);
        for (String slug : slugs.length == 0 ? List.of(TOPIC_SLUG) : List.of(slugs)) {
            assertThat(page + " shows the raw slug " + slug,
                    Pattern.compile("(?<![\\w-])" + Pattern.quote(slug) + "(?![\\w-])").matcher(text).find(), is(false));
        }
    }
}
