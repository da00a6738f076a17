package vn.vanban.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A data file that another names (a progress file its plan, a citation the document it cites):
 * confined to the naming file's folder and the folders below it — no absolute path, no "..",
 * no link that leads out — so that a file handed over by someone else cannot make vanban read
 * any file of the machine. The one place this rule lives.
 */
public final class LocalFile {

    private LocalFile() {
    }

    /**
     * Where {@code text} leads from {@code folder}, or why it may not be read; in the messages
     * {@code namer} is what names it ("this progress file") and {@code what} what it names ("the plan").
     */
    public static Resolved resolve(Path folder, String text, String namer, String what) {
        Path relative;
        try {
            relative = Path.of(text);
        } catch (InvalidPathException e) {
            return Resolved.refused("expected " + what + "'s file name, found " + Problems.quote(text)
                    + ", which is no file name");
        }
        if (relative.isAbsolute() || relative.getRoot() != null) {
            return Resolved.refused("expected a path relative to " + namer + ", such as 'duc-pho-2024.yaml', found "
                    + Problems.quote(text) + "; keep " + what + " in this file's folder or one below it");
        }
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base)) {
            return Resolved.refused(Problems.quote(text) + " leads outside the folder of " + namer + "; keep "
                    + what + " in this file's folder or one below it");
        }
        if (Files.exists(target)) {
            try {
                if (!target.toRealPath().startsWith(base.toRealPath())) {
                    return Resolved.refused(Problems.quote(text) + " is a link that leads outside the folder of "
                            + namer + "; refused");
                }
            } catch (IOException e) {
                return Resolved.refused(Problems.quote(text) + " cannot be read: "
                        + Problems.excerpt(String.valueOf(e.getMessage())));
            }
        }
        return new Resolved(target, relative, null);
    }

    /**
     * A resolved name: {@code target} (absolute, normalised) and {@code relative} as written, or
     * {@code refusal}, the message saying why it may not be read.
     */
    public record Resolved(Path target, Path relative, String refusal) {
        static Resolved refused(String why) {
            return new Resolved(null, null, why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }
}
