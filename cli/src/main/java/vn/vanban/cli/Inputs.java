package vn.vanban.cli;

import vn.vanban.load.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks on input files, so that a wrong name gets a plain sentence and not a stack trace. */
final class Inputs {

    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private Inputs() {
    }

    /** The file {@code name} if it is a readable regular file. */
    static Path readableFile(String name) {
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            throw CliException.file("cannot read '" + name + "': not a valid file name", e);
        }
        if (!Files.exists(p)) {
            throw CliException.file("cannot read '" + name + "': no such file", null);
        }
        if (Files.isDirectory(p)) {
            throw CliException.file("cannot read '" + name + "': it is a directory", null);
        }
        if (!Files.isReadable(p)) {
            throw CliException.file("cannot read '" + name + "': permission denied", null);
        }
        return p;
    }

    /**
     * Standard input's bytes, kept so that what the layout finds is placed in them; read no further
     * than a plan file may be long (a pipe from /dev/zero ends), the reader then saying it is too large.
     */
    static byte[] standardInput(InputStream in) {
        try {
            return TextDecoder.readAtMost(in);
        } catch (IOException e) {
            throw CliException.file("cannot read standard input: " + e.getMessage(), e);
        }
    }

    /** The file's name without its last extension: {@code duc-pho-2024} for {@code a/duc-pho-2024.yaml}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
