package org.pikir.feedback.export;

/** The files staff can export for an event. */
public enum ExportFile {
    COMMENTS_CSV("comments.csv"),
    COMMENTS_JSON("comments.json"),
    RECOMMENDATIONS_CSV("recommendations.csv"),
    RECOMMENDATIONS_JSON("recommendations.json");

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String JSON = "application/json";

    private final String fileName;

    ExportFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    boolean csv() {
        return fileName.endsWith(".csv");
    }

    boolean comments() {
        return this == COMMENTS_CSV || this == COMMENTS_JSON;
    }

    public String mediaType() {
        return csv() ? CSV : JSON;
    }
}
