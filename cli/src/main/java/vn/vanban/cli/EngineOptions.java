package vn.vanban.cli;

import vn.vanban.Vanban;
import vn.vanban.cli.args.Arguments;
import vn.vanban.cli.args.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The options that set up the rendering engine, shared by render and batch. */
final class EngineOptions {

    static final Option TEMPLATES = Option.value("DIR",
            "A directory whose templates (and profile.yaml) replace the built-in ones of the same name.", "--templates");
    static final Option FONTS = Option.value("DIR",
            "A directory holding Times New Roman's four TrueType files, used before the bundled fonts.", "--fonts");
    static final Option PDFA = Option.flag("Write PDF/A-2b, the archival form, instead of plain PDF.", "--pdfa");
    /** In the order help lists them. */
    static final List<Option> ALL = List.of(TEMPLATES, FONTS, PDFA);

    private final Path templates;
    private final Path fonts;
    private final boolean pdfA;

    EngineOptions(Arguments args) {
        this.templates = args.path(TEMPLATES);
        this.fonts = args.path(FONTS);
        this.pdfA = args.has(PDFA);
    }

    /** One engine for the whole run: templates are parsed and fonts loaded once. */
    Vanban engine() {
        requireDirectory(templates, "--templates");
        requireDirectory(fonts, "--fonts");
        return Vanban.builder().templates(templates).fonts(fonts).pdfA(pdfA).build();
    }

    private static void requireDirectory(Path dir, String option) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw CliException.file(option + " '" + dir + "': " + (Files.exists(dir) ? "not a directory" : "no such directory"), null);
        }
    }
}
