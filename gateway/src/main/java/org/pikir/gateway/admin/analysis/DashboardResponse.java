package org.pikir.gateway.admin.analysis;

import java.util.List;
import java.util.Map;

/** How much of a forum's listed feedback has been analysed, overall, by language and by source. */
public record DashboardResponse(String eventSlug, long total, long analysed, long noTheme, long suggestedOnly,
                                double share, Map<String, Count> byLanguage, Map<String, Count> bySource,
                                List<ThemeCount> themes) {

    public DashboardResponse {
        byLanguage = byLanguage == null ? Map.of() : byLanguage;
        bySource = bySource == null ? Map.of() : bySource;
        themes = themes == null ? List.of() : themes;
    }

    public record Count(long total, long analysed) {
    }

    public record ThemeCount(long id, Map<String, String> name, String status, long itemCount, long suggestedCount) {
    }
}
