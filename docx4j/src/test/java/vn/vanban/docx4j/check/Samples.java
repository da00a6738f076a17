package vn.vanban.docx4j.check;

import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The documents the checker must pass: every sample plan and every test plan, rendered by vanban
 * to DOCX and PDF once per test run, and LibreOffice's PDF of each DOCX. They are written under
 * {@code target/check/} for a person to open.
 */
final class Samples {

    static final Path OUT = Path.of("target", "check");
    static final Path SAMPLES = Path.of(System.getProperty("vanban.samples", "../samples"));
    static final Path PLANS = Path.of(System.getProperty("vanban.plans", "../core/src/test/resources/plans"));
    static final Path SHARED = Path.of(System.getProperty("vanban.shared", "../../shared/nd30"));

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();
    private static Vanban vanban;

    /** A plan rendered: its data, both files, and where they were written. */
    record Rendered(String name, Plan plan, byte[] docx, byte[] pdf, Path docxFile, Path pdfFile) {
    }

    private Samples() {
    }

    /** The data files of the samples and the test plans, by name ("duc-pho-2024"). */
    static Stream<String> names() {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(SAMPLES, PLANS)) {
            try (Stream<Path> files = Files.list(dir)) {
                // A progress file (*-progress.yaml) is no plan: it makes a report (vn.vanban.report).
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.endsWith("-progress.yaml"))
                        .sorted()
                        .forEach(n -> out.add(n.substring(0, n.length() - ".yaml".length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.stream();
    }

    static synchronized Vanban vanban() {
        if (vanban == null) {
            vanban = Vanban.builder().build();
        }
        return vanban;
    }

    static Rendered render(String name) {
        return RENDERED.computeIfAbsent(name, Samples::renderNow);
    }

    private static Rendered renderNow(String name) {
        Path data = Files.exists(SAMPLES.resolve(name + ".yaml")) ? SAMPLES.resolve(name + ".yaml") : PLANS.resolve(name + ".yaml");
        Plan plan = vanban().read(data);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        vanban().render(plan, OutputFormat.DOCX, docx);
        vanban().render(plan, OutputFormat.PDF, pdf);
        try {
            Files.createDirectories(OUT);
            Path d = Files.write(OUT.resolve(name + ".docx"), docx.toByteArray());
            Path p = Files.write(OUT.resolve(name + ".pdf"), pdf.toByteArray());
            return new Rendered(name, plan, docx.toByteArray(), pdf.toByteArray(), d, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * LibreOffice's PDF of our DOCX of a plan, as a clerk's office suite would print it; converted
     * once per run, all plans in one LibreOffice start. Only our own rendered DOCX files are given to it.
     */
    static synchronized Path libreOffice(String name) {
        Path dir = OUT.resolve("libreoffice");
        Path pdf = dir.resolve(name + ".pdf");
        if (Files.exists(pdf)) {
            return pdf;
        }
        try {
            Files.createDirectories(dir);
            List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + Files.createTempDirectory("lo-profile").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
            names().forEach(n -> cmd.add(render(n).docxFile().toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || !Files.exists(pdf)) {
                p.destroyForcibly();
                throw new IllegalStateException("LibreOffice did not convert " + name + ": " + log);
            }
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
