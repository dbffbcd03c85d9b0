package org.pikir.feedback.analysis.suggest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.analysis.job.AnalysisTask;
import org.pikir.feedback.analysis.job.JobContext;
import org.pikir.feedback.analysis.job.TextItem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SUGGEST_THEMES: drafts themes from the forum's listed comments and recommendations (or those on one draft, or one
 * article of it) and replaces the forum's SUGGESTED themes with them in one transaction: new themes with their terms,
 * their members tagged as suggested (with their similarity as score), three quotes each and their centroid. Themes
 * staff accepted, and themes another theme was merged into, are kept. Items are read with a JDBC fetch size, so the
 * database streams them; the engine holds them in memory (a few hundred bytes each).
 */
@ApplicationScoped
public class SuggestThemesTask implements AnalysisTask {

    public static final String KIND = "SUGGEST_THEMES";
    private static final int FETCH_SIZE = 1000;

    private final DataSource dataSource;
    private final SuggestedThemeWriter writer;
    private final SuggestionsConfig config;

    public SuggestThemesTask(DataSource dataSource, SuggestedThemeWriter writer, SuggestionsConfig config) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.config = config;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) throws SQLException {
        Map<String, String> parameters = context.parameters();
        Long draftId = parameters.containsKey("draftId") ? Long.valueOf(parameters.get("draftId")) : null;
        String article = parameters.get("article");
        List<TextItem> items = read(context.eventSlug(), draftId, article, context);
        if (items == null) {
            return;
        }
        long total = items.size();
        context.progress(0, total);
        ThemeSuggester suggester = parameters.containsKey("themes")
                ? new ThemeSuggester(Integer.parseInt(parameters.get("themes")),
                        Integer.parseInt(parameters.get("themes")), config.seed())
                : new ThemeSuggester(config.minThemes(), config.maxThemes(), config.seed());
        // the engine's percent is shown as items of the total, as the console's progress bar says "4,200 of 10,000"
        List<SuggestedTheme> themes = suggester.themes(items,
                percent -> context.progress(total * Math.min(percent, 99) / 100, total), context::cancelled);
        if (context.cancelled()) {
            return;
        }
        writer.replace(context.eventSlug(), themes, "analysis-job-" + context.jobId());
        context.progress(total, total);
    }

    /** The items to analyse, or null when the job was cancelled while reading. */
    private List<TextItem> read(String eventSlug, Long draftId, String article, JobContext context)
            throws SQLException {
        String onDraft = draftId == null ? "" : " and draft_id = ?" + (article == null ? "" : " and article_key = ?");
        String sql = "select 'COMMENT', id, language, body from comment where event_slug = ?"
                + " and status in ('PUBLISHED', 'HIDDEN')" + onDraft
                + " union all select 'RECOMMENDATION', id, language, title || '. ' || body from recommendation"
                + " where event_slug = ? and visibility in ('PUBLISHED', 'HIDDEN')" + onDraft;
        List<TextItem> items = new ArrayList<>();
        // a cursor streams only inside a transaction (PostgreSQL JDBC), and needs no more than this read
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                int at = 1;
                for (int side = 0; side < 2; side++) {
                    statement.setString(at++, eventSlug);
                    if (draftId != null) {
                        statement.setLong(at++, draftId);
                        if (article != null) {
                            statement.setString(at++, article);
                        }
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        items.add(new TextItem(rows.getString(1), rows.getLong(2), rows.getString(3),
                                rows.getString(4)));
                        if (items.size() % 10_000 == 0 && context.cancelled()) {
                            return null;
                        }
                    }
                }
            }
            return items;
        });
    }
}
