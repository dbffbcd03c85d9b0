package org.pikir.gateway.report;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lays out the report's print page (strict XHTML) as a PDF with openhtmltopdf. Its only font is DejaVu Sans, read
 * from the classpath (the jasperreports-fonts jar) and embedded as a subset: it has every Kazakh Cyrillic letter,
 * which the PDF standard fonts lack. Nothing is fetched while rendering: the stylesheet comes from the gateway's
 * own static resources and any other address resolves to nothing. The same page gives the same bytes (the
 * document id is derived from the page, no creation time is written), so a PDF can carry its page's ETag.
 */
@ApplicationScoped
public class ReportPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final String STATIC = "META-INF/resources";
    private static final String OWN = "pikir";

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private volatile List<byte[]> fonts;

    /** The PDF of {@code xhtml}, a well-formed document whose stylesheets are under {@code /css/}. */
    public byte[] render(String xhtml) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        List<byte[]> faces = fonts();
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            byte[] font = faces.get(i);
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, face.weight(), face.style(), true);
        }
        builder.useUriResolver(ReportPdf::resolve);
        builder.useProtocolsStreamImplementation(ReportPdf::open, OWN);
        builder.withHtmlContent(xhtml, OWN + ":/");
        builder.withProducer("Pikir");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                pdf.setDocumentId((long) xhtml.hashCode());
                // the time of rendering would make each rendering of one page different bytes
                pdf.getDocumentInformation().setCreationDate(null);
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the report's PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** A stylesheet of the gateway's own ({@code /css/...}) is read from the classpath; nothing else is read. */
    static String resolve(String base, String uri) {
        if (uri == null) {
            return null;
        }
        if (uri.startsWith(OWN + ":/")) {
            return uri;
        }
        return uri.matches("/css/[a-z-]+\\.css") ? OWN + ":" + uri : null;
    }

    private static FSStream open(String url) {
        String path = STATIC + url.substring(OWN.length() + 1);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return ReportPdf.class.getClassLoader().getResourceAsStream(path);
            }

            @Override
            public Reader getReader() {
                InputStream in = getStream();
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }

    private List<byte[]> fonts() {
        List<byte[]> read = fonts;
        if (read == null) {
            read = FACES.stream().map(face -> {
                try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONTS + face.file())) {
                    if (in == null) {
                        throw new IllegalStateException("the font " + face.file() + " is not on the classpath");
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            fonts = read;
        }
        return read;
    }
}
