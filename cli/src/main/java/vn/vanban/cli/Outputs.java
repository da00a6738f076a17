package vn.vanban.cli;

import picocli.CommandLine.Option;
import vn.vanban.DocumentPart;
import vn.vanban.common.VanbanException;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.common.Warning;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.load.WarningPlaces;
import vn.vanban.model.Plan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/** What to render and how, shared by render and batch; and the rendering of one file. */
final class Outputs {

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Which documents to write: docx, pdf or docx,pdf (the default).")
    List<OutputFormat> formats;

    @Option(names = "--appendix-only",
            description = "Render only the appendices, as a document of their own (the plan must have one).")
    boolean appendixOnly;

    @Option(names = "--part", paramLabel = "PART",
            description = "Which part to render: whole (the default), main (the document alone), attached (the text "
                    + "a decision issues, with its appendices) or appendices. A part is written as "
                    + "<name>-chinh, <name>-kem-theo or <name>-phu-luc, beside the whole.")
    DocumentPart part;

    @Option(names = "--appendix", paramLabel = "N",
            description = "Render one appendix alone, N counting from 1 as the appendices are labelled (Phụ lục I "
                    + "is 1); a decision's are those of the text it issues. Written as <name>-phu-luc-N.")
    Integer appendix;

    /** The formats asked for, each once, in the order given; both when none was given. */
    List<OutputFormat> formats() {
        return formats == null || formats.isEmpty() ? List.of(OutputFormat.DOCX, OutputFormat.PDF)
                : List.copyOf(new LinkedHashSet<>(formats));
    }

    /** "-phu-luc" for the appendices alone, "-kem-theo" for the text a decision issues, "-chinh" for the document alone. */
    static String suffix(DocumentPart part) {
        return switch (part) {
            case WHOLE -> "";
            case APPENDICES -> "-phu-luc";
            case ATTACHED -> "-kem-theo";
            case MAIN -> "-chinh";
        };
    }

    DocumentPart part() {
        return appendixOnly || appendix != null ? DocumentPart.APPENDICES : part == null ? DocumentPart.WHOLE : part;
    }

    /**
     * The choice of part, checked before anything is read: one appendix is a part of its own, so
     * it goes with no other.
     *
     * @return a sentence saying what is wrong, or {@code null}
     */
    String conflict() {
        if (appendix == null) {
            return null;
        }
        if (appendix < 1) {
            return "--appendix counts from 1 (Phụ lục I is --appendix 1), found " + appendix;
        }
        if (appendixOnly || part != null && part != DocumentPart.APPENDICES) {
            return "--appendix N renders one appendix alone: leave out " + (appendixOnly ? "--appendix-only" : "--part");
        }
        return null;
    }

    /** The layout of the part asked for: one appendix, or a {@link DocumentPart}. */
    LayoutDocument layout(Vanban engine, Plan plan) {
        if (appendix == null) {
            return engine.layout(plan, part());
        }
        int n = engine.appendixCount(plan);
        if (appendix > n) {
            throw new VanbanException("the document has " + (n == 0 ? "no appendix" : n == 1 ? "1 appendix"
                    : n + " appendices") + "; there is no appendix " + appendix + (n == 0 ? "" : ": give --appendix 1"
                    + (n == 1 ? "" : " to " + n)));
        }
        return engine.appendix(plan, appendix - 1);
    }

    /** The files {@link #render} writes for {@code input}, in the order it writes them. */
    List<Path> targets(Path input, Path dir) {
        return targets(Inputs.baseName(input), dir);
    }

    /**
     * The files a document named {@code name} is written to in {@code dir}, one per format; a part
     * rendered alone is named after its part, so that it never silently replaces the whole.
     */
    List<Path> targets(String name, Path dir) {
        String suffix = appendix != null ? suffix(DocumentPart.APPENDICES) + "-" + appendix : suffix(part());
        return formats().stream().map(f -> dir.resolve(name + suffix + "." + f.extension())).toList();
    }

    /**
     * Reads {@code input} and writes one document per format into {@code dir}, each atomically.
     *
     * @return the files written and the warnings of their rendering
     * @throws InvalidInputException when the file is not a valid plan
     * @throws CliException          when a file cannot be written
     */
    Rendered render(AtomicOutput files, Vanban engine, Path input, Path dir) {
        Plan plan = engine.read(input);
        Rendered r;
        try {
            r = render(files, engine, plan, targets(input, dir));
        } catch (InvalidInputException e) {
            throw placed(e, problems -> WarningPlaces.place(input, problems));
        }
        // The text's warnings named, like the reading's, by the line and field they are about.
        return new Rendered(r.files(), r.warnings(), WarningPlaces.place(input, r.warnings()));
    }

    /** Writes {@code plan} to {@code targets} (from {@link #targets}), each atomically. */
    Rendered render(AtomicOutput files, Vanban engine, Plan plan, List<Path> targets) {
        // One layout for every format asked for: the same text, laid out (and warned of) once.
        LayoutDocument doc = layout(engine, plan);
        List<Path> written = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        List<OutputFormat> formats = formats();
        for (int i = 0; i < formats.size(); i++) {
            OutputFormat format = formats.get(i);
            RenderResult[] result = new RenderResult[1];
            files.write(targets.get(i), out -> result[0] = engine.render(doc, format, out));
            written.add(targets.get(i));
            warnings.addAll(result[0].warnings());
        }
        return new Rendered(written, warnings);
    }

    /**
     * The outcome of rendering one input file: the files, the warnings, and the warnings placed
     * in the input ({@code placed}: with no line while no file's place is known).
     */
    record Rendered(List<Path> files, List<Warning> warnings, List<Problem> placed) {
        Rendered(List<Path> files, List<Warning> warnings) {
            this(files, warnings, warnings.stream().map(w -> new Problem("", 0, 0, w.path(), w.message())).toList());
        }
    }

    /** Warnings placed in {@code input} ({@link Rendered#placed}): "input:line:col: warning: path: message". */
    static void printPlaced(PrintWriter err, String input, List<Problem> warnings) {
        for (Problem w : warnings) {
            err.println(ReportCommand.warning(new Problem(input, w.line(), w.column(), w.path(), w.message())));
        }
    }

    /**
     * The layout's problems (a text too tall for its page), which name their field only, placed in
     * the file the plan was read from as its reading's are: "plan.yaml:4:10: summary: …".
     *
     * @param place the problems, as warnings to place, placed in the file
     */
    static InvalidInputException placed(InvalidInputException e, Function<List<Warning>, List<Problem>> place) {
        if (e.problems().stream().anyMatch(p -> !p.file().isEmpty())) {
            return e; // placed already
        }
        return new InvalidInputException(place.apply(e.problems().stream()
                .map(p -> new Warning(p.path(), p.message())).toList()));
    }

    static void printProblems(PrintWriter w, InvalidInputException e) {
        e.problems().forEach(w::println);
    }
}
