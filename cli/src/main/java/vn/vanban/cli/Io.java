package vn.vanban.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The streams one run of the command talks through. Text is always UTF-8, whatever the
 * platform's default: Vietnamese must not turn into question marks on a POSIX locale.
 * Both writers flush on every line so that messages from worker threads and from the main
 * thread interleave in the order they were printed.
 */
final class Io {
    final PrintWriter out;
    final PrintWriter err;
    /** Standard output as bytes, for a document rendered to it; flush {@link #out} first. */
    final OutputStream rawOut;
    final InputStream in;
    /** Whether standard output is a terminal a person watches: batch then draws a progress bar. */
    final boolean terminal;
    /** Every file this run writes goes through here. */
    final AtomicOutput files = new AtomicOutput();

    Io(PrintStream out, PrintStream err, InputStream in, boolean terminal) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        this.rawOut = out;
        this.in = in;
        this.terminal = terminal;
    }
}
