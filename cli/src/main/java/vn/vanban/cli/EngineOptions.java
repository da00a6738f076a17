package vn.vanban.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vanban.Vanban;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The options that set up the rendering engine, shared by render and batch. */
final class EngineOptions {

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Option(names = "--pdfa", description = "Write PDF/A-2b, the archival form, instead of plain PDF.")
    boolean pdfA;

    /**
     * One engine for the whole run: templates are parsed and fonts loaded once; what its set-up
     * worked around is said once on {@code err}.
     */
    Vanban engine(PrintWriter err) {
        return engine(layout, pdfA, err);
    }

    /** An engine laying out as {@code layout} says, writing PDF/A when {@code pdfA}. */
    static Vanban engine(LayoutOptions layout, boolean pdfA, PrintWriter err) {
        requireDirectory(layout.templates, "--templates");
        requireDirectory(layout.fonts, "--fonts");
        Vanban engine = Vanban.builder().templates(layout.templates).fonts(layout.fonts).pdfA(pdfA).build();
        engine.warnings().forEach(w -> err.println("vanban: warning: " + w));
        return engine;
    }

    private static void requireDirectory(Path dir, String option) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw CliException.file(option + " '" + dir + "': " + (Files.exists(dir) ? "not a directory" : "no such directory"), null);
        }
    }
}
