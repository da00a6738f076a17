package vn.vanban.common;

import java.util.Arrays;

/**
 * One thing wrong with an input file: where it is and what was expected. Printed one a line as
 * {@code file:line:col: path: message}, the form compilers use, so editors can jump to it.
 *
 * @param file    the file's name as the user gave it, "-" for standard input, or "" for a plan
 *                built in Java (then printed {@code path: message})
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    the field path ("signatory.fullName", "appendices[0].rows[3].time"), or "" for
 *                the whole file; printed with a run of four or more same steps written once
 *                with its count
 * @param message what was found and what is expected, as a plain sentence
 */
public record Problem(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (!file.isEmpty()) {
            sb.append(": ");
        }
        if (!path.isEmpty()) {
            sb.append(folded(path)).append(": ");
        }
        return sb.append(message).toString();
    }

    /** Fewer repeats than this are written out. */
    private static final int MIN_REPEATS = 4;

    /**
     * The path with each run of the same steps written once with its count
     * ("body[0].dash(.content[0].dash)×19.content"), so that a deep nesting reads in a line.
     */
    static String folded(String path) {
        String[] keys = path.split("\\.", -1);
        StringBuilder sb = new StringBuilder(keys[0]);
        for (int i = 1; i < keys.length; ) {
            int[] run = longestRepeat(keys, i);
            if (run[1] >= MIN_REPEATS) {
                sb.append("(.").append(String.join(".", Arrays.copyOfRange(keys, i, i + run[0])))
                        .append(")×").append(run[1]);
                i += run[0] * run[1];
            } else {
                sb.append('.').append(keys[i++]);
            }
        }
        return sb.toString();
    }

    /** The steps from {@code from} that repeat most often back to back: {length, count}. */
    private static int[] longestRepeat(String[] keys, int from) {
        int[] best = {1, 1};
        for (int length = 1; length <= 4 && from + 2 * length <= keys.length; length++) {
            int count = 1;
            while (from + (count + 1) * length <= keys.length && Arrays.equals(keys, from, from + length,
                    keys, from + count * length, from + (count + 1) * length)) {
                count++;
            }
            if (count * length > best[0] * best[1]) {
                best = new int[] {length, count};
            }
        }
        return best;
    }
}
