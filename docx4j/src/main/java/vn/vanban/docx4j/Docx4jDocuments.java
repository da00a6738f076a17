package vn.vanban.docx4j;

import vn.vanban.load.Problems;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.common.Warning;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.Plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * vanban's DOCX as a docx4j {@link WordprocessingMLPackage}, for applications that post-process
 * documents with docx4j (add a watermark, merge, fill content controls, sign).
 * <pre>{@code
 * Vanban vanban = Vanban.builder().build();
 * Docx4jDocuments.Rendered r = Docx4jDocuments.render(vanban, vanban.read(Path.of("plan.yaml")));
 * WordprocessingMLPackage pkg = r.document();
 * pkg.getMainDocumentPart().addParagraphOfText("…");
 * pkg.save(new File("plan.docx"));
 * }</pre>
 * vanban still writes the DOCX itself (byte for byte reproducible, see docs/design.md); the package
 * is that DOCX read by docx4j, so what docx4j saves is what vanban wrote plus the application's
 * changes. Each call returns a new package that the caller owns; the methods are thread-safe.
 */
public final class Docx4jDocuments {

    /** The largest DOCX read: far more than any plan within vanban's limits (a few MB). */
    public static final long MAX_FILE = 32L << 20;
    /** The most its parts may hold once inflated, all together: a zip bomb stops here. */
    public static final long MAX_INFLATED = 256L << 20;
    /** The most parts a package may have. */
    public static final int MAX_PARTS = 2_000;

    private Docx4jDocuments() {
    }

    /**
     * A rendered document as a docx4j package, with the renderer's warnings (a character the
     * font lacks, a word wider than its line).
     */
    public record Rendered(WordprocessingMLPackage document, List<Warning> warnings) {
        public Rendered {
            Objects.requireNonNull(document, "document");
            warnings = List.copyOf(warnings);
        }
    }

    /** Renders the whole plan, appendices included, and reads it as a docx4j package. */
    public static Rendered render(Vanban vanban, Plan plan) {
        Objects.requireNonNull(vanban, "vanban");
        Objects.requireNonNull(plan, "plan");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        RenderResult result = vanban.render(plan, OutputFormat.DOCX, docx);
        return new Rendered(load(docx.toByteArray(), "the rendered plan"), result.warnings());
    }

    /** Writes a layout (see {@link Vanban#layout}) as DOCX and reads it as a docx4j package. */
    public static Rendered render(Vanban vanban, LayoutDocument layout) {
        Objects.requireNonNull(vanban, "vanban");
        Objects.requireNonNull(layout, "layout");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        RenderResult result = vanban.render(layout, OutputFormat.DOCX, docx);
        return new Rendered(load(docx.toByteArray(), "the rendered layout"), result.warnings());
    }

    /**
     * Reads a DOCX.
     *
     * @throws UnreadableDocumentException when the bytes are not a WordprocessingML package
     */
    public static WordprocessingMLPackage load(byte[] docx) {
        return load(Objects.requireNonNull(docx, "docx"), "the document");
    }

    /**
     * Reads a DOCX file.
     *
     * @throws UnreadableDocumentException naming the file, when it is missing or not a
     *                                     WordprocessingML package
     */
    public static WordprocessingMLPackage load(Path docx) {
        Objects.requireNonNull(docx, "docx");
        try {
            return load(Files.readAllBytes(docx), docx.toString());
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(docx + ": no such file");
        } catch (IOException e) {
            throw new UnreadableDocumentException(docx + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a DOCX; {@code name} is what messages call it.
     *
     * @throws UnreadableDocumentException when the bytes are not a WordprocessingML package
     */
    public static WordprocessingMLPackage load(byte[] docx, String name) {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(name, "name");
        Bounds.check(docx, name);
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException(name + ": its XML is nested too deeply to be a document", null);
        } catch (Docx4JException | RuntimeException e) {
            // A part that is no XML is named in words; docx4j's would be its parser's.
            String why = XmlParts.notXml(docx).orElseGet(() -> rootMessage(e));
            throw new UnreadableDocumentException(name + ": not a readable DOCX file (" + why
                    + "); open it in Word or LibreOffice and save it again as .docx", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        // A programming error inside docx4j (a NullPointerException's "Cannot invoke …") says
        // nothing to a clerk: what it means for them is parts that are not a Word document's.
        if (m == null || m.isBlank() || t instanceof NullPointerException || t instanceof ClassCastException
                || t instanceof IndexOutOfBoundsException) {
            return "its parts are not those of a Word document";
        }
        return Problems.excerpt(m.lines().findFirst().orElse(m));
    }
}
