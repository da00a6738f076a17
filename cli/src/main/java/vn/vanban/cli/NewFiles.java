package vn.vanban.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data files that import, next-year and report --next write (NEWFILE) are a clerk's work from
 * then on, edited by hand: none of them replaces FILE, which it is made from, and none replaces an
 * existing file unless asked to with {@code --force} (a trial lost a Word file and an edited plan so).
 * The commands take it as a mixin, with its option.
 */
final class NewFiles {

    @Option(names = "--force", description = "Replace NEWFILE if it exists (it is refused otherwise: it may hold "
            + "edits); never FILE, a device, a pipe, a link or a directory.")
    boolean force;

    /** As {@link #notInput} and then {@link #notExisting}. */
    void check(CommandLine cl, Path input, Path output, String kept) throws IOException {
        notInput(cl, input, output, kept);
        notExisting(cl, output);
    }

    /**
     * @param kept what FILE is, as the refusal says it is kept ("this year's plan")
     * @throws ParameterException when NEWFILE is FILE (also through a link)
     */
    static void notInput(CommandLine cl, Path input, Path output, String kept) throws IOException {
        if (Files.exists(output) && Files.isSameFile(input, output)) {
            throw new ParameterException(cl, "NEWFILE is FILE itself; " + kept + " is kept, so name another file");
        }
    }

    /**
     * @throws ParameterException when NEWFILE is no name of a file (empty, "-", a directory), is not
     *                            a regular file (a device, a pipe: the write's rename would replace
     *                            it, even /dev/null) or a link (replaced, its target not written),
     *                            whatever {@code --force} says; or exists and {@code --force} is not given
     */
    void notExisting(CommandLine cl, Path output) {
        String name = output.toString();
        if (name.isEmpty() || name.equals(Inputs.STDIN)) {
            throw new ParameterException(cl, "NEWFILE " + (name.isEmpty() ? "is empty" : "'-' is no file: the data "
                    + "file is written to a file, not to standard output") + "; name a file");
        }
        if (Files.isDirectory(output)) {
            throw new ParameterException(cl, "NEWFILE '" + output + "' is a directory; name a file in it");
        }
        if (Files.isSymbolicLink(output)) {
            throw new ParameterException(cl, "NEWFILE '" + output + "' is a symbolic link, which writing would "
                    + "replace by a file, its target unwritten; name the file it leads to, or another");
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            throw new ParameterException(cl, "NEWFILE '" + output + "' is not a regular file (a device or a pipe); "
                    + "name a file");
        }
        if (!force && Files.exists(output)) {
            throw new ParameterException(cl, "NEWFILE '" + output + "' exists and may hold edits; name another file, "
                    + "or add --force to replace it");
        }
    }
}
