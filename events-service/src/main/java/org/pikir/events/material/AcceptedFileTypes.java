package org.pikir.events.material;

import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The file formats a material may have. The file name's extension, the declared media type and the
 * first bytes must all agree, so a renamed executable or web page is refused rather than republished.
 */
public final class AcceptedFileTypes {

    static final String PDF = "application/pdf";
    static final String PLAIN_TEXT = "text/plain";
    static final String MARKDOWN = "text/markdown";
    static final List<String> TEXT = List.of(PLAIN_TEXT, MARKDOWN);

    private record FileType(String mediaType, Set<String> declaredAs, Predicate<byte[]> content, String what) {
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String ODP = "application/vnd.oasis.opendocument.presentation";
    private static final String CSV = "text/csv";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int PDF_HEADER_WINDOW = 1024;
    /** Generic types browsers and tools send when they do not know better; the extension decides then. */
    private static final Set<String> UNSPECIFIC = Set.of("", "application/octet-stream", "binary/octet-stream");
    private static final List<String> MARKUP_STARTS = List.of("<!doctype", "<html", "<head", "<body", "<script",
            "<iframe", "<svg", "<?xml");

    private static final FileType PDF_TYPE = new FileType(PDF, Set.of(PDF, "application/x-pdf"),
            b -> indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0, "a PDF document");
    private static final FileType JPEG_TYPE = new FileType("image/jpeg", Set.of("image/jpeg", "image/jpg", "image/pjpeg"),
            b -> startsWith(b, JPEG), "a JPEG image");
    private static final FileType MARKDOWN_TYPE = new FileType(MARKDOWN, Set.of(MARKDOWN, "text/x-markdown", PLAIN_TEXT),
            AcceptedFileTypes::isPlainText, "UTF-8 text");

    private static final Map<String, FileType> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF_TYPE),
            Map.entry("docx", new FileType(DOCX, Set.of(DOCX), b -> startsWith(b, ZIP), "a Word document")),
            Map.entry("doc", new FileType("application/msword", Set.of("application/msword"),
                    b -> startsWith(b, OLE), "a Word 97-2003 document")),
            Map.entry("pptx", new FileType(PPTX, Set.of(PPTX), b -> startsWith(b, ZIP), "a PowerPoint presentation")),
            Map.entry("ppt", new FileType("application/vnd.ms-powerpoint", Set.of("application/vnd.ms-powerpoint"),
                    b -> startsWith(b, OLE), "a PowerPoint 97-2003 presentation")),
            Map.entry("xlsx", new FileType(XLSX, Set.of(XLSX), b -> startsWith(b, ZIP), "an Excel workbook")),
            Map.entry("odt", new FileType(ODT, Set.of(ODT), b -> isOpenDocument(b, ODT), "an OpenDocument text")),
            Map.entry("odp", new FileType(ODP, Set.of(ODP), b -> isOpenDocument(b, ODP), "an OpenDocument presentation")),
            Map.entry("txt", new FileType(PLAIN_TEXT, Set.of(PLAIN_TEXT), AcceptedFileTypes::isPlainText, "UTF-8 text")),
            Map.entry("md", MARKDOWN_TYPE),
            Map.entry("markdown", MARKDOWN_TYPE),
            Map.entry("csv", new FileType(CSV, Set.of(CSV, "text/x-csv", "application/csv", PLAIN_TEXT,
                    "application/vnd.ms-excel"), AcceptedFileTypes::isPlainText, "UTF-8 text")),
            Map.entry("png", new FileType("image/png", Set.of("image/png"), b -> startsWith(b, PNG), "a PNG image")),
            Map.entry("jpg", JPEG_TYPE),
            Map.entry("jpeg", JPEG_TYPE),
            Map.entry("webp", new FileType("image/webp", Set.of("image/webp"), AcceptedFileTypes::isWebp, "a WebP image")));

    private AcceptedFileTypes() {
    }

    /** The media type to store and serve the file with, or a 415 problem saying why it is refused. */
    public static String mediaTypeOf(String fileName, String declaredType, byte[] content) {
        if (isExecutable(content)) {
            throw unsupported("'" + fileName + "' is a program; programs cannot be published as materials.");
        }
        FileType type = BY_EXTENSION.get(extensionOf(fileName));
        if (type == null) {
            throw unsupported("'" + fileName + "' is not an accepted kind of file. Accepted: " + acceptedExtensions() + ".");
        }
        String declared = declaredType == null ? "" : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!UNSPECIFIC.contains(declared) && !type.declaredAs().contains(declared)) {
            throw unsupported("'" + fileName + "' was sent as " + declared + ", which does not match its name.");
        }
        if (!type.content().test(content)) {
            throw unsupported("'" + fileName + "' is not " + type.what() + " as its name says.");
        }
        return type.mediaType();
    }

    static String acceptedExtensions() {
        return String.join(", ", new TreeSet<>(BY_EXTENSION.keySet()));
    }

    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(Problem.of("unsupported-media-type", "Unsupported media type", 415, detail));
    }

    private static boolean isExecutable(byte[] b) {
        // a DOS/Windows header always has NUL bytes early; plain text that happens to open with "MZ" has none
        return startsWith(b, new byte[] {'M', 'Z'}) && indexOf(b, new byte[] {0}, 64) >= 0
                || startsWith(b, new byte[] {0x7F, 'E', 'L', 'F'})
                || startsWith(b, new byte[] {'#', '!', '/'})
                || startsWith(b, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE})
                || startsWith(b, new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE})
                || startsWith(b, new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF})
                || startsWith(b, new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || startsWith(b, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE});
    }

    /** Valid UTF-8 without NUL bytes that does not open like a web page or an SVG. */
    private static boolean isPlainText(byte[] b) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        String start = text.replaceFirst("^\uFEFF", "").stripLeading();
        String opening = start.substring(0, Math.min(start.length(), 16)).toLowerCase(Locale.ROOT);
        return MARKUP_STARTS.stream().noneMatch(opening::startsWith);
    }

    /** An OpenDocument package names its own media type in its first, uncompressed entry. */
    private static boolean isOpenDocument(byte[] b, String mediaType) {
        return startsWith(b, ZIP) && indexOf(b, mediaType.getBytes(StandardCharsets.US_ASCII), 128) >= 0;
    }

    private static boolean isWebp(byte[] b) {
        return b.length >= 12 && startsWith(b, new byte[] {'R', 'I', 'F', 'F'})
                && Arrays.equals(b, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] b, byte[] needle, int window) {
        int last = Math.min(b.length, window) - needle.length;
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(b, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
