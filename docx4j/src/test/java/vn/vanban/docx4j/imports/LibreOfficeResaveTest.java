package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.common.Format;
import vn.vanban.load.PlanWriter;

import java.io.IOException;
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
 * Our DOCX saved again by LibreOffice ({@code soffice --convert-to docx}), as a clerk's office
 * suite saves it after an edit: its styles renamed, runs split, properties rewritten. It imports
 * to the same plan, text and structure, as the file we wrote. LibreOffice runs once, on the
 * samples only (a few seconds a file).
 */
class LibreOfficeResaveTest {

    private static final Path DIR = Documents.OUT.resolve("libreoffice");

    static Stream<Path> samples() {
        return Documents.samples();
    }

    @BeforeAll
    static void resave() throws Exception {
        assumeTrue(onPath("soffice"), "needs LibreOffice (soffice)");
        Files.createDirectories(DIR.resolve("ours"));
        List<String> cmd = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + Files.createTempDirectory("lo-profile").toUri(),
                "--headless", "--convert-to", "docx", "--outdir", DIR.toString()));
        for (Path p : samples().toList()) {
            Path ours = DIR.resolve("ours").resolve(Documents.name(p) + ".docx");
            Files.write(ours, Documents.render(Documents.vanban().read(p)));
            cmd.add(ours.toString());
        }
        Process lo = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(lo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lo.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish: " + log);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void importsToTheSamePlan(Path data) throws IOException {
        String name = Documents.name(data);
        Path resaved = DIR.resolve(name + ".docx");
        assertTrue(Files.exists(resaved), "LibreOffice wrote no " + resaved);
        byte[] ours = Files.readAllBytes(DIR.resolve("ours").resolve(name + ".docx"));
        byte[] theirs = Files.readAllBytes(resaved);
        assertTrue(!java.util.Arrays.equals(ours, theirs));

        Import a = new Importer().read(ours, name + ".docx");
        Import b = new Importer().read(Documents.visibleOnly(theirs), resaved.toString());

        assertEquals(List.of(), b.unmapped());
        PlanWriter w = new PlanWriter();
        assertEquals(w.write(a.plan(), Format.YAML), w.write(b.plan(), Format.YAML));
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
