package vn.vanban.layout;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.VanbanException;
import vn.vanban.common.Format;
import vn.vanban.load.Node;
import vn.vanban.load.Problems;
import vn.vanban.load.TextDecoder;
import vn.vanban.load.TreeReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads a {@link LayoutProfile} from its YAML form (see {@code vn/vanban/profile/nd30.yaml}), with
 * the located tree and the {@link vn.vanban.common.Problem}s of a plan file: every mistake is reported
 * at once as {@code file:line:col: path: message}, and a measure outside the range a document can
 * be laid out in is one of them. Thread-safe: no state.
 */
public final class ProfileLoader {

    /** The classpath location of the decree's profile. */
    public static final String DEFAULT_PROFILE = "vn/vanban/profile/nd30.yaml";

    /** The file name of a layout profile in a template directory. */
    public static final String FILE_NAME = "profile.yaml";

    private static final TreeReader TREES = new TreeReader("layout profile");

    private ProfileLoader() {
    }

    /** The profile shipped in the templates jar. */
    public static LayoutProfile loadDefault() {
        try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(DEFAULT_PROFILE)) {
            if (in == null) {
                throw new IllegalStateException("the templates jar is missing " + DEFAULT_PROFILE);
            }
            return load(in, DEFAULT_PROFILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_PROFILE, e);
        }
    }

    /**
     * The profile of a template directory: its {@value #FILE_NAME} when it has one, else the
     * built-in one. The file is confined to the directory as templates are: a link that leads out
     * of it is refused and not read.
     *
     * @param dir a template directory, or {@code null} for none
     * @throws InvalidInputException naming each problem of the directory's profile
     * @throws VanbanException       when the file leads outside the directory or cannot be read
     */
    public static LayoutProfile forTemplates(Path dir) {
        if (dir == null) {
            return loadDefault();
        }
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return loadDefault();
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(dir.toRealPath())) {
                throw new VanbanException("the layout profile " + file + " leads outside the template directory; refused");
            }
            if (!Files.isRegularFile(real)) {
                throw new VanbanException("the layout profile " + file + " is not a file");
            }
            try (InputStream in = Files.newInputStream(real)) {
                return load(in, file.toString());
            }
        } catch (IOException e) {
            throw new VanbanException("cannot read the layout profile " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a profile, no more than the size limit of a data file; {@code name} is what problems
     * are reported against.
     *
     * @throws InvalidInputException naming the file, the line and column, the field's path and
     *                               what it expects, for malformed YAML, an unknown field (a
     *                               misspelt one would otherwise be silently ignored), a missing
     *                               one, a wrong value or one out of range
     */
    public static LayoutProfile load(InputStream in, String name) throws IOException {
        Problems problems = new Problems(name);
        Node root = TREES.parse(TextDecoder.readAtMost(in), Format.YAML, problems);
        LayoutProfile profile = root == null ? null : new ProfileReader(problems).profile(root);
        problems.throwIfAny();
        return profile;
    }
}
