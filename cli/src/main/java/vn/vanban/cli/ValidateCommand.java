package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.report.Reports;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban validate}: checks plan files without rendering them. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Check plan files, and progress files (*-progress.yaml, as report reads them with their plan), without rendering them.",
                "",
                "Every problem found is printed, one a line, as file:line:col: path: message (the form "
                        + "editors jump to). A file without problems prints 'FILE: OK'.",
                "",
                "FILE '-' reads standard input."},
        footer = {"", "Exit codes: 0 all files valid, 1 a problem in some file, 2 wrong usage, 3 internal error."})
final class ValidateCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (.yaml, .yml, .json), or '-'.")
    List<String> files;

    @Option(names = "--stdin-format", paramLabel = "yaml|json", defaultValue = "yaml",
            description = "The notation of standard input: yaml or json (default: yaml).")
    Format stdinFormat;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        // The reader alone: checking a file needs no templates or fonts, which take a second to load.
        PlanReader reader = new PlanReader();
        boolean allValid = true;
        for (String name : files) {
            try {
                if (name.equals(Inputs.STDIN)) {
                    reader.read(io.in, Inputs.STDIN, stdinFormat);
                } else if (BatchCommand.isProgressFile(Path.of(name))) {
                    // Checked as report reads it, with its plan: as a plan it gave five false errors.
                    Reports.read(Inputs.readableFile(name)).warnings().forEach(w -> io.err.println(ReportCommand.warning(w)));
                } else {
                    reader.read(Inputs.readableFile(name));
                }
                io.out.println(name + ": OK");
            } catch (InvalidInputException e) {
                // The problems are what was asked for: they go to standard output.
                Outputs.printProblems(io.out, e);
                allValid = false;
            } catch (CliException e) {
                io.err.println("vanban: " + e.getMessage());
                allValid = false;
            }
        }
        return allValid ? Main.EXIT_OK : Main.EXIT_INVALID;
    }
}
