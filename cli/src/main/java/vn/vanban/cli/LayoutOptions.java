package vn.vanban.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options that decide how a plan is laid out, shared by the commands that render and by
 * validate, which lays a plan out as render would to find a text no page can hold.
 */
final class LayoutOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory whose templates (and profile.yaml) replace the built-in ones of the same name.")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR",
            description = "A directory holding Times New Roman's four TrueType files, used before the bundled fonts.")
    Path fonts;
}
