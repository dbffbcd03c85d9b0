package org.pikir.feedback.analysis.theme;

import org.pikir.platform.text.Multilingual;

import java.util.Map;

/** A theme's name (at least one of kk, ru, en; each ≤ 120) and optional description (each ≤ 2000). */
public record ThemeRequest(@Multilingual(max = 120) Map<String, String> name,
                           @Multilingual(max = 2000, required = false) Map<String, String> description) {
}
