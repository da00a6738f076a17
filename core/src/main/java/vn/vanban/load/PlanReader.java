package vn.vanban.load;

import vn.vanban.common.Format;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.common.Reading;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a plan (kế hoạch) from its YAML or JSON data file into the {@link Plan} model.
 * <p>
 * Everything wrong with a file is reported at once: the reader does not stop at the first
 * problem but throws one {@link InvalidInputException} listing each {@link Problem} with its
 * line, column and field path ({@code signatory.fullName},
 * {@code appendices[0].rows[3].time}). Unknown fields are errors, so a misspelt field is never
 * silently dropped. The rules of the plan itself are {@link PlanValidator}'s, the same for a plan
 * built in Java. Text is normalised to Unicode NFC. No input is read past its size limit.
 * <p>
 * Instances are immutable and thread-safe; one may be shared and reused for any number of files.
 * The file format is described by {@code vn/vanban/schema/plan.schema.json}.
 */
public final class PlanReader {

    private static final System.Logger LOG = System.getLogger(PlanReader.class.getName());

    private final TreeReader trees = new TreeReader();

    /** The files that cite the one this reads, the user's first (see {@link CitedFiles}). */
    private final List<Path> citers;
    /** How many files cite the one this reads, a stream or a text among them. */
    private final int depth;

    /** A reader with the default limits (4 MB, 64 levels of nesting, no YAML aliases). */
    public PlanReader() {
        this(List.of(), 0);
    }

    /** A reader of a file cited {@code depth} files deep, by {@code citers} (the user's first, when a file). */
    PlanReader(List<Path> citers, int depth) {
        this.citers = List.copyOf(citers);
        this.depth = depth;
    }

    /**
     * Reads a file, choosing the format by its extension ({@code .yaml}, {@code .yml},
     * {@code .json}). Problems name the file as given.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid plan
     */
    public Plan read(Path file) {
        return logged(reading(file));
    }

    /**
     * {@link #read(Path)}, with the file's warnings. {@code read} logs them instead (at WARNING).
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid plan
     */
    public Reading reading(Path file) {
        Objects.requireNonNull(file, "file");
        Problems problems = new Problems(file.toString());
        DataFile data = DataFile.read(file, problems);
        Path folder = file.getParent();
        return fromTree(trees.parse(data.bytes(), data.format(), problems), problems,
                new CitedFiles(folder == null ? Path.of("") : folder, citers, file, depth));
    }

    /**
     * Reads a plan from a stream of UTF-8 bytes (a byte order mark is skipped). The stream is
     * read up to the size limit and one byte more, and is not closed.
     *
     * @param name   the name problems give for the input ("-" for standard input)
     * @param format the notation of the bytes
     * @throws InvalidInputException when the input is not a valid plan
     */
    public Plan read(InputStream in, String name, Format format) {
        return logged(reading(in, name, format));
    }

    /** {@link #read(InputStream, String, Format)}, with the input's warnings. */
    public Reading reading(InputStream in, String name, Format format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Problems problems = new Problems(name);
        byte[] bytes;
        try {
            bytes = TextDecoder.readAtMost(in);
        } catch (IOException e) {
            problems.add(0, 0, "", "the input cannot be read: " + e.getMessage());
            throw problems.exception();
        }
        return fromTree(trees.parse(bytes, format, problems), problems, fromWorkingDirectory());
    }

    /**
     * Reads a plan from text already decoded.
     *
     * @param name   the name problems give for the input
     * @param format the notation of the text
     * @throws InvalidInputException when the text is not a valid plan
     */
    public Plan read(String text, String name, Format format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Problems problems = new Problems(name);
        return logged(fromTree(trees.parse(text, format, problems), problems, fromWorkingDirectory()));
    }

    /** Files a stream or a text cites are named from the working directory. */
    private CitedFiles fromWorkingDirectory() {
        return new CitedFiles(Path.of(""), citers, null, depth);
    }

    private Reading fromTree(Node root, Problems problems, CitedFiles cited) {
        if (root == null) {
            throw problems.exception();
        }
        Values values = new Values(problems);
        Plan plan = new PlanMapper(values, cited).plan(root);
        if (plan != null) {
            // The model's rules, placed in the file; a value the notation already failed is not told twice.
            Violations checked = PlanValidator.check(plan);
            for (Violations.Violation v : checked.list()) {
                if (!values.isSettled(v.path())) {
                    Locations.place(root, v, problems, false);
                }
            }
            for (Violations.Violation v : checked.warnings()) {
                Locations.place(root, v, problems, true);
            }
        }
        problems.throwIfAny();
        return new Reading(plan, problems.warnings());
    }

    /** Logs the warnings of a reading whose caller did not ask for them. */
    private static Plan logged(Reading r) {
        r.warnings().forEach(w -> LOG.log(System.Logger.Level.WARNING, w.toString()));
        return r.plan();
    }
}
