package vn.vanban.docx;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares every part of three DOCX files with reviewed golden copies, parsed as XML: the fixture
 * plan (the writer alone), and the Đức Phổ 2024 sample and its catalogue issued on its own (the
 * whole pipeline: reader, view, templates, markup, writer).
 * <p>
 * Nothing is exempt, not even the dates: they come from the document's metadata, so they must
 * match too. The goldens are stored indented for review, so whitespace-only text is ignored;
 * the exact text of runs (spaces included) is {@link DocxWriterTest}'s concern.
 * <p>
 * {@code -Dgolden.update=true} rewrites the goldens under {@code src/test/resources}; open the
 * result (and {@code target/docx-fixture.docx}) before committing. A failing run leaves the
 * actual parts under {@code target/golden-actual/}.
 */
class DocxGoldenTest {

    private static final Path GOLDENS = Path.of("src/test/resources/vn/vanban/docx/golden");
    private static final Path ACTUALS = Path.of("target/golden-actual");

    /** Each case's parts, by case name (the golden folder) and part name. */
    private static final Map<String, Map<String, byte[]>> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void write() throws IOException {
        LayoutProfile profile = ProfileLoader.loadDefault();
        CASES.put("plan", unzip(new DocxWriter(profile).toBytes(LayoutFixtures.plan(profile))));
        vn.vanban.Vanban vanban = vn.vanban.Vanban.builder().build();
        vn.vanban.model.Plan sample = vanban.read(Path.of("../samples/duc-pho-2024.yaml"));
        for (vn.vanban.DocumentPart part : List.of(vn.vanban.DocumentPart.WHOLE, vn.vanban.DocumentPart.APPENDICES)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            vanban.render(sample, part, vn.vanban.OutputFormat.DOCX, out);
            String name = part == vn.vanban.DocumentPart.WHOLE ? "duc-pho-2024" : "duc-pho-2024-phu-luc";
            Files.createDirectories(ACTUALS);
            Files.write(ACTUALS.resolve(name + ".docx"), out.toByteArray());
            CASES.put(name, unzip(out.toByteArray()));
        }
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    @TestFactory
    Stream<DynamicTest> everyPartMatchesItsGolden() {
        boolean update = Boolean.getBoolean("golden.update");
        return CASES.entrySet().stream().flatMap(c -> c.getValue().entrySet().stream()
                .map(part -> DynamicTest.dynamicTest(c.getKey() + "/" + part.getKey(), () -> {
            Path golden = GOLDENS.resolve(c.getKey()).resolve(part.getKey());
            Path actualFile = ACTUALS.resolve(c.getKey()).resolve(part.getKey());
            String actual = indent(part.getValue());
            if (update) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(golden), "no golden " + golden + "; run with -Dgolden.update=true and review it");
            Diff diff = DiffBuilder.compare(Input.fromFile(golden.toFile()))
                    .withTest(Input.fromString(actual))
                    .ignoreWhitespace()
                    .checkForIdentical()
                    .build();
            if (diff.hasDifferences()) {
                Files.createDirectories(actualFile.getParent());
                Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
            }
            assertFalse(diff.hasDifferences(), part.getKey() + " differs from its golden (actual in "
                    + actualFile + "): " + diff);
        })));
    }

    /** The part re-serialised with indentation, so that a golden's diff reads line by line. */
    private static String indent(byte[] xml) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter w = new StringWriter();
        t.transform(new StreamSource(new ByteArrayInputStream(xml)), new StreamResult(w));
        return w.toString() + "\n";
    }
}
