package vn.vanban.docx4j;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.vanban.docx4j.check.CheckLauncher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docx4j and JAXB load only for what needs them: rendering never loads them, nor does checking a
 * PDF, even with this module on the class path; and core does not depend on them at run time, so
 * an application that only renders does not even download them. Each probe runs in a fresh JVM
 * that lists the classes it loads.
 */
class IsolationTest {

    private static final Path SAMPLE = Path.of(System.getProperty("vanban.samples", "../samples"), "duc-pho-2024.yaml");
    private static final List<String> HEAVY = List.of("org.docx4j.", "jakarta.xml.bind.", "org.glassfish.jaxb.");

    /** The names of the classes a fresh JVM loads running {@code main} with these arguments. */
    private static List<String> loaded(Class<?> main, String... args) throws Exception {
        return run(System.getProperty("java.class.path"), main, args);
    }

    private static List<String> run(String classPath, Class<?> main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-Djava.awt.headless=true", "-cp", classPath, main.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe finishes");
        return out.lines().filter(l -> l.contains("[class,load]")).map(l -> l.replaceFirst(".*\\[class,load\\] (\\S+).*", "$1")).toList();
    }

    /**
     * The classes of docx4j and JAXB among those loaded. docx4j's own copy of Xalan
     * ({@code org.docx4j.org.apache.xalan}, which docx4j needs to load a package) is left out: it
     * declares itself the JVM's XSLT processor, and FOP's event model parser, asking for one,
     * gets it whenever this module is on the class path. That is Xalan, not docx4j or JAXB; the PDF
     * comes out byte for byte the same.
     */
    private static List<String> heavy(List<String> classes) {
        return classes.stream().filter(c -> HEAVY.stream().anyMatch(c::startsWith) && !c.startsWith("org.docx4j.org.apache."))
                .toList();
    }

    @Test
    void renderingLoadsNeitherDocx4jNorJaxb() throws Exception {
        List<String> classes = loaded(RenderProbe.class, SAMPLE.toString());
        assertTrue(classes.contains("org.apache.fop.apps.FopFactory"), "the probe rendered a PDF");
        assertEquals(List.of(), heavy(classes));
    }

    @Test
    void docx4jsXalanOnTheClassPathLeavesThePdfUnchanged(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String all = System.getProperty("java.class.path");
        String withoutXalan = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(all.split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("xalan")).toList());
        List<String> with = run(all, RenderProbe.class, SAMPLE.toString(), dir.resolve("with.pdf").toString());
        run(withoutXalan, RenderProbe.class, SAMPLE.toString(), dir.resolve("without.pdf").toString());
        assertTrue(with.contains("org.docx4j.org.apache.xalan.processor.TransformerFactoryImpl"), "FOP found docx4j's Xalan");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("with.pdf")), Files.readAllBytes(dir.resolve("without.pdf"))));
    }

    @Test
    void checkingAPdfLoadsNeitherDocx4jNorJaxbAndCheckingADocxDoes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var r = vn.vanban.docx4j.check.CheckerAccess.rendered("no-appendix");
        Path pdf = Files.write(dir.resolve("plan.pdf"), r[1]);
        Path docx = Files.write(dir.resolve("plan.docx"), r[0]);
        List<String> forPdf = loaded(CheckLauncher.class, pdf.toString());
        assertTrue(forPdf.contains("org.apache.pdfbox.pdmodel.PDDocument"), "the probe read the PDF");
        assertEquals(List.of(), heavy(forPdf));
        assertTrue(heavy(loaded(CheckLauncher.class, docx.toString())).contains("org.docx4j.openpackaging.packages.WordprocessingMLPackage"));
    }

    /** core's pom: docx4j (and with it JAXB) only in the test scope. */
    @Test
    void coreDependsOnDocx4jOnlyInItsTests() throws Exception {
        Path pom = Path.of(System.getProperty("vanban.samples", "../samples")).resolve("../core/pom.xml");
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList deps = f.newDocumentBuilder().parse(pom.toFile()).getElementsByTagNameNS("*", "dependency");
        int seen = 0;
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String artifact = d.getElementsByTagNameNS("*", "artifactId").item(0).getTextContent();
            if (artifact.contains("docx4j") || artifact.contains("jaxb")) {
                seen++;
                NodeList scope = d.getElementsByTagNameNS("*", "scope");
                assertEquals("test", scope.getLength() == 0 ? "compile" : scope.item(0).getTextContent(), artifact);
            }
        }
        assertTrue(seen <= 1, "core names docx4j at most once, for its tests");
    }
}
