package vn.vanban.report;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.common.Format;
import vn.vanban.load.Node;
import vn.vanban.load.PlanReader;
import vn.vanban.load.LocalFile;
import vn.vanban.load.Problems;
import vn.vanban.load.TextDecoder;
import vn.vanban.load.TreeReader;
import vn.vanban.load.Values;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The plan a progress file names, found and read under the rules every input obeys. The path is
 * relative to the progress file and may not lead out of its folder (no absolute path, no "..",
 * no link whose real path is elsewhere): reading a report reads nothing but what its user put
 * beside it. Only a regular file is read, and no more than the plan reader's size limit; a
 * message about it quotes at most a short excerpt of it.
 *
 * @param plan the plan as read
 * @param tree its file as a located tree, to place warnings about its cells
 * @param name the plan file's name as problems give it (the progress file's folder, then the path)
 * @param path where it is: absolute and normalised
 */
record PlanFile(Plan plan, Node tree, String name, Path path) {

    /**
     * Reads the plan {@code text} names, relative to {@code progress}. A problem with the path is
     * reported at {@code at}; the plan file's own problems are added to {@code planProblems}.
     *
     * @return the plan, or empty after reporting why it could not be read
     */
    static Optional<PlanFile> read(Path progress, String text, Node at, String path, Values values,
                                   List<Problem> planProblems) {
        Path folder = progress.toAbsolutePath().normalize().getParent();
        LocalFile.Resolved where = LocalFile.resolve(folder, text, "this progress file", "the plan");
        if (where.refused()) {
            values.report(at, path, where.refusal());
            return Optional.empty();
        }
        Path relative = where.relative();
        Path target = where.target();
        Path parent = progress.getParent();
        String name = (parent == null ? relative : parent.resolve(relative)).normalize().toString();
        Optional<Format> format = Format.byFileName(target.getFileName() == null ? "" : target.getFileName().toString());
        if (format.isEmpty()) {
            values.report(at, path, "expected the plan's data file, a name ending in .yaml, .yml or .json, found "
                    + Problems.quote(text));
            return Optional.empty();
        }
        if (!Files.exists(target)) {
            values.report(at, path, "the plan file " + Problems.quote(name) + " does not exist");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            // LocalFile refused a link out of the folder; the real path only says what the file is.
            Path real = target.toRealPath();
            if (!Files.isRegularFile(real)) {
                values.report(at, path, "the plan file " + Problems.quote(name) + " is not a file of data (a folder, a "
                        + "device or a pipe)");
                return Optional.empty();
            }
            if (real.equals(progress.toRealPath())) {
                values.report(at, path, "this is the progress file itself; name the plan's data file");
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(real)) {
                bytes = TextDecoder.readAtMost(in);
            }
        } catch (IOException e) {
            values.report(at, path, "the plan file " + Problems.quote(name) + " cannot be read: "
                    + Problems.excerpt(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        Problems own = new Problems(name);
        String decoded = TextDecoder.decode(bytes, own);
        if (decoded == null) {
            planProblems.addAll(own.sorted());
            return Optional.empty();
        }
        try {
            Plan plan = new PlanReader().read(decoded, name, format.get());
            // Read again for its locations: the plan reader keeps none, and a warning names its line.
            Node tree = new TreeReader().parse(decoded, format.get(), new Problems(name));
            return Optional.of(new PlanFile(plan, tree, name, target));
        } catch (InvalidInputException e) {
            planProblems.addAll(e.problems());
            return Optional.empty();
        }
    }
}
