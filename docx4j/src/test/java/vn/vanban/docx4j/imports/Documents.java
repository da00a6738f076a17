package vn.vanban.docx4j.imports;

import vn.vanban.docx4j.ZipParts;

import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.Format;
import vn.vanban.load.Node;
import vn.vanban.load.PlanWriter;
import vn.vanban.load.Problems;
import vn.vanban.load.TreeReader;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The plans the import is tried on, rendered, and the helpers the tests share. */
final class Documents {

    static final Path SAMPLES = Path.of(System.getProperty("vanban.samples", "../samples"));
    static final Path PLANS = Path.of(System.getProperty("vanban.plans", "../core/src/test/resources/plans"));
    static final Path OWN = Path.of("src/test/resources/imports/plans");
    static final Path OUT = Path.of("target", "imports");

    private static Vanban vanban;

    private Documents() {
    }

    static synchronized Vanban vanban() {
        if (vanban == null) {
            vanban = Vanban.builder().build();
        }
        return vanban;
    }

    /** Every sample and test plan, and this module's plans of the model's other shapes. */
    static Stream<Path> plans() {
        return plansIn(List.of(SAMPLES, PLANS, OWN));
    }

    /**
     * The plans (Kế hoạch) among the data files of these folders. The import reads plans only
     * (issue 23): a progress file ({@code *-progress.yaml}) makes a report and is no plan at all,
     * and decisions or letters kept beside the plans are left out by the type the library reads
     * in them, not by their file names.
     */
    static Stream<Path> plansIn(List<Path> dirs) {
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".yaml") && !n.contains("-progress.");
                }).sorted().filter(p -> type(p) == DocumentType.KE_HOACH).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.stream();
    }

    /**
     * The type a data file names, read with the library's own reader; a file without one is a
     * plan, as the library takes it. Only the type is read: a decision or a letter need not be
     * valid for this version's plan reader to be left out.
     */
    static DocumentType type(Path file) {
        Problems problems = new Problems(file.toString());
        Node root;
        try {
            root = new TreeReader().parse(Files.readAllBytes(file), Format.YAML, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        Node.Field type = root instanceof Node.MapNode map ? map.fields().get("type") : null;
        if (type == null) {
            return DocumentType.KE_HOACH;
        }
        String key = type.value() instanceof Node.Scalar s ? s.text() : "";
        return DocumentType.byKey(key.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException(file + ": no document type '" + key + "'"));
    }

    static Stream<Path> samples() {
        return plans().filter(p -> p.startsWith(SAMPLES));
    }

    static byte[] render(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vanban().render(plan, OutputFormat.DOCX, out);
        return out.toByteArray();
    }

    /** The plan as its data file, and that file read back: what `vanban import` then `render` use. */
    static Plan throughDataFile(Plan plan) {
        String yaml = new PlanWriter().write(plan, Format.YAML);
        return vanban().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "imported.yaml", Format.YAML);
    }

    /** The Word-made test files' folder ({@code make.py}, {@code agencies.py}). */
    static final Path WORD = Path.of("src/test/resources/imports/word");

    /** A Word-made test file imported as a user's would be, its hidden parts dropped. */
    static Import wordMade(String file) {
        try {
            return new Importer().read(visibleOnly(Files.readAllBytes(WORD.resolve(file))), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The package without what a clerk does not see: document properties and custom XML parts
     * (and the relationships naming them), so that the import cannot have read the plan there.
     */
    static byte[] visibleOnly(byte[] docx) {
        Map<String, byte[]> parts = ZipParts.read(docx);
        parts.keySet().removeIf(n -> n.startsWith("docProps/") || n.startsWith("customXml/"));
        Pattern hidden = Pattern.compile("<Relationship [^>]*Target=\"[^\"]*(docProps|customXml)/[^\"]*\"[^>]*/>");
        Pattern overrides = Pattern.compile("<Override [^>]*PartName=\"/(docProps|customXml)/[^\"]*\"[^>]*/>");
        parts.replaceAll((n, b) -> {
            if (n.endsWith(".rels") || n.equals("[Content_Types].xml")) {
                String s = new String(b, StandardCharsets.UTF_8);
                return overrides.matcher(hidden.matcher(s).replaceAll("")).replaceAll("").getBytes(StandardCharsets.UTF_8);
            }
            return b;
        });
        return ZipParts.write(parts);
    }

    static String name(Path plan) {
        String n = plan.getFileName().toString();
        return n.substring(0, n.length() - ".yaml".length());
    }
}
