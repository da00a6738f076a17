package vn.vanban.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.Plan;
import vn.vanban.testing.Layouts;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every document we ship or test renders to a DOCX and a PDF that say the same thing: every
 * paragraph of the layout in the DOCX, the same words in the PDF, the signature never alone on its
 * page, the seed plan's phrases in order. The decree's presentation rules themselves are checked
 * on the same documents by the vanban-docx4j module's Checker (its CleanDocumentsTest), the one
 * place those rules live. The files are left under {@code target/conformance/} for a person to open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleConformanceTest {

    static final Path OUT = Path.of("target", "conformance");
    static final double MM = 72 / 25.4;

    private Vanban vanban;
    private final Map<String, Rendered> rendered = new HashMap<>();

    record Rendered(Plan plan, LayoutDocument layout, byte[] docx, byte[] pdf, RenderResult pdfResult) {
    }

    @BeforeAll
    void engine() throws Exception {
        vanban = Vanban.builder().build();
        Files.createDirectories(OUT);
    }

    @AfterAll
    void noWarnings() {
        rendered.forEach((name, r) -> assertEquals(List.of(), r.pdfResult().warnings(), name));
    }

    /** The shipped samples and the test plans of other shapes. */
    static Stream<String> plans() {
        List<String> plans = new ArrayList<>(List.of("../samples/duc-pho-2024.yaml",
                "../samples/quang-ngai-pbgdpl-2025.yaml", "../samples/so-tu-phap-ngay-phap-luat-2025.yaml",
                "../samples/duc-pho-2024-quyet-dinh.yaml", "../samples/quang-ngai-stp-2024-quyet-dinh.yaml",
                "../samples/duc-pho-2024-cong-van.yaml",
                "src/test/resources/plans/second-plan.yaml", "src/test/resources/plans/no-appendix.yaml",
                "src/test/resources/plans/long-text.yaml", "src/test/resources/plans/signature-page.yaml",
                "src/test/resources/plans/contact-block.yaml"));
        if (Files.exists(Path.of("../samples/duc-pho-2025.yaml"))) {
            plans.add("../samples/duc-pho-2025.yaml");
        }
        return plans.stream();
    }

    Rendered render(String file) throws Exception {
        Rendered r = rendered.get(file);
        if (r != null) {
            return r;
        }
        Plan plan = vanban.read(Path.of(file));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        vanban.render(plan, OutputFormat.DOCX, docx);
        RenderResult result = vanban.render(plan, OutputFormat.PDF, pdf);
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Files.write(OUT.resolve(name + ".docx"), docx.toByteArray());
        Files.write(OUT.resolve(name + ".pdf"), pdf.toByteArray());
        r = new Rendered(plan, vanban.layout(plan, DocumentPart.WHOLE), docx.toByteArray(), pdf.toByteArray(), result);
        rendered.put(file, r);
        return r;
    }

    @ParameterizedTest
    @MethodSource("plans")
    void docxHoldsEveryParagraphOfTheLayoutInOrder(String file) throws Exception {
        Rendered r = render(file);
        List<String> expected = new ArrayList<>();
        r.layout().sections().forEach(s -> Layouts.paragraphs(s).forEach(t -> expected.add(fold(t))));
        List<String> actual = new DocxInspector(r.docx()).paragraphs.stream().map(p -> p.text())
                .filter(t -> !t.isEmpty()).toList();
        assertEquals(expected.stream().filter(t -> !t.isEmpty()).toList(), actual);
    }

    /**
     * The signature never stands alone: the page with "Nơi nhận" and the signature also holds
     * the end of the body, two lines at least (issue 19 §2).
     */
    @ParameterizedTest
    @MethodSource("plans")
    void theSignaturesPageHoldsTheLastTwoLinesOfTheBody(String file) throws Exception {
        PdfInspector pdf = new PdfInspector(render(file).pdf(), 20 * MM);
        assertTrue(pdf.linesAbove("Nơi nhận") >= 2, "lines above Nơi nhận on its page: " + pdf.linesAbove("Nơi nhận"));
    }

    /**
     * The PDF shows exactly the DOCX's words, and in the same order unless a row breaks across
     * pages (the PDF then shows the rest of the row's other cells before the end of its first).
     */
    @ParameterizedTest
    @MethodSource("plans")
    void pdfAndDocxCarryTheSameWords(String file) throws Exception {
        Rendered r = render(file);
        assertEquals(Map.of(), SameWords.difference(r.layout(), r.docx(), r.pdf()),
                "words the PDF shows more (+) or less (-) often than the DOCX");
        boolean rowsWhole = r.layout().sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof LayoutDocument.Table t && t.borders())
                .allMatch(b -> ((LayoutDocument.Table) b).rows().stream().allMatch(LayoutDocument.Row::cantSplit));
        if (rowsWhole) {
            String docx = String.join(" ", new DocxInspector(r.docx()).paragraphs.stream().map(p -> p.text()).toList());
            String pdf = fold(new PdfInspector(r.pdf(), 20 * MM).bodyText());
            // A footnote stands at the foot of its page: out of the text's order.
            for (String note : vn.vanban.testing.DocxText.notes(r.docx())) {
                pdf = pdf.replace(" " + fold(note), "");
            }
            // So does box 13 at the foot of the first page, which the DOCX holds after the header:
            // both hold it, each in its own place.
            for (LayoutDocument.Section s : r.layout().sections()) {
                for (LayoutDocument.Block b : s.blocks()) {
                    if (b instanceof LayoutDocument.FirstPageFoot foot) {
                        for (LayoutDocument.Paragraph p : foot.paragraphs()) {
                            pdf = without(pdf, " " + fold(p.text()));
                            docx = without(fold(docx), " " + fold(p.text()));
                        }
                    }
                }
            }
            // A catalogue repeats its header row on every page it spans; the DOCX holds it once.
            for (LayoutDocument.Section s : r.layout().sections()) {
                for (LayoutDocument.Block b : s.blocks()) {
                    if (b instanceof LayoutDocument.Table t && t.headerRows() > 0) {
                        String header = fold(String.join(" ", t.rows().get(0).cells().stream()
                                .flatMap(c -> c.blocks().stream()).filter(x -> x instanceof LayoutDocument.Paragraph)
                                .map(x -> ((LayoutDocument.Paragraph) x).text()).toList()));
                        int first = pdf.indexOf(header);
                        pdf = pdf.substring(0, first + header.length())
                                + pdf.substring(first + header.length()).replace(" " + header, "");
                    }
                }
            }
            assertEquals(fold(docx), pdf);
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void seedPhrasesAppearInOrderInBothOutputs(String file) throws Exception {
        if (!file.endsWith("duc-pho-2024.yaml")) {
            return;
        }
        Rendered r = render(file);
        List<String> phrases = Files.readAllLines(Path.of("src/test/resources/plans/duc-pho-2024.phrases"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(SampleConformanceTest::fold).toList();
        String docx = fold(String.join(" ", new DocxInspector(r.docx()).paragraphs.stream().map(p -> p.text()).toList()));
        String pdf = fold(new PdfInspector(r.pdf(), 20 * MM).bodyText());
        for (String[] out : new String[][] {{"DOCX", docx}, {"PDF", pdf}}) {
            int at = 0;
            for (String phrase : phrases) {
                int k = out[1].indexOf(phrase, at);
                if (k < 0) {
                    fail(out[0] + " lacks, after position " + at + ": " + phrase);
                }
                at = k + phrase.length();
            }
        }
    }

    /** {@code text} without the first {@code part}, which it must hold. */
    private static String without(String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, "holds " + part);
        return text.substring(0, at) + text.substring(at + part.length());
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
