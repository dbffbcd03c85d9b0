package org.pikir.gateway.admin.analysis;

import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.web.UiLanguage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The analysis list's filters as the page's address carries them, cleaned (anything else is dropped rather than sent
 * on): type, language, visibility ({@code all} or the listed items), theme, untagged, suggested, no theme, campaign,
 * words to look for, and the keyset cursor of the page.
 */
public record ItemFilter(String type, String language, String status, Long theme, boolean untagged,
                         boolean suggested, boolean noTheme, Long campaign, String q, String after) {

    static final Set<String> TYPES = Set.of("COMMENT", "RECOMMENDATION");
    /** Visibilities other than the default (published); {@code all} is every one but deleted. */
    static final List<String> STATUSES = List.of("HIDDEN", "PENDING", "REJECTED", "all");
    static final int MAX_WORDS = 200;
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=-]{1,300}");

    static ItemFilter of(String type, String language, String status, String theme, String untagged,
                         String suggested, String noTheme, String campaign, String q, String after) {
        String words = AdminForms.strip(q);
        return new ItemFilter(type != null && TYPES.contains(type) ? type : null,
                language != null && UiLanguage.CODES.contains(language) ? language : null,
                status != null && STATUSES.contains(status) ? status : null, AdminForms.id(theme), "true".equals(untagged),
                "true".equals(suggested), "true".equals(noTheme), AdminForms.id(campaign),
                words.isEmpty() ? null : words.substring(0, Math.min(words.length(), MAX_WORDS)),
                after != null && CURSOR.matcher(after).matches() ? after : null);
    }

    /** The theme as the filter's select has it. */
    public String themeValue() {
        return theme == null ? null : theme.toString();
    }

    ItemFilter after(String cursor) {
        return new ItemFilter(type, language, status, theme, untagged, suggested, noTheme, campaign, q, cursor);
    }

    ItemFilter firstPage() {
        return after(null);
    }

    /** The filter as feedback-service's bulk tagging takes it (the items it stands for, not a page of them). */
    Map<String, Object> asRequest() {
        Map<String, Object> filter = new LinkedHashMap<>();
        put(filter, "type", type);
        put(filter, "language", language);
        put(filter, "status", status);
        put(filter, "theme", theme);
        put(filter, "untagged", untagged ? Boolean.TRUE : null);
        put(filter, "suggested", suggested ? Boolean.TRUE : null);
        put(filter, "noTheme", noTheme ? Boolean.TRUE : null);
        put(filter, "campaign", campaign);
        put(filter, "q", q);
        return filter;
    }

    /** The query of this filter's address ({@code ?…}, or empty), with {@code extra} parameters appended. */
    String query(String... extra) {
        List<String> query = new ArrayList<>();
        asRequest().forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(String.valueOf(value),
                StandardCharsets.UTF_8)));
        if (after != null) {
            query.add("after=" + after);
        }
        query.addAll(List.of(extra));
        return query.isEmpty() ? "" : "?" + String.join("&", query);
    }

    private static void put(Map<String, Object> filter, String name, Object value) {
        if (value != null) {
            filter.put(name, value);
        }
    }
}
