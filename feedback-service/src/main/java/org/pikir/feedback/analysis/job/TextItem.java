package org.pikir.feedback.analysis.job;

/** One citizen text handed to the analysis engines: {@code type} is {@code COMMENT} or {@code RECOMMENDATION}. */
public record TextItem(String type, long id, String language, String text) {
}
