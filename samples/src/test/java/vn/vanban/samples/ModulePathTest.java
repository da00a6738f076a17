package vn.vanban.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application that is itself a module ({@code requires vn.vanban;}) renders a plan with the
 * library and its dependencies on the module path, with no {@code --add-modules} or
 * {@code --add-opens}: what {@code module-info.java} promises, tried as a user would.
 */
class ModulePathTest {

    private static final String MODULE = "module demo { requires vn.vanban; }\n";
    private static final String MAIN = """
            package demo;
            import vn.vanban.OutputFormat;
            import vn.vanban.Vanban;
            import java.io.ByteArrayOutputStream;
            import java.nio.file.Path;
            public class Main {
                public static void main(String[] args) {
                    Vanban vanban = Vanban.builder().build();
                    var plan = vanban.read(Path.of(args[0]));
                    for (OutputFormat f : OutputFormat.values()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        var result = vanban.render(plan, f, out);
                        System.out.println(f + " " + out.size() + " " + result.warnings().size());
                    }
                }
            }
            """;

    @Test
    void aModularApplicationRendersBothFormats(@TempDir Path dir) throws Exception {
        String modulePath = libraries();
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("demo"));
        Files.writeString(src.resolve("module-info.java"), MODULE);
        Files.writeString(src.resolve("demo/Main.java"), MAIN);
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "--module-path", modulePath,
                src.resolve("module-info.java").toString(), src.resolve("demo/Main.java").toString());
        assertEquals(0, compiled, "the demo module compiles against vn.vanban's exports");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                "--module-path", classes + File.pathSeparator + modulePath,
                "-m", "demo/demo.Main", Path.of("..", "samples", "duc-pho-2024.yaml").toString())
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(2, TimeUnit.MINUTES);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, output);
        assertEquals(0, p.exitValue(), output);
        List<String> lines = output.lines().filter(l -> l.startsWith("DOCX ") || l.startsWith("PDF "))
                .collect(Collectors.toList());
        assertEquals(2, lines.size(), output);
        // Nothing else: PDFBox logged a SEVERE stack trace ("Unmapping is not supported") when
        // jdk.unsupported was not in the module graph.
        assertEquals(lines, output.lines().filter(l -> !l.isBlank()).toList(), output);
        for (String line : lines) {
            String[] f = line.split(" ");
            assertTrue(Integer.parseInt(f[1]) > 5_000, output);
            assertEquals("0", f[2], output);
        }
    }

    /**
     * The test class path's jars, without the test framework and this module's own classes: the
     * library and what it needs, as a user's build would put them on the module path.
     */
    private static String libraries() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> keep = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean framework = name.startsWith("junit-") || name.startsWith("opentest4j")
                    || name.startsWith("apiguardian") || name.startsWith("surefire");
            boolean ownClasses = entry.replace('\\', '/').contains("/samples/target/");
            if (!framework && !ownClasses && Files.exists(Path.of(entry))) {
                keep.add(entry);
            }
        }
        assertTrue(keep.stream().anyMatch(e -> e.contains("core")), "vanban-core is on the class path: " + cp);
        return String.join(File.pathSeparator, keep);
    }
}
