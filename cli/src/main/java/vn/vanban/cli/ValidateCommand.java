package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.DocumentPart;
import vn.vanban.Vanban;
import vn.vanban.common.Format;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.common.Warning;
import vn.vanban.load.PlanReader;
import vn.vanban.load.WarningPlaces;
import vn.vanban.model.Plan;
import vn.vanban.report.Reports;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code vanban validate}: checks plan files without rendering them, laying each out as render
 * would: a text no page can hold is found here too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Check plan files, and progress files (*-progress.yaml, as report reads them with their plan), without rendering them.",
                "",
                "A plan is laid out as render lays it out (with the same --templates and --fonts), so that a text no "
                        + "page can hold, such as a summary longer than a page, is reported here too.",
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

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Option(names = "--stdin-format", paramLabel = "yaml|json", defaultValue = "yaml",
            description = "The notation of standard input: yaml or json (default: yaml).")
    Format stdinFormat;

    /** Reads the files; the engine lays them out, set up at the first that reads. */
    private final PlanReader reader = new PlanReader();
    private Vanban engine;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        boolean allValid = true;
        for (String name : files) {
            try {
                if (name.equals(Inputs.STDIN)) {
                    // Kept, to place what the layout finds in it: standard input cannot be read again.
                    byte[] bytes = Inputs.standardInput(io.in);
                    Plan plan = reader.read(new ByteArrayInputStream(bytes), Inputs.STDIN, stdinFormat);
                    laidOut(plan, problems -> WarningPlaces.place(Inputs.STDIN, bytes, stdinFormat, problems));
                } else if (BatchCommand.isProgressFile(Path.of(name))) {
                    // Checked as report reads it, with its plan: as a plan it gave five false errors.
                    Reports.read(Inputs.readableFile(name)).warnings().forEach(w -> io.err.println(ReportCommand.warning(w)));
                } else {
                    Path file = Inputs.readableFile(name);
                    laidOut(reader.read(file), problems -> WarningPlaces.place(file, problems));
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

    /**
     * Lays the plan out as render would, for what only the layout finds (a summary taller than a
     * page), placed in its file by {@code place}.
     */
    private void laidOut(Plan plan, Function<List<Warning>, List<Problem>> place) {
        if (engine == null) {
            // Set up at the first plan that reads: checking a file that does not read needs no fonts.
            engine = EngineOptions.engine(layout, false, io.err);
        }
        try {
            engine.layout(plan, DocumentPart.WHOLE);
        } catch (InvalidInputException e) {
            throw Outputs.placed(e, place);
        }
    }
}
