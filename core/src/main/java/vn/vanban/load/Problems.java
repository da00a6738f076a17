package vn.vanban.load;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects the problems of one input while it is read (a plan, a layout profile); one instance
 * per read, never shared.
 */
public final class Problems {

    /** The longest excerpt of an input a message quotes: a message must never echo a whole file. */
    static final int EXCERPT = 60;

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** @param file the input's name as the user gave it, "-" for standard input, "" for none */
    public Problems(String file) {
        this.file = file;
    }

    public void add(int line, int column, String path, String message) {
        list.add(new Problem(file, line, column, shortKeys(path), message));
    }

    public void add(Node at, String path, String message) {
        add(at.line(), at.column(), path, message);
    }

    /** A path is made of the file's keys: each is cut as an excerpt is, so that no key makes it an echo of the file. */
    private static String shortKeys(String path) {
        if (path.length() <= EXCERPT) {
            return path;
        }
        return Arrays.stream(path.split("\\.", -1)).map(key -> key.length() > EXCERPT ? excerpt(key) : key)
                .collect(Collectors.joining("."));
    }

    /** Something that reads as the user may not mean it, but is still a valid input. */
    public void warn(int line, int column, String path, String message) {
        warnings.add(new Problem(file, line, column, shortKeys(path), message));
    }

    /** The warnings, in file order. */
    public List<Problem> warnings() {
        List<Problem> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws with every problem, in file order, when there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw exception();
        }
    }

    /** The exception listing every problem in file order; there must be one. */
    public InvalidInputException exception() {
        if (list.isEmpty()) {
            throw new IllegalStateException("no problem to report");
        }
        return new InvalidInputException(sorted());
    }

    /** Every problem so far, in file order: for notes that are told without stopping (warnings). */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(list);
        // Stable: problems at one spot keep the order they were found in.
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }

    /**
     * A value of the input as a message quotes it: in single quotes, cut to its first line and
     * {@value #EXCERPT} characters. Every value a message shows goes through here, so that no message repeats more
     * than a line of a file that was never meant to be read (a link to /etc/passwd, say).
     */
    public static String quote(String text) {
        return "'" + excerpt(text) + "'";
    }

    /** {@link #quote} without the quotes: the text's first line, cut to {@value #EXCERPT} characters. */
    public static String excerpt(String text) {
        String line = text.split("[\n\r]", 2)[0];
        if (line.codePointCount(0, line.length()) > EXCERPT) {
            line = line.substring(0, line.offsetByCodePoints(0, EXCERPT - 3));
        } else if (line.length() == text.length()) {
            return text;
        }
        return line + "…";
    }
}
