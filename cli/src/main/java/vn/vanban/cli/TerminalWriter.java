package vn.vanban.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.HexFormat;

/**
 * Text on its way to a terminal, with the characters that could act on the terminal instead of
 * being shown written out as Java escapes (a backslash, {@code u}, four hex digits): C0 and C1 controls (an escape sequence in a plan's
 * date could retitle the window or clear the screen), DEL, the bidirectional overrides,
 * embeddings, isolates and marks (U+202E would turn the rest of a message round) and the line and
 * paragraph separators. A line break or a tab stays, and so does the "\r\n" of a line ending.
 * <p>
 * Everything the command prints passes through one of these: messages, warnings, file names,
 * picocli's help and usage errors, the library's log. It also remembers the first failed write,
 * which {@link java.io.PrintWriter} would otherwise swallow.
 */
final class TerminalWriter extends Writer {

    private final Writer out;
    private IOException failure;

    TerminalWriter(Writer out) {
        this.out = out;
    }

    /** {@code text} with every character that is not {@linkplain #isSafe safe} written as a Java escape. */
    static String escape(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSafe(c) || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                sb.append(c);
            } else {
                sb.append("\\u").append(HexFormat.of().toHexDigits(c));
            }
        }
        return sb.toString();
    }

    static boolean isSafe(char c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        if (Character.getType(c) == Character.CONTROL) { // C0, DEL, C1
            return false;
        }
        return switch (c) {
            // Arabic letter mark; left-to-right and right-to-left marks; line and paragraph separators;
            // embeddings and overrides; isolates.
            case 0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
                 0x2066, 0x2067, 0x2068, 0x2069 -> false;
            default -> true;
        };
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        // PrintWriter hands over a line ending in one call, so "\r\n" is never split here.
        passOn(escape(new String(buf, off, len)));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        passOn(escape(s.substring(off, off + len)));
    }

    /** Control codes of the command's own (the progress bar's), which must reach the terminal as they are. */
    void writeRaw(String codes) throws IOException {
        // The lock PrintWriter holds while it writes: a message from another thread goes before or after.
        synchronized (lock) {
            passOn(codes);
            flush();
        }
    }

    private void passOn(String s) throws IOException {
        try {
            out.write(s);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private synchronized void remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** The first write that failed, or null. */
    synchronized IOException failure() {
        return failure;
    }
}
