package vn.vanban.load;

import vn.vanban.common.InvalidInputException;
import vn.vanban.model.Plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The other data files a plan cites ({@code cite: {file: duc-pho-2024.yaml}}): a Công văn that
 * sends a plan takes the plan's number, date and summary from the plan's own file, so that they
 * cannot drift apart. A name is taken relative to the citing file's folder. A cited file may cite
 * files in turn, {@value #DEPTH} levels deep at most; a file that cites one of its citers is named
 * as a cycle. One instance per file read. The name is confined to the citing file's folder
 * ({@link LocalFile}).
 */
final class CitedFiles {

    /** How many files deep citations are followed. */
    static final int DEPTH = 2;

    private final Path folder;
    /** The citing file's citers, the user's file first, then the citing file itself when it is one. */
    private final List<Path> chain;
    /** How many files cite the citing file, 0 for the file the user gave. */
    private final int depth;

    /**
     * @param folder the citing file's folder (the working directory for a stream)
     * @param citers the files that cite the citing file, the user's first (none for the user's)
     * @param file   the citing file, or {@code null} for a stream or a text
     * @param depth  how many files cite the citing file (a stream or a text among them)
     */
    CitedFiles(Path folder, List<Path> citers, Path file, int depth) {
        this.folder = folder;
        this.chain = Stream.concat(citers.stream(), Stream.ofNullable(file)).toList();
        this.depth = depth;
    }

    /** The plan the file holds, or {@code null} after reporting why it cannot be cited at {@code at}. */
    Plan read(String name, Node at, String path, Values values) {
        Path named = folder.resolve(name).normalize();
        if (chain.stream().anyMatch(citer -> same(citer, named))) {
            values.report(at, path, "a citation cycle: " + cycle(named) + "; a file cannot be cited by a file "
                    + "it cites: write the citation out (type, number, date) in one of them");
            return null;
        }
        if (depth >= DEPTH) {
            values.report(at, path, "a cited file may cite another file, but not " + (DEPTH + 1)
                    + " files deep; write the citation out (type, number, date) here");
            return null;
        }
        // Confined as a progress file's plan is: a letter handed over by someone else must not
        // make vanban read any file of the machine into a document.
        LocalFile.Resolved where = LocalFile.resolve(folder, name, "the citing file", "the cited file");
        if (where.refused()) {
            values.report(at, path, where.refusal());
            return null;
        }
        // Read and named as written, relative to the citing file's folder (messages quote it so).
        Path file = named;
        if (!Files.exists(file)) {
            values.report(at, path, "the cited file " + Problems.quote(file.toString()) + " does not exist; a name is "
                    + "taken from the folder of the file that cites it");
            return null;
        }
        try {
            return new PlanReader(chain, depth + 1).read(file);
        } catch (InvalidInputException e) {
            var first = e.problems().get(0);
            values.report(at, path, "cannot cite " + Problems.quote(name) + ": " + first
                    + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more "
                    + (e.problems().size() > 2 ? "problems" : "problem") + " in it)" : ""));
            return null;
        }
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** "a.yaml → b.yaml → a.yaml", from the first file of the cycle. */
    private String cycle(Path back) {
        return chain.stream().dropWhile(p -> !same(p, back)).map(p -> p.getFileName() + " → ")
                .collect(Collectors.joining()) + back.getFileName();
    }
}
