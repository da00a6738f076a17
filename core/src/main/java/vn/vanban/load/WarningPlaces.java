package vn.vanban.load;

import vn.vanban.common.Format;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.common.Warning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A rendering's warnings about a plan read from a file, placed at the field they are about as the
 * reading's own warnings are (file, line, column, field path). Each warning names its field
 * ({@link Warning#path}); this only finds where that field stands in the file.
 */
public final class WarningPlaces {

    private WarningPlaces() {
    }

    /**
     * One problem per warning, in order: placed where its field stands in {@code file}; a warning
     * about no field with line 0 and no path, and one whose file no longer reads with line 0.
     */
    public static List<Problem> place(Path file, List<Warning> warnings) {
        return place(file, warnings, UnaryOperator.identity());
    }

    /**
     * As {@link #place(Path, List)}, for a document made from {@code file} whose fields carry other
     * paths: {@code inFile} gives a warning's path in {@code file}, or "" where the document's
     * field does not stand in it (then the warning is told without a place).
     */
    public static List<Problem> place(Path file, List<Warning> warnings, UnaryOperator<String> inFile) {
        return place(file.toString(), () -> tree(file), warnings, inFile);
    }

    /**
     * As {@link #place(Path, List)}, for a plan read from {@code bytes} (standard input, which
     * cannot be read again), named {@code name} in the problems.
     */
    public static List<Problem> place(String name, byte[] bytes, Format format, List<Warning> warnings) {
        return place(name, () -> {
            try {
                return new TreeReader().parse(bytes, format, new Problems(name));
            } catch (InvalidInputException e) {
                return null;
            }
        }, warnings, UnaryOperator.identity());
    }

    private static List<Problem> place(String name, Supplier<Node> tree, List<Warning> warnings,
                                       UnaryOperator<String> inFile) {
        List<String> paths = warnings.stream().map(w -> w.path().isEmpty() ? "" : inFile.apply(w.path())).toList();
        // The file is read again only for a warning that names a field: most renderings have none.
        Node root = paths.stream().allMatch(String::isEmpty) ? null : tree.get();
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < warnings.size(); i++) {
            Problems placed = new Problems(name);
            if (root == null || paths.get(i).isEmpty()) {
                placed.warn(0, 0, paths.get(i), warnings.get(i).message());
            } else {
                Locations.place(root, new Violations.Violation(paths.get(i), warnings.get(i).message()), placed, true);
            }
            out.add(placed.warnings().get(0));
        }
        return out;
    }

    /** The file's located tree, or {@code null} when it no longer reads. */
    private static Node tree(Path file) {
        Problems problems = new Problems(file.toString());
        try {
            DataFile data = DataFile.read(file, problems);
            return new TreeReader().parse(data.bytes(), data.format(), problems);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
