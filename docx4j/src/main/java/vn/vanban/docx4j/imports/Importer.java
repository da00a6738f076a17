package vn.vanban.docx4j.imports;

import vn.vanban.common.Problem;
import vn.vanban.load.PlanValidator;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import vn.vanban.docx4j.Docx4jDocuments;
import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.docx4j.XmlParts;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Nhập văn bản — reads a plan back from a DOCX in the decree's format: vanban's own, the same
 * after a clerk's edits in Word or LibreOffice, or one typed in Word without vanban's styles.
 * <pre>{@code
 * Import result = new Importer().read(Path.of("ke-hoach-2024.docx"));
 * String yaml = new PlanWriter().write(result.plan(), Format.YAML);
 * result.unmapped().forEach(u -> System.err.println(u));
 * }</pre>
 * It reads only what a clerk sees — text, tables, formatting, list numbers — never a document
 * property or custom XML part. Whatever it cannot map is kept as plain paragraphs and listed in
 * {@link Import#unmapped()}. Rendering a plan vanban wrote, importing it and rendering again gives
 * the same DOCX bytes. Thread-safe; each call reads on its own.
 */
public final class Importer {

    /** The profile's style names by their display names in Word ("Issuing Agency" → agency). */
    private final Map<String, String> roles;

    /** An importer that knows vanban's own styles by the default layout profile's names. */
    public Importer() {
        this(ProfileLoader.loadDefault());
    }

    /** An importer that knows the styles of {@code profile} (the one the documents were rendered with). */
    public Importer(LayoutProfile profile) {
        Map<String, String> byName = new HashMap<>();
        profile.styles().forEach((name, style) -> byName.put(style.wordName(), name));
        this.roles = Map.copyOf(byName);
    }

    /**
     * Reads the plan of a DOCX file.
     *
     * @throws UnreadableDocumentException naming the file, when it is missing, not a DOCX (a PDF,
     *                                     an old .doc, an encrypted file) or beyond the bounds a plan has
     */
    public Import read(Path docx) {
        Objects.requireNonNull(docx, "docx");
        byte[] bytes;
        try {
            if (Files.size(docx) > Docx4jDocuments.MAX_FILE) {
                throw new UnreadableDocumentException(docx + ": larger than " + Docx4jDocuments.MAX_FILE / (1 << 20)
                        + " MB; a plan's DOCX is far smaller");
            }
            bytes = Files.readAllBytes(docx);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(docx + ": no such file");
        } catch (IOException e) {
            throw new UnreadableDocumentException(docx + ": cannot be read: " + e.getMessage(), e);
        }
        return read(bytes, docx.toString());
    }

    /**
     * Reads the plan of a DOCX; {@code name} is what messages call it.
     *
     * @throws UnreadableDocumentException when the bytes are not a DOCX or are beyond a plan's
     *                                     bounds, or the document is a Quyết định or a Công văn,
     *                                     which the import does not read yet
     */
    public Import read(byte[] docx, String name) {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(name, "name");
        WordprocessingMLPackage pkg = Docx4jDocuments.load(docx, name);
        List<Para> paras;
        try {
            paras = DocxParagraphs.read(pkg, name, roles);
        } catch (RuntimeException | StackOverflowError e) {
            // docx4j logs a part that is no XML and leaves it empty: what fails later is a null.
            Optional<String> notXml = XmlParts.notXml(docx);
            if (notXml.isPresent()) {
                throw new UnreadableDocumentException(name + ": not a readable DOCX file (" + notXml.get()
                        + "); open it in Word or LibreOffice and save it again as .docx", e);
            }
            throw e instanceof UnreadableDocumentException u ? u
                    : new UnreadableDocumentException(name + ": its content cannot be read (" + e + ")", e);
        }
        if (paras.stream().allMatch(Para::isEmpty)) {
            throw new UnreadableDocumentException(name + ": the document has no text to import");
        }
        List<Para> guessed = Roles.guess(paras);
        String notAPlan = PlanAssembler.notAPlan(guessed);
        if (notAPlan != null) {
            throw new UnreadableDocumentException(name + ": " + notAPlan);
        }
        return withWhatRenderNeeds(withFooterContact(new PlanAssembler(guessed).assemble(), pkg, name));
    }

    /** Box 13 kept in the first page's footer, as many agencies' templates have it, when the text has none. */
    private static Import withFooterContact(Import imported, WordprocessingMLPackage pkg, String name) {
        if (!imported.plan().contact().isEmpty()) {
            return imported;
        }
        List<String> lines = DocxParagraphs.firstPageFooter(pkg, name);
        if (lines.isEmpty()) {
            return imported;
        }
        return new Import(imported.plan().toBuilder().contact(lines.toArray(String[]::new)).build(), imported.unmapped());
    }

    /** The most of the plan's own problems listed: a file typed in Word may lack many things. */
    static final int PROBLEMS_LISTED = 20;

    /**
     * The import with what render would refuse in the plan listed as places to fix (a missing
     * date or place, more paragraphs than a plan holds): the data file is still written, so that
     * the clerk fixes it there, but never as a silent surprise at the next command.
     */
    private static Import withWhatRenderNeeds(Import imported) {
        List<Problem> problems = PlanValidator.problems(imported.plan());
        if (problems.isEmpty()) {
            return imported;
        }
        List<Unmapped> all = new java.util.ArrayList<>(imported.unmapped());
        for (Problem p : problems.subList(0, Math.min(problems.size(), PROBLEMS_LISTED))) {
            all.add(new Unmapped(0, "", "the data file needs a fix before render: " + p.path() + ": " + p.message()));
        }
        if (problems.size() > PROBLEMS_LISTED) {
            all.add(new Unmapped(0, "", "and " + (problems.size() - PROBLEMS_LISTED) + " more such problems"));
        }
        return new Import(imported.plan(), all);
    }
}
