package vn.vanban.docx4j.check;

import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;
import vn.vanban.model.DocumentType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a DOCX or PDF, ours or anyone's, against the presentation rules of Decree 30/2020/NĐ-CP
 * ({@link Rules#all()}): a DOCX read with docx4j, its paragraphs' properties resolved through the
 * styles; a PDF read with PDFBox.
 * <pre>{@code
 * CheckReport report = Checker.check(Path.of("plan.docx"));                 // a Kế hoạch
 * CheckReport letter = Checker.check(Path.of("cv.pdf"), DocumentType.CONG_VAN);
 * System.out.print(report.text());                                          // one finding a line
 * System.exit(report.exitCode());                                           // 0 clean, 1 findings
 * }</pre>
 * The measures come from the layout profile the writers use, with the decree's range where the
 * profile's value is one choice inside it. A checker is immutable and thread-safe.
 */
public final class Checker {

    /** The profile shipped with vanban, read once. */
    private static final class Default {
        static final Measures MEASURES = new Measures(ProfileLoader.loadDefault());
    }

    private final DocumentType type;
    private final Measures measures;

    private Checker(DocumentType type, Measures measures) {
        this.type = Objects.requireNonNull(type, "type");
        this.measures = measures;
    }

    /** A checker of one document type, with the measures of vanban's own layout profile. */
    public static Checker of(DocumentType type) {
        return new Checker(type, Default.MEASURES);
    }

    /**
     * A checker of one document type whose measures come from this layout profile.
     *
     * @throws IllegalArgumentException when the profile chooses a measure outside the decree's range
     */
    public static Checker of(DocumentType type, LayoutProfile profile) {
        return new Checker(type, new Measures(Objects.requireNonNull(profile, "profile")));
    }

    /** Checks a file as a Kế hoạch. */
    public static CheckReport check(Path file) {
        return of(DocumentType.KE_HOACH).checkFile(file);
    }

    /** Checks a file as a document of this type. */
    public static CheckReport check(Path file, DocumentType type) {
        return of(type).checkFile(file);
    }

    /**
     * Checks a file, DOCX or PDF as its content shows.
     *
     * @throws UnreadableDocumentException naming the file, when it is missing, neither DOCX nor
     *                                     PDF, or damaged
     */
    public CheckReport checkFile(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return check(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UnreadableDocumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a document's bytes; {@code name} is what the report and messages call it.
     *
     * @throws UnreadableDocumentException when the bytes are neither a DOCX nor a PDF, or damaged
     */
    public CheckReport check(byte[] content, String name) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(name, "name");
        CheckedDocument doc;
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            doc = PdfReader.read(content, name, type, measures);
        } else if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
            doc = DocxReader.read(content, name, type, measures);
        } else {
            throw new UnreadableDocumentException(name + ": neither a DOCX nor a PDF file; check a document saved as .docx or .pdf");
        }
        List<Rule> applied = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Rule r : Rules.all()) {
            if (r.formats().contains(doc.format())) {
                applied.add(r);
                findings.addAll(r.check(doc));
            }
        }
        return new CheckReport(name, doc.format(), type, applied, findings);
    }

    public DocumentType type() {
        return type;
    }

    /**
     * The document type a command-line value names: its key ({@code quyet-dinh}) or its
     * Vietnamese name in any case ({@code QUYẾT ĐỊNH}, {@code Quyết định}).
     */
    public static Optional<DocumentType> type(String name) {
        Objects.requireNonNull(name, "name");
        String want = TextForms.fold(name).toLowerCase(TextForms.VI);
        return Arrays.stream(DocumentType.values())
                .filter(t -> t.key().equals(want) || t.name().equalsIgnoreCase(want)
                        || t.vietnameseName().toLowerCase(TextForms.VI).equals(want))
                .findFirst();
    }

    /** The values {@link #type(String)} accepts, for a usage message: "ke-hoach, quyet-dinh, …". */
    public static String typeKeys() {
        return Arrays.stream(DocumentType.values()).map(DocumentType::key).collect(Collectors.joining(", "))
                .toLowerCase(Locale.ROOT);
    }
}
