package vn.vanban.docx4j.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.model.DocumentType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The independent checker ({@code ../shared/nd30/check}, Python and poppler) as a second opinion:
 * on every sample and test plan, as DOCX and as PDF, the two agree that the file passes; on broken
 * documents both checkers see, they agree that it fails.
 */
class SecondOpinionTest {

    private static final Path CHECKER = Samples.SHARED.resolve("check");
    /** Broken documents of the catalogue that the independent checker also looks for. */
    private static final Set<String> BOTH_SEE = Set.of("wrong-font", "body-12pt", "day-without-zero", "march-with-zero",
            "end-mark-after-full-stop", "no-titlePg", "summary-in-capitals", "no-luu", "landscape-first-page",
            "body-not-indented", "recipients-label-upright");

    static Stream<String> plans() {
        return Samples.names();
    }

    static Stream<BrokenDocumentsTest.Breakage> broken() {
        return BrokenDocumentsTest.catalogue().stream().filter(b -> BOTH_SEE.contains(b.name()));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void bothPassOurDocxAndPdf(String name) throws Exception {
        assumeTools();
        Samples.Rendered r = Samples.render(name);
        boolean letter = r.plan().type() == DocumentType.CONG_VAN;
        String type = letter ? "CÔNG VĂN" : r.plan().type().vietnameseName().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        for (Path file : List.of(r.docxFile(), r.pdfFile())) {
            List<String> theirs = failures(file, type);
            CheckReport ours = Checker.check(file, r.plan().type());
            assertEquals(List.of(), theirs, "the independent checker on " + file);
            assertEquals(0, ours.exitCode(), ours.text());
        }
    }

    @ParameterizedTest
    @MethodSource("broken")
    void bothFailTheBrokenDocumentsTheyBothLookInto(BrokenDocumentsTest.Breakage b) throws Exception {
        assumeTools();
        Path file = Files.createDirectories(Samples.OUT.resolve("second-opinion")).resolve(b.name() + ".docx");
        Files.write(file, b.docx());
        List<String> theirs = failures(file, "KẾ HOẠCH");
        CheckReport ours = Checker.check(file);
        assertTrue(!theirs.isEmpty(), "the independent checker passes " + b.name());
        assertEquals(1, ours.exitCode(), "ours passes " + b.name());
    }

    private static void assumeTools() {
        assumeTrue(Files.isExecutable(CHECKER) && Samples.onPath("python3") && Samples.onPath("pdftotext"),
                "needs ../shared/nd30/check, python3 and poppler-utils");
    }

    /** The independent checker's FAIL lines for one file. */
    private static List<String> failures(Path file, String type) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(CHECKER.toString(), file.toString(), "--type", type)))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the independent checker finishes");
        assertTrue(out.contains(" passed, "), out);
        return out.lines().filter(l -> l.startsWith("FAIL")).toList();
    }
}
