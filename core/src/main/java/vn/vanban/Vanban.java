package vn.vanban;

import vn.vanban.common.VanbanException;
import vn.vanban.common.Reading;
import vn.vanban.common.RenderResult;
import vn.vanban.common.Warning;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.MarkupReader;
import vn.vanban.layout.ProfileLoader;
import vn.vanban.common.Format;
import vn.vanban.common.InvalidInputException;
import vn.vanban.load.PlanReader;
import vn.vanban.load.PlanValidator;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;
import vn.vanban.render.Backends;
import vn.vanban.render.Templates;
import vn.vanban.view.PlanView;
import vn.vanban.view.PlanViews;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The vanban engine: reads plan data and renders it to DOCX and PDF laid out as Decree
 * 30/2020/NĐ-CP requires.
 * <pre>{@code
 * Vanban vanban = Vanban.builder().build();          // once: templates parsed, fonts loaded
 * Plan plan = vanban.read(Path.of("duc-pho-2024.yaml"));
 * try (OutputStream out = Files.newOutputStream(Path.of("duc-pho-2024.pdf"))) {
 *     vanban.render(plan, OutputFormat.PDF, out);
 * }
 * }</pre>
 * <b>Thread-safety:</b> an instance is immutable once built and may render any number of
 * documents from any number of threads at once; build one and share it. It holds no global
 * state: two instances with different templates or fonts do not affect each other.
 */
public final class Vanban {

    /** The file name of a layout profile in a template override directory. */
    public static final String PROFILE_FILE = ProfileLoader.FILE_NAME;

    private final LayoutProfile profile;
    private final Templates templates;
    private final MarkupReader markup;
    private final Backends.LayoutWriter docx;
    private final Backends.LayoutWriter pdf;
    private final PlanReader reader;
    private final List<String> warnings;

    private Vanban(Builder b) {
        if (b.fonts != null && !Files.isDirectory(b.fonts)) {
            throw new VanbanException("font directory " + b.fonts + " does not exist or is not a directory");
        }
        this.profile = profile(b.templates);
        FontSet faces = FontSet.resolve(b.fonts);
        this.templates = new Templates(b.templates);
        // Rules are measured in the very faces the PDF embeds.
        this.markup = new MarkupReader(profile, faces);
        this.docx = Backends.docx(profile);
        this.pdf = Backends.pdf(profile, b.fonts, faces, b.pdfA);
        this.reader = new PlanReader();
        this.warnings = faces.warning().stream().toList();
    }

    /**
     * What setting the engine up found wrong and worked around, for the caller to tell its user:
     * a font directory without Times New Roman's four faces (the PDFs then embed the system's
     * Times New Roman or Liberation Serif). Empty when all is as configured.
     */
    public List<String> warnings() {
        return warnings;
    }

    private static LayoutProfile profile(Path templatesDir) {
        return ProfileLoader.forTemplates(templatesDir);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a plan from a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) file.
     *
     * @throws InvalidInputException listing every problem found, each with its line and field
     */
    public Plan read(Path file) {
        return reader.read(file);
    }

    /**
     * Reads a plan from a stream, which is not closed; {@code name} is what problems are reported
     * against ("-" for standard input).
     */
    public Plan read(InputStream in, String name, Format format) {
        return reader.read(in, name, format);
    }

    /**
     * {@link #read(Path)}, with what in the file reads as a slip but is still valid ("[Sở Tư
     * pháp, ban, ngành]" makes three recipients), each at its line, column and field path;
     * {@code read} logs those instead (System.Logger, at WARNING).
     *
     * @throws InvalidInputException listing every problem found, each with its line and field
     */
    public Reading reading(Path file) {
        return reader.reading(file);
    }

    /** {@link #read(InputStream, String, Format)}, with the input's slips (see {@link #reading(Path)}). */
    public Reading reading(InputStream in, String name, Format format) {
        return reader.reading(in, name, format);
    }

    /**
     * Renders the whole plan, appendices included, to {@code out}; {@code out} is not closed. The
     * result's warnings are those of {@link #render(Plan, DocumentPart, OutputFormat, OutputStream)}.
     *
     * @throws InvalidInputException when the plan breaks a rule, listing every problem by its field path
     * @throws VanbanException when the templates fail, or the PDF would lose text (a glyph-less font
     *                         is reported as a warning instead)
     * @throws UncheckedIOException when writing to {@code out} fails, with the stream's own exception as cause
     */
    public RenderResult render(Plan plan, OutputFormat format, OutputStream out) {
        return render(plan, DocumentPart.WHOLE, format, out);
    }

    /**
     * Renders a plan, or only its appendices, to {@code out}; {@code out} is not closed.
     * <p>
     * The result's warnings are, in this order: what reads as a slip in the plan but is still a
     * valid one, whether the plan was built in Java or read from a
     * file (path "signatory.position", message "a deputy signs for the head: 'KT. CHỦ TỊCH' above
     * 'PHÓ CHỦ TỊCH'; …"); then the text's and the layout's (a sentence left without its end mark,
     * a word wider than its line); then the writer's (a character the font cannot show). Each
     * names the field path of the text it is about ({@link Warning#path}), "" when it is about
     * none. {@link #reading(Path)} returns the file's own slips at their lines ({@link #read}
     * logs them).
     *
     * @throws InvalidInputException when the plan breaks a rule, listing every problem by its field path
     * @throws VanbanException when the templates fail, or the PDF would lose text
     * @throws UncheckedIOException when writing to {@code out} fails, with the stream's own exception as cause
     */
    public RenderResult render(Plan plan, DocumentPart part, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(format, "format");
        // A plan built in Java has no reading to have told these; they are the same for one read from a file.
        List<Warning> all = new ArrayList<>();
        PlanValidator.validate(plan).forEach(w -> all.add(new Warning(w.path(), w.message())));
        LayoutDocument doc = checkedLayout(plan, part);
        RenderResult written = render(doc, format, out);
        all.addAll(doc.warnings());
        all.addAll(written.warnings());
        return new RenderResult(all);
    }

    /**
     * Writes a layout (from {@link #layout}) in one format, so that one layout serves both; the
     * result holds the writer's warnings only, the layout's being in {@link LayoutDocument#warnings}.
     * <p>
     * The layout must come from an engine of this engine's layout profile (this engine, or one
     * with the same {@value #PROFILE_FILE}): its lines, column widths and page keeps were measured
     * with its profile, and written with another's styles they would give a DOCX of neither and a
     * PDF whose text runs off its lines. Another profile's layout is refused, nothing written;
     * write it with the engine that made it. A layout built in code ({@link LayoutDocument#profile}
     * {@code null}) is written with this engine's profile.
     *
     * @throws IllegalArgumentException when the layout was made with another layout profile, naming how the two differ
     * @throws VanbanException when the PDF would lose text (a paragraph FOP cannot fit on a page)
     * @throws UncheckedIOException when writing to {@code out} fails, with the stream's own exception as cause
     */
    public RenderResult render(LayoutDocument doc, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        LayoutProfile.Difference other = doc.profile() == null || doc.profile() == profile ? null
                : profile.difference(doc.profile());
        if (other != null) {
            throw new IllegalArgumentException("the layout was made by an engine of another layout profile: its "
                    + other.what() + " is " + other.theirs() + ", this engine's " + other.ours() + "; write it with "
                    + "the engine that laid it out, or lay the plan out with this engine");
        }
        try {
            return (format == OutputFormat.DOCX ? docx : pdf).write(doc, out);
        } catch (IOException e) {
            throw streamFailed(format, e);
        }
    }

    /** The same sentence for either writer; a stream's exception may carry no message of its own. */
    private static UncheckedIOException streamFailed(OutputFormat format, IOException e) {
        String why = e.getMessage() != null ? e.getMessage()
                : e instanceof java.nio.channels.ClosedChannelException ? "the stream is closed" : e.getClass().getSimpleName();
        return new UncheckedIOException("cannot write the " + format + ": " + why, e);
    }

    /**
     * The neutral layout both writers render: to write several formats from one, or for other writers.
     *
     * @throws InvalidInputException when the plan breaks a rule (a plan built in Java is checked as
     *                               a data file is), listing every problem by its field path
     */
    public LayoutDocument layout(Plan plan, DocumentPart part) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(part, "part");
        PlanValidator.validate(plan);
        return checkedLayout(plan, part);
    }

    /** {@link #layout(Plan, DocumentPart)} of a plan already validated. */
    private LayoutDocument checkedLayout(Plan plan, DocumentPart part) {
        PlanView view = PlanViews.of(plan);
        if (part == DocumentPart.APPENDICES && view.appendices().isEmpty()) {
            throw new VanbanException("the " + noun(plan) + " has no appendix to render on its own");
        }
        if (part == DocumentPart.ATTACHED && view.attached() == null) {
            throw new VanbanException("the " + noun(plan) + " issues no text to render on its own; only a decision "
                    + "with 'attached' does");
        }
        String name = switch (part) {
            case WHOLE, MAIN -> Templates.of(plan.type());
            case APPENDICES -> Templates.APPENDICES;
            case ATTACHED -> Templates.ATTACHED;
        };
        if (part == DocumentPart.MAIN) {
            view = view.only(null, List.of());
        }
        return layout(view, name, part == DocumentPart.WHOLE);
    }

    /**
     * How many appendices {@link #appendix} can render: the document's, or those of the text a
     * decision issues.
     */
    public int appendixCount(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.appendices().size() + (plan.attached() == null ? 0 : plan.attached().appendices().size());
    }

    /**
     * One appendix alone, as a file of its own, labelled as in the whole document ("Phụ lục II");
     * {@code index} counts from 0 through the appendices of the document, or of the text a
     * decision issues.
     *
     * @throws InvalidInputException when the plan breaks a rule
     * @throws VanbanException       when there is no such appendix
     */
    public LayoutDocument appendix(Plan plan, int index) {
        Objects.requireNonNull(plan, "plan");
        PlanValidator.validate(plan);
        PlanView view = PlanViews.of(plan);
        if (index < 0 || index >= view.appendices().size()) {
            int n = view.appendices().size(); // appendixCount, as the views count them
            throw new VanbanException("the " + noun(plan) + " has " + (n == 0 ? "no appendix" : n == 1 ? "1 appendix"
                    : n + " appendices") + "; index " + index + " names none"
                    + (n == 0 ? "" : ": give " + (n == 1 ? "0" : "0 to " + (n - 1)) + " (Phụ lục I is index 0)"));
        }
        return layout(view.only(null, List.of(view.appendices().get(index))), Templates.APPENDICES, false);
    }

    /** The document's type as a message names it ("plan", "quyết định"). */
    private static String noun(Plan plan) {
        return plan.type() == DocumentType.KE_HOACH ? "plan"
                : plan.type().vietnameseName().toLowerCase(vn.vanban.text.VietnameseCase.VIETNAMESE);
    }

    /** The view through a template; the text's warnings only with the document's own text. */
    private LayoutDocument layout(PlanView view, String name, boolean whole) {
        LayoutDocument doc = markup.read(templates.render(name, view));
        if (view.warnings().isEmpty() || !whole) {
            return doc;
        }
        // The text's warnings first, in the order of the text, then the layout's.
        List<Warning> warnings = new ArrayList<>(view.warnings());
        warnings.addAll(doc.warnings());
        return doc.withWarnings(warnings);
    }

    /** Settings of an engine; each setter returns this builder. Not thread-safe; build() is. */
    public static final class Builder {
        private Path templates;
        private Path fonts;
        private boolean pdfA;

        private Builder() {
        }

        /**
         * A directory whose templates (and {@value Vanban#PROFILE_FILE}) replace the built-in ones
         * of the same name; the others still come from the templates jar.
         */
        public Builder templates(Path dir) {
            this.templates = dir;
            return this;
        }

        /** A directory holding Times New Roman's four TrueType faces, used before system fonts. */
        public Builder fonts(Path dir) {
            this.fonts = dir;
            return this;
        }

        /** Produce PDF/A-2b, the archival form, instead of plain PDF. */
        public Builder pdfA(boolean on) {
            this.pdfA = on;
            return this;
        }

        public Vanban build() {
            return new Vanban(this);
        }
    }
}
