package org.pikir.feedback.analysis.theme;

import org.pikir.platform.text.Multilingual;

import java.util.Map;

/** The public official response to a theme, per language (each ≤ 5000); none or only blank texts remove it. */
public record ThemeAnswerRequest(@Multilingual(max = 5000, required = false) Map<String, String> text) {
}
