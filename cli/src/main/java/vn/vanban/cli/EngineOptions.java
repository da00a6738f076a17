package vn.vanban.cli;

import picocli.CommandLine.Option;
import vn.vanban.Vanban;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The options that set up the rendering engine, shared by render and batch. */
final class EngineOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory whose templates (and profile.yaml) replace the built-in ones of the same name.")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR",
            description = "A directory holding Times New Roman's four TrueType files, used before the bundled fonts.")
    Path fonts;

    @Option(names = "--pdfa", description = "Write PDF/A-2b, the archival form, instead of plain PDF.")
    boolean pdfA;

    /**
     * One engine for the whole run: templates are parsed and fonts loaded once; what its set-up
     * worked around is said once on {@code err}.
     */
    Vanban engine(PrintWriter err) {
        requireDirectory(templates, "--templates");
        requireDirectory(fonts, "--fonts");
        Vanban engine = Vanban.builder().templates(templates).fonts(fonts).pdfA(pdfA).build();
        engine.warnings().forEach(w -> err.println("vanban: warning: " + w));
        return engine;
    }

    private static void requireDirectory(Path dir, String option) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw CliException.file(option + " '" + dir + "': " + (Files.exists(dir) ? "not a directory" : "no such directory"), null);
        }
    }
}
