package org.pikir.gateway.draft;

import org.pikir.gateway.forum.CommentPlace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article's page as a place feedback is listed at ({@code draft}, {@code article}, {@code v} when not the newest
 * version): the report form carries it, finds the comment again among the article's threads, and comes back to the
 * article instead of the forum page. Values that could not be a draft or an article make no place.
 */
public record ArticlePlace(long draftId, String article, Integer version) {

    public static final String DRAFT = "draft";
    public static final String ARTICLE = "article";
    public static final String VERSION = "v";

    public static Optional<ArticlePlace> of(String draft, String article, String version) {
        if (draft == null || !draft.matches("[1-9][0-9]{0,17}") || !DraftReading.possibleKey(article)) {
            return Optional.empty();
        }
        Integer v = version != null && version.matches("[1-9][0-9]{0,4}") ? Integer.valueOf(version) : null;
        return Optional.of(new ArticlePlace(Long.parseLong(draft), article, v));
    }

    static ArticlePlace of(DraftContext draft, String article) {
        return new ArticlePlace(draft.draftId(), article, draft.currentVersion() ? null : draft.version());
    }

    /** As hidden form fields. */
    public List<CommentPlace.Field> fields() {
        List<CommentPlace.Field> fields = new ArrayList<>();
        fields.add(new CommentPlace.Field(DRAFT, String.valueOf(draftId)));
        fields.add(new CommentPlace.Field(ARTICLE, article));
        if (version != null) {
            fields.add(new CommentPlace.Field(VERSION, version.toString()));
        }
        return fields;
    }

    /** As query parameters. */
    public String query() {
        return String.join("&", fields().stream().map(f -> f.name() + "=" + f.value()).toList());
    }

    /**
     * The article's page on {@code slug}, at its threads from {@code after} (null: the first), with one more
     * parameter such as {@code notice=flagged} when given.
     */
    public String href(String slug, String after, String parameter) {
        List<String> query = new ArrayList<>();
        if (version != null) {
            query.add(VERSION + "=" + version);
        }
        if (after != null) {
            query.add("cafter=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        if (parameter != null) {
            query.add(parameter);
        }
        String path = DraftContext.pathOf(slug, draftId) + "/articles/" + article;
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }
}
