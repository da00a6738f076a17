package vn.vanban.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command in-process, through the same entry point as {@code main}, and keeps what it printed. */
final class Cli {

    private Cli() {
    }

    /** What one run returned and printed. */
    record Run(int exitCode, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + (outBytes.length > 4000 ? "(" + outBytes.length + " bytes)" : out())
                    + "\n--- err:\n" + err;
        }
    }

    static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Run runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin);
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), in);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** The repository's samples directory, passed in by the build. */
    static Path samples() {
        return Path.of(System.getProperty("vanban.samples", "../samples"));
    }
}
