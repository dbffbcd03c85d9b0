package org.pikir.feedback.analysis.dashboard;

import org.pikir.feedback.analysis.theme.ThemeStatus;

import java.util.List;
import java.util.Map;

/**
 * How far the analysis of a forum's listed items (published or hidden) has come. An item is analysed once it has a
 * confirmed theme or is marked as having none; {@code suggestedOnly} items have only the machine's suggestions;
 * {@code share} is analysed / total (0 to 1). {@code themes}: the accepted and suggested themes.
 */
public record DashboardResponse(String eventSlug, long total, long analysed, long noTheme, long suggestedOnly,
                                double share, Map<String, Progress> byLanguage, Map<String, Progress> bySource,
                                List<ThemeCount> themes) {

    public record Progress(long total, long analysed) {
    }

    public record ThemeCount(long id, Map<String, String> name, ThemeStatus status, long itemCount,
                             long suggestedCount) {
    }
}
