package vn.vanban.bench;

import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one cold {@code vanban render FILE --format docx,pdf} does, without the command line:
 * build the engine, read each plan, write its DOCX and PDF. bench/run.sh uses it to time and
 * profile a cold start when the CLI jar is not built, and to make the DOCX files LibreOffice
 * converts.
 * <p>
 * Usage: {@code java -cp benchmarks.jar vn.vanban.bench.ColdRender OUT_DIR FORMATS PLAN...},
 * FORMATS being {@code docx}, {@code pdf} or {@code docx,pdf}. With {@code -Dbench.phases=true} it
 * prints how long each step took to standard error, to see where a cold start goes.
 */
public final class ColdRender {

    private ColdRender() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ColdRender OUT_DIR docx|pdf|docx,pdf PLAN...");
            System.exit(2);
        }
        Path outDir = Files.createDirectories(Path.of(args[0]));
        String[] formats = args[1].split(",");
        Phases phases = new Phases(Boolean.getBoolean("bench.phases"));
        Vanban vanban = Vanban.builder().build();
        phases.mark("engine built (templates, profile, fonts, FOP factory)");
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Plan plan = vanban.read(file);
            phases.mark("read " + file.getFileName());
            String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            for (String f : formats) {
                OutputFormat format = OutputFormat.valueOf(f.trim().toUpperCase(java.util.Locale.ROOT));
                try (OutputStream out = Files.newOutputStream(outDir.resolve(base + "." + format.extension()))) {
                    vanban.render(plan, format, out);
                }
                phases.mark("render " + format);
            }
        }
        phases.mark("done");
    }

    /** Milliseconds since the JVM started, and since the previous mark. */
    private static final class Phases {
        private final boolean on;
        private long last = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();

        Phases(boolean on) {
            this.on = on;
            mark("JVM start to main");
        }

        void mark(String what) {
            if (!on) {
                return;
            }
            long now = System.currentTimeMillis();
            System.err.printf(java.util.Locale.ROOT, "%6d ms  +%5d ms  %s%n",
                    now - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(), now - last, what);
            last = now;
        }
    }
}
