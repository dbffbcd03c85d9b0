package org.pikir.gateway.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF writer alone: Kazakh letters in an embedded font, the same bytes for the same page, nothing fetched. */
class ReportPdfTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="kk" xml:lang="kk">
            <head><meta charset="utf-8" /><title>Есеп</title><link rel="stylesheet" href="/css/report-print.css" /></head>
            <body><h1>Не естідік</h1><p>әғқңөұүһі ӘҒҚҢӨҰҮҺІ</p>
            <img src="http://192.0.2.1/tracker.png" alt="" /></body>
            </html>""";

    @Test
    void everyKazakhLetterIsWrittenInTheEmbeddedFont() throws IOException {
        byte[] pdf = new ReportPdf().render(PAGE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document), containsString("әғқңөұүһі ӘҒҚҢӨҰҮҺІ"));
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            assertThat(fonts, everyItem(containsString("DejaVuSans")));
        }
    }

    @Test
    void theSamePageGivesTheSameBytes() {
        assertArrayEquals(new ReportPdf().render(PAGE), new ReportPdf().render(PAGE));
        assertThat(new ReportPdf().render(PAGE.replace("Не естідік", "Не естідік?")),
                not(equalTo(new ReportPdf().render(PAGE))));
    }

    @Test
    void onlyTheGatewaysOwnStylesheetsAreRead() {
        assertThat(ReportPdf.resolve("pikir:/", "/css/report-print.css"), equalTo("pikir:/css/report-print.css"));
        assertThat(ReportPdf.resolve("pikir:/", "http://192.0.2.1/tracker.png"), nullValue());
        assertThat(ReportPdf.resolve("pikir:/", "file:///etc/passwd"), nullValue());
        assertThat(ReportPdf.resolve("pikir:/", "/css/../../application.properties"), nullValue());
        assertThat(ReportPdf.resolve("pikir:/", "/forums/x/comments/1"), nullValue());
    }
}
