package vn.vanban.conformance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our output as others see it: the independent format checker ({@code ../shared/nd30/check},
 * Python and poppler) on our DOCX and PDF, and LibreOffice converting our DOCX to PDF as a clerk's
 * office suite would. Each test runs only where its tool is installed ({@code .ci/run} installs
 * them); the files stay under {@code target/external/} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalToolsTest {

    static final Path OUT = Path.of("target", "external");
    static final Path CHECKER = Path.of("..", "..", "shared", "nd30", "check");
    static final Path PHRASES = Path.of("src/test/resources/plans/duc-pho-2024.phrases");

    /** The checker's comparison of the DOCX's words with the PDF's, as multisets. */
    static final String SAME_TEXT = "same-text";

    private Vanban vanban;

    @BeforeAll
    void engine() throws IOException {
        vanban = Vanban.builder().build();
        Files.createDirectories(OUT);
    }

    static Stream<String> plans() {
        return SampleConformanceTest.plans();
    }

    private Path[] render(String file) throws IOException {
        Plan plan = vanban.read(Path.of(file));
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path docx = OUT.resolve(name + ".docx");
        Path pdf = OUT.resolve(name + ".pdf");
        try (OutputStream o = Files.newOutputStream(docx)) {
            vanban.render(plan, OutputFormat.DOCX, o);
        }
        try (OutputStream o = Files.newOutputStream(pdf)) {
            vanban.render(plan, OutputFormat.PDF, o);
        }
        return new Path[] {docx, pdf};
    }

    @ParameterizedTest
    @MethodSource("plans")
    void theIndependentCheckerPassesOurDocxAndPdf(String file) throws Exception {
        assumeTrue(Files.isExecutable(CHECKER) && onPath("python3") && onPath("pdftotext"),
                "needs ../shared/nd30/check, python3 and poppler-utils");
        Path[] out = render(file);
        List<String> failed = check(out[0], out[1], file);
        assertEquals(List.of(), failed);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void libreOfficeOpensOurDocxQuietlyAndLaysItOutPageForPageAsOurPdf(String file) throws Exception {
        assumeTrue(onPath("soffice"), "needs LibreOffice");
        Path[] out = render(file);
        Path lo = OUT.resolve("libreoffice");
        Files.createDirectories(lo);
        Files.deleteIfExists(lo.resolve(out[0].getFileName().toString().replace(".docx", ".pdf")));
        Path profile = Files.createTempDirectory("lo-profile");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", lo.toString(), out[0].toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finishes");
        Path converted = lo.resolve(out[0].getFileName().toString().replace(".docx", ".pdf"));
        assertTrue(Files.exists(converted), log);
        // javaldx is LibreOffice's own Java bridge, absent on a headless server; it says nothing of the file.
        List<String> noise = log.lines().filter(l -> !l.startsWith("convert ") && !l.isBlank()
                && !l.contains("failed to launch javaldx")).toList();
        assertEquals(List.of(), noise, "LibreOffice printed warnings");
        assertEquals(pages(out[1]), pages(converted), "LibreOffice breaks our DOCX into as many pages as our PDF");
        // Parity with LibreOffice, as a figure: it lays out our DOCX page for page as our PDF.
        Parity parity = Parity.of(Files.readAllBytes(out[1]), Files.readAllBytes(converted));
        System.out.println("parity with LibreOffice, " + out[0].getFileName() + ": " + parity.describe());
        assertTrue(parity.worstPage() >= 0.98, "LibreOffice puts our pages' words on the same pages: " + parity.describe());
        int above = new PdfInspector(Files.readAllBytes(converted), 20 * SampleConformanceTest.MM).linesAbove("Nơi nhận");
        assertTrue(above >= 2, "LibreOffice puts the signature on a page with the body's last lines: " + above);
        if (Files.isExecutable(CHECKER) && onPath("pdftotext")) {
            assertEquals(List.of(), check(out[0], converted, file));
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    /**
     * A catalogue's heading row is repeated on every page it spans, in the PDF only: the checker
     * counts the repeats as words missing from the DOCX. A same-text failure with nothing missing
     * from the PDF is that; SampleConformanceTest.pdfAndDocxCarryTheSameWords shows that the
     * repeated heading rows are the only difference.
     */
    static final String ONLY_REPEATED_HEADINGS = "FAIL " + SAME_TEXT + ": DOCX and PDF words agree: ";

    /** Runs the checker; returns its FAIL lines but the repeated headings' same-text (see above). */
    private List<String> check(Path docx, Path pdf, String file) throws Exception {
        Plan plan = vanban.read(Path.of(file));
        boolean appendices = !plan.appendices().isEmpty() || plan.attached() != null;
        // A Công văn draws no rule under its "V/v …" (template 1.5), where the checker counts the
        // third line of a header; the sample letter's third is box 13's, over its contact lines.
        boolean letter = plan.type() == DocumentType.CONG_VAN;
        String type = letter ? "CÔNG VĂN" : plan.type().vietnameseName().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        return check(docx, pdf, file.endsWith("duc-pho-2024.yaml"), type).stream()
                .filter(l -> !(appendices && l.startsWith(ONLY_REPEATED_HEADINGS)
                        && l.endsWith("most missing from the PDF: []")))
                .toList();
    }

    private static List<String> check(Path docx, Path pdf, boolean seedPhrases, String type) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHECKER.toString(), docx.toString(), pdf.toString(), "--type", type));
        if (seedPhrases) {
            cmd.addAll(List.of("--expect", PHRASES.toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(out.contains(" passed, "), out);
        return out.lines().filter(l -> l.startsWith("FAIL")).toList();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
