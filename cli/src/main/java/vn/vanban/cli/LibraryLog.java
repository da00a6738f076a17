package vn.vanban.cli;

import vn.vanban.pdf.PdfRenderer;

import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What the library and FOP log, said once and in the command's words. The JDK's console handler
 * prints two lines a message, a timestamp and a class name first; a glyph missing from a font
 * then appeared three times for one file (twice from the log, once from the command), a hundred
 * times over in a batch. The command prints a rendering's warnings itself, against their file, so
 * the renderer's copies are dropped; anything else from the log at WARNING or above becomes
 * {@code vanban: warning: …} (or {@code error}) on standard error, through the same writer as
 * the command's own messages.
 * <p>
 * The log is the process's, so only {@link Main#main} sets this up, never {@link Main#run}.
 */
final class LibraryLog {

    /** Held here: the log keeps loggers only weakly, and a collected one forgets its level. */
    private static Logger renderer;

    private LibraryLog() {
    }

    static synchronized void sendTo(PrintWriter err) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        Formatter text = new SimpleFormatter();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r)) {
                    String kind = r.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
                    err.println("vanban: " + kind + ": " + text.formatMessage(r));
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        handler.setLevel(Level.WARNING);
        root.addHandler(handler);
        renderer = Logger.getLogger(PdfRenderer.class.getName());
        renderer.setLevel(Level.OFF);
    }
}
