package org.pikir.gateway.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft text cut for pages: its articles in order, each with the units that belong to it (the parts and chapters
 * that open it included), and the units before the first article. Pages show 20 articles at a time.
 */
final class DraftUnits {

    static final int ARTICLES_PER_PAGE = 20;

    /** The units before the first article (a preamble, a first chapter heading is with its article). */
    final List<DraftTextResponse.Unit> front = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    private final Map<String, DraftTextResponse.Unit> byKey = new HashMap<>();

    /** An article's own unit and the units shown with it: the headings before it, its paragraphs after. */
    record Article(DraftTextResponse.Unit unit, List<DraftTextResponse.Unit> units) {
    }

    private DraftUnits() {
    }

    static DraftUnits of(DraftTextResponse text) {
        DraftUnits cut = new DraftUnits();
        List<DraftTextResponse.Unit> waiting = new ArrayList<>();
        List<DraftTextResponse.Unit> current = null;
        for (DraftTextResponse.Unit unit : text.units()) {
            if (unit.key() != null) {
                cut.byKey.putIfAbsent(unit.key(), unit);
            }
            if (unit.article()) {
                current = new ArrayList<>(waiting);
                waiting.clear();
                current.add(unit);
                cut.articles.add(new Article(unit, current));
            } else if (unit.articleKey() != null && current != null) {
                current.add(unit);
            } else if (current == null && !"PART".equals(unit.kind()) && !"CHAPTER".equals(unit.kind())) {
                cut.front.add(unit);
            } else {
                waiting.add(unit);
            }
        }
        if (current != null) {
            current.addAll(waiting);
        } else {
            cut.front.addAll(waiting);
        }
        return cut;
    }

    int pageCount() {
        return Math.max(1, (articles.size() + ARTICLES_PER_PAGE - 1) / ARTICLES_PER_PAGE);
    }

    /** The 1-based page article number {@code index} (0-based) is on. */
    static int pageOf(int index) {
        return index / ARTICLES_PER_PAGE + 1;
    }

    List<Article> page(int page) {
        int from = Math.min(articles.size(), (page - 1) * ARTICLES_PER_PAGE);
        return articles.subList(from, Math.min(articles.size(), from + ARTICLES_PER_PAGE));
    }

    java.util.Optional<Article> article(String key) {
        return articles.stream().filter(a -> key.equals(a.unit().key())).findFirst();
    }

    java.util.Optional<DraftTextResponse.Unit> unit(String key) {
        return java.util.Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** "Статья 12. Право на труд", "1.", "Глава 2 Общие положения". */
    static String label(String number, String heading) {
        String n = number == null ? "" : number.strip();
        String h = heading == null ? "" : heading.strip();
        if (h.isEmpty()) {
            return n;
        }
        if (n.isEmpty()) {
            return h;
        }
        return n + (n.endsWith(".") ? " " : ". ") + h;
    }
}
