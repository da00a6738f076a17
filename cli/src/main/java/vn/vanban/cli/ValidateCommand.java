package vn.vanban.cli;

import vn.vanban.InvalidInputException;
import vn.vanban.cli.args.Arguments;
import vn.vanban.cli.args.Command;
import vn.vanban.cli.args.Positional;
import vn.vanban.load.Format;
import vn.vanban.load.PlanReader;

import java.util.List;

/** {@code vanban validate}: checks plan files without rendering them. */
final class ValidateCommand {

    static final Command SYNTAX = Command.of("vanban validate", List.of(
            "Check plan files without rendering them.",
            "",
            "Every problem found is printed, one a line, as file:line:col: path: message (the form "
                    + "editors jump to). A file without problems prints 'FILE: OK'.",
            "",
            "FILE '-' reads standard input."),
            List.of("", "Exit codes: 0 all files valid, 1 a problem in some file, 2 wrong usage, 3 internal error."),
            Positional.oneOrMore("FILE", "Plan files (.yaml, .yml, .json), or '-'."),
            List.of(RenderCommand.STDIN_FORMAT));

    private final Io io;
    private final List<String> files;
    private final Format stdinFormat;

    ValidateCommand(Io io, Arguments args) {
        this.io = io;
        this.files = args.positionals();
        this.stdinFormat = RenderCommand.stdinFormat(args);
    }

    int call() {
        // The reader alone: checking a file needs no templates or fonts, which take a second to load.
        PlanReader reader = new PlanReader();
        boolean allValid = true;
        for (String name : files) {
            try {
                if (name.equals(Inputs.STDIN)) {
                    reader.read(io.in, Inputs.STDIN, stdinFormat);
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
