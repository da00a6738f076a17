package vn.vanban.docx4j;

import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.io.OutputStream;
import java.nio.file.Path;

/** Renders a plan to DOCX and PDF (the PDF to the file named second) in a JVM of its own: see {@link IsolationTest}. */
public final class RenderProbe {

    private RenderProbe() {
    }

    public static void main(String[] args) {
        Vanban vanban = Vanban.builder().build();
        Plan plan = vanban.read(Path.of(args[0]));
        vanban.render(plan, OutputFormat.DOCX, OutputStream.nullOutputStream());
        if (args.length > 1) {
            try (OutputStream out = java.nio.file.Files.newOutputStream(Path.of(args[1]))) {
                vanban.render(plan, OutputFormat.PDF, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            vanban.render(plan, OutputFormat.PDF, OutputStream.nullOutputStream());
        }
    }
}
