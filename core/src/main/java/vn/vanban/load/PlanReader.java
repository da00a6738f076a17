package vn.vanban.load;

import vn.vanban.InvalidInputException;
import vn.vanban.Problem;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a plan (kế hoạch) from its YAML or JSON data file into the {@link Plan} model.
 * <p>
 * Everything wrong with a file is reported at once: the reader does not stop at the first
 * problem but throws one {@link InvalidInputException} listing each {@link Problem} with its
 * line, column and field path ({@code signatory.fullName},
 * {@code appendices[0].rows[3].time}). Unknown fields are errors, so a misspelt field is never
 * silently dropped. Text is normalised to Unicode NFC.
 * <p>
 * Instances are immutable and thread-safe; one may be shared and reused for any number of files.
 * The file format is described by {@code vn/vanban/schema/plan.schema.json}.
 */
public final class PlanReader {

    // The fields each kind of map accepts, in the order messages list them. The names of the
    // kinds are those of the schema's $defs; a test keeps the two in step.
    static final List<String> PLAN_FIELDS = List.of("type", "parent", "issuer", "number", "symbol", "date",
            "summary", "basis", "body", "closing", "recipients", "signatory", "appendices");
    static final List<String> AGENCY_FIELDS = List.of("name", "abbreviation", "place");
    static final List<String> BASIS_FIELDS = List.of("form", "lead", "citations", "issuing");
    static final List<String> CITATION_FIELDS = List.of("type", "number", "date", "issuer", "subject",
            "renewedYearly");
    static final List<String> BODY_NODE_KINDS = List.of("part", "section", "clause", "point", "dash",
            "paragraph");
    static final List<String> HEADING_FIELDS = List.of("title", "content");
    static final List<String> CLAUSE_FIELDS = List.of("title", "text", "content");
    static final List<String> ITEM_FIELDS = List.of("text", "content");
    static final List<String> STRONG_FIELDS = List.of("strong");
    static final List<String> CITE_FIELDS = List.of("cite");
    static final List<String> MONEY_FIELDS = List.of("money", "inWords");
    static final List<String> RECIPIENTS_FIELDS = List.of("to", "archive");
    static final List<String> SIGNATORY_FIELDS = List.of("authority", "collective", "headTitle", "position",
            "fullName");
    static final List<String> APPENDIX_FIELDS = List.of("title", "orientation", "numbered", "columns", "rows");
    static final List<String> COLUMN_FIELDS = List.of("key", "header", "width");
    static final List<String> GROUP_ROW_FIELDS = List.of("group");

    /**
     * The field names by schema definition. Item rows are absent: their keys are the
     * appendix's column keys, which each file chooses.
     */
    static final Map<String, List<String>> FIELDS_BY_KIND = Map.ofEntries(
            Map.entry("plan", PLAN_FIELDS),
            Map.entry("agency", AGENCY_FIELDS),
            Map.entry("issuer", AGENCY_FIELDS),
            Map.entry("basis", BASIS_FIELDS),
            Map.entry("citation", CITATION_FIELDS),
            Map.entry("bodyNode", BODY_NODE_KINDS),
            Map.entry("heading", HEADING_FIELDS),
            Map.entry("clause", CLAUSE_FIELDS),
            Map.entry("item", ITEM_FIELDS),
            Map.entry("strong", STRONG_FIELDS),
            Map.entry("cite", CITE_FIELDS),
            Map.entry("money", MONEY_FIELDS),
            Map.entry("recipients", RECIPIENTS_FIELDS),
            Map.entry("signatory", SIGNATORY_FIELDS),
            Map.entry("appendix", APPENDIX_FIELDS),
            Map.entry("column", COLUMN_FIELDS),
            Map.entry("groupRow", GROUP_ROW_FIELDS));

    private final TreeReader trees = new TreeReader();

    /** A reader with the default limits (4 MB, 64 levels of nesting, no YAML aliases). */
    public PlanReader() {
    }

    /**
     * Reads a file, choosing the format by its extension ({@code .yaml}, {@code .yml},
     * {@code .json}). Problems name the file as given.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid plan
     */
    public Plan read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        Problems problems = new Problems(name);
        Path fileName = file.getFileName();
        Format format = Format.byFileName(fileName == null ? "" : fileName.toString()).orElse(null);
        if (format == null) {
            problems.add(0, 0, "", "unknown kind of file; expected a name ending in .yaml, .yml or .json");
            problems.throwIfAny();
        }
        byte[] bytes;
        try {
            if (Files.size(file) > TreeReader.MAX_CHARS) {
                problems.add(0, 0, "", "the file is larger than " + TreeReader.MAX_CHARS / 1_000_000
                        + " MB; a plan is far smaller");
                problems.throwIfAny();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(0, 0, "", "the file does not exist");
            throw exception(problems);
        } catch (AccessDeniedException e) {
            problems.add(0, 0, "", "the file cannot be read: permission denied");
            throw exception(problems);
        } catch (IOException e) {
            problems.add(0, 0, "", "the file cannot be read: " + e.getMessage());
            throw exception(problems);
        }
        return fromBytes(bytes, problems, format);
    }

    /**
     * Reads a plan from a stream of UTF-8 bytes (a byte order mark is skipped). The stream is
     * read to its end but not closed.
     *
     * @param name   the name problems give for the input ("-" for standard input)
     * @param format the notation of the bytes
     * @throws InvalidInputException when the input is not a valid plan
     */
    public Plan read(InputStream in, String name, Format format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Problems problems = new Problems(name);
        byte[] bytes;
        try {
            bytes = in.readNBytes(TreeReader.MAX_CHARS + 1);
        } catch (IOException e) {
            problems.add(0, 0, "", "the input cannot be read: " + e.getMessage());
            throw exception(problems);
        }
        return fromBytes(bytes, problems, format);
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
        return fromText(text, new Problems(name), format);
    }

    private Plan fromBytes(byte[] bytes, Problems problems, Format format) {
        String text = TreeReader.decode(bytes, problems);
        if (text == null) {
            throw exception(problems);
        }
        return fromText(text, problems, format);
    }

    private Plan fromText(String text, Problems problems, Format format) {
        Node root = trees.parse(text, format, problems);
        if (root == null) {
            throw exception(problems);
        }
        Plan plan = new PlanMapper(problems).plan(root);
        problems.throwIfAny();
        return Objects.requireNonNull(plan, "the mapper made no plan yet reported no problem");
    }

    private static InvalidInputException exception(Problems problems) {
        try {
            problems.throwIfAny();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new IllegalStateException("no problem to report");
    }
}
