package org.pikir.events.draft;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pikir.events.material.AcceptedFileTypes;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * Reads a draft's text from an uploaded .docx, .txt or .md file into placed units, refusing with a problem that names
 * {@code file} what cannot be a draft: another type, a file whose name, type and content disagree (the materials'
 * checks), more than 5 MB, or a text in which no numbered unit is recognised.
 */
final class DraftImport {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_UNITS = 20_000;
    static final int NUMBER_MAX = 100;
    static final int HEADING_MAX = 2_000;
    static final int TEXT_MAX = 20_000;
    private static final Set<String> EXTENSIONS = Set.of("docx", "txt", "md", "markdown");

    private DraftImport() {
    }

    static List<DraftUnit> read(FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw fileProblem(422, "is required: a .docx, .txt or .md file");
        }
        if (file.size() > MAX_BYTES) {
            throw fileProblem(413, "must be at most 5 MB");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("An uploaded file could not be read", e);
        }
        return read(file.fileName(), file.contentType(), bytes);
    }

    static List<DraftUnit> read(String fileName, String declaredType, byte[] bytes) {
        String extension = AcceptedFileTypes.extensionOf(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw fileProblem(415, "must be a .docx, .txt or .md file");
        }
        if (bytes.length == 0) {
            throw fileProblem(422, "is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw fileProblem(413, "must be at most 5 MB");
        }
        try {
            AcceptedFileTypes.mediaTypeOf(fileName, declaredType, bytes);
        } catch (ProblemException refused) {
            throw new ProblemException(refused.problem().withErrors(List.of(
                    new Problem.FieldError("file", refused.problem().detail()))));
        }
        List<DraftUnit> units;
        if (extension.equals("docx")) {
            try {
                units = DraftTextParser.parse(DocxLines.read(bytes));
            } catch (IOException e) {
                throw fileProblem(422, "is not a Word document that can be read");
            }
        } else {
            units = DraftTextParser.parseText(new String(bytes, StandardCharsets.UTF_8), !extension.equals("txt"));
        }
        return checked(units);
    }

    private static List<DraftUnit> checked(List<DraftUnit> units) {
        if (units.stream().noneMatch(u -> u.kind() != UnitKind.TEXT)) {
            throw fileProblem(422, "has no numbered part, chapter, article, paragraph or sub-point that could be "
                    + "recognised (such as \"Статья 1.\", \"1-бап.\", \"Article 1\" or \"1.\")");
        }
        if (units.size() > MAX_UNITS) {
            throw fileProblem(422, "has more than " + MAX_UNITS + " units");
        }
        for (DraftUnit unit : units) {
            if (unit.number() != null && unit.number().length() > NUMBER_MAX) {
                throw fileProblem(422, "has a number longer than " + NUMBER_MAX + " characters: "
                        + unit.number().substring(0, 40) + "…");
            }
            if (unit.heading() != null && unit.heading().length() > HEADING_MAX) {
                throw fileProblem(422, "has a heading longer than " + HEADING_MAX + " characters at " + unit.number());
            }
            if (unit.text().length() > TEXT_MAX) {
                throw fileProblem(422, "has a unit longer than " + TEXT_MAX + " characters"
                        + (unit.number() == null ? "" : " at " + unit.number()));
            }
        }
        return DraftStructure.placed(units);
    }

    static ProblemException fileProblem(int status, String message) {
        String title = switch (status) {
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> "Invalid request";
        };
        String type = switch (status) {
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "validation";
        };
        return new ProblemException(Problem.of(type, title, status, "The file " + message + ".").withErrors(List.of(new Problem.FieldError("file", message))));
    }
}
