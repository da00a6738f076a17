package vn.vanban.common;

/**
 * One thing wrong with an input file: where it is and what was expected. Printed one a line as
 * {@code file:line:col: path: message}, the form compilers use, so editors can jump to it.
 *
 * @param file    the file's name as the user gave it, "-" for standard input, or "" for a plan
 *                built in Java (then printed {@code path: message})
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    the field path ("signatory.fullName", "appendices[0].rows[3].time"), or "" for
 *                the whole file
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
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
