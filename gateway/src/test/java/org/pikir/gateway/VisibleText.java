package org.pikir.gateway;

import java.util.List;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** What a reader sees of a page: its text without tags and attributes (where a link's address or an option's value is). */
public final class VisibleText {

    /** The stubbed topics' slugs ({@code stubs/topics.json}); a page names them, never shows them. */
    public static final List<String> TOPIC_SLUGS = List.of("constitution", "referendum", "public-administration", "budget");

    private VisibleText() {
    }

    public static String of(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
    }

    /** Fails when a topic's slug is shown as a word of the page. */
    public static void assertNoTopicSlug(String html, String page) {
        String text = of(html);
        for (String slug : TOPIC_SLUGS) {
            assertThat(page + " shows the raw slug " + slug,
                    Pattern.compile("(?<![\\w-])" + Pattern.quote(slug) + "(?![\\w-])").matcher(text).find(), is(false));
        }
    }
}
