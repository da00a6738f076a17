package vn.vanban.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The streams one run of the command talks through. Text is always UTF-8, whatever the
 * platform's default: Vietnamese must not turn into question marks on a POSIX locale. Text goes
 * through a {@link TerminalWriter}, so nothing from the data can act on a terminal, and a write
 * that fails is remembered: {@link #finish} turns it into a failure. Both writers flush on every
 * line so that messages from worker threads and from the main thread interleave in the order
 * they were printed.
 */
final class Io {
    final PrintWriter out;
    final PrintWriter err;
    final InputStream in;
    /** Whether standard output is a terminal a person watches: batch then draws a progress bar. */
    final boolean terminal;
    /** Every file this run writes goes through here. */
    final AtomicOutput files = new AtomicOutput();

    private final OutputStream rawOut;
    private final OutputStream rawErr;
    private final TerminalWriter outText;
    private final TerminalWriter errText;
    /** Whether a failed write of standard output has been reported already, by {@link #writeDocument}. */
    private volatile boolean outFailureSaid;

    Io(OutputStream out, OutputStream err, InputStream in, boolean terminal) {
        this.rawOut = out;
        this.rawErr = err;
        this.outText = new TerminalWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.errText = new TerminalWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        this.out = new PrintWriter(outText, true);
        this.err = new PrintWriter(errText, true);
        this.in = in;
        this.terminal = terminal;
    }

    /** Writes a finished document to standard output, as bytes. */
    void writeDocument(byte[] document) {
        out.flush();
        try {
            rawOut.write(document);
            rawOut.flush();
        } catch (IOException e) {
            outFailureSaid = true;
            throw CliException.file("cannot write to standard output: " + AtomicOutput.reason(e), e);
        }
        if (rawOut instanceof PrintStream ps && ps.checkError()) {
            outFailureSaid = true;
            throw CliException.file("cannot write to standard output", null);
        }
    }

    /** Control codes of the command's own for the terminal on standard error (the progress bar's). */
    void control(String codes) {
        err.flush();
        try {
            errText.writeRaw(codes);
        } catch (IOException e) {
            // Remembered by errText; finish reports it.
        }
    }

    /**
     * Flushes both streams and returns the run's exit code: {@code code}, or
     * {@value Main#EXIT_INVALID} in place of success when some text could not be written (a full
     * disk, a closed pipe), with a message on standard error when that still works.
     */
    int finish(int code) {
        out.flush();
        err.flush();
        String outFailure = failure(outText, rawOut);
        if (outFailure != null && !outFailureSaid) {
            err.println("vanban: cannot write to standard output" + outFailure);
            err.flush();
        }
        boolean failed = outFailure != null || failure(errText, rawErr) != null;
        return failed && code == Main.EXIT_OK ? Main.EXIT_INVALID : code;
    }

    /** Null when every write went through, else ": reason" (or "" when only a PrintStream knows). */
    private static String failure(TerminalWriter text, OutputStream raw) {
        IOException e = text.failure();
        if (e != null) {
            return ": " + AtomicOutput.reason(e);
        }
        return raw instanceof PrintStream ps && ps.checkError() ? "" : null;
    }
}
