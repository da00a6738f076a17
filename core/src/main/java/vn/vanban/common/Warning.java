package vn.vanban.common;

import java.util.Objects;

/**
 * Cảnh báo — something a rendering found that a person should look at, though the document was
 * written: a character the font cannot show, a word wider than its line, a sentence whose end
 * mark replaced its last character. It names the field of the plan whose text it is about, so
 * that a plan read from a file can be told at that field's line ({@code vanban render} prints
 * {@code file:line:col: warning: path: message}).
 *
 * @param path    the field path of the text it is about, as problems name fields
 *                ({@code body[2].section.content[0].text}, {@code appendices[0].rows[3].content},
 *                {@code signatory.fullName}); "" when the text comes from no one field (a fixed
 *                label, a line made of several fields) or the warning is about no text
 * @param message what was found and what was done, as a plain sentence
 */
public record Warning(String path, String message) {
    public Warning {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** A warning about no field. */
    public static Warning of(String message) {
        return new Warning("", message);
    }

    /** {@code path: message}, or the message alone when it names no field, as a {@link Problem} prints. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
