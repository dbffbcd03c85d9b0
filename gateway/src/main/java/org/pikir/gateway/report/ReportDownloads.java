package org.pikir.gateway.report;

import org.pikir.gateway.web.UiLanguage;

import java.util.List;

/** Where the report's printable page and its PDF in each language are. */
public record ReportDownloads(String printHref, List<Pdf> pdfs) {

    /** The PDF in one language, named in that language. */
    public record Pdf(String href, String lang, String language) {
    }

    /** For the report page at {@code reportPath} ({@code /forums/{slug}/report}). */
    static ReportDownloads of(String reportPath) {
        return new ReportDownloads(reportPath + "/print", UiLanguage.CODES.stream()
                .map(code -> new Pdf(reportPath + ".pdf?" + UiLanguage.QUERY_PARAMETER + "=" + code, code,
                        UiLanguage.nativeName(code)))
                .toList());
    }
}
