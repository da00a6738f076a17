package vn.vanban.cli;

import vn.vanban.InvalidInputException;
import vn.vanban.VanbanException;
import vn.vanban.cli.args.Arguments;
import vn.vanban.cli.args.Command;
import vn.vanban.cli.args.Help;
import vn.vanban.cli.args.Parser;
import vn.vanban.cli.args.UsageException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code vanban} command: renders, checks and renews plan files. Every run ends with one
 * of four exit codes — {@value #EXIT_OK} done, {@value #EXIT_INVALID} invalid input or a file
 * that cannot be read or written, {@value #EXIT_USAGE} wrong usage, {@value #EXIT_INTERNAL}
 * internal error — and every failure is one plain sentence; stack traces only with
 * {@code --debug}.
 * <p>
 * The command line is read by the small parser of {@code vn.vanban.cli.args}: a general-purpose
 * one (picocli) took some 130 ms of every run's start, one run in seven of a one-plan render,
 * building its model by reflection before anything else could begin.
 */
public final class Main {

    /** The run did what was asked. */
    public static final int EXIT_OK = 0;
    /** The input is invalid, or a file cannot be read or written: the user can fix it. */
    public static final int EXIT_INVALID = 1;
    /** The command line is wrong: unknown option, missing argument. */
    public static final int EXIT_USAGE = 2;
    /** Something broke that is not the user's doing: a bug to report. */
    public static final int EXIT_INTERNAL = 3;
    /** The help's last line for commands whose exit codes are the usual four. */
    static final String EXIT_CODES = "Exit codes: 0 done, 1 invalid input or a file that cannot be read or written, "
            + "2 wrong usage, 3 internal error.";

    static final Command SYNTAX = new Command("vanban",
            List.of("Official Vietnamese administrative documents (Decree 30/2020/NĐ-CP) as DOCX and PDF."),
            List.of("", "Run 'vanban COMMAND --help' for a command's options.", "", EXIT_CODES),
            null, List.of(),
            List.of(RenderCommand.SYNTAX, ValidateCommand.SYNTAX, NextYearCommand.SYNTAX, BatchCommand.SYNTAX));

    private Main() {
    }

    /** Runs the command on the process's streams and exits with its exit code. */
    public static void main(String[] args) {
        // UTF-8 whatever the platform's default: Java 17 on a POSIX locale would print '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Io io = new Io(out, err, System.in, System.console() != null);
        LibraryLog.sendTo(err);
        // FOP writes a PDF's dates in the JVM's default time zone; one zone for every machine makes
        // the same plan give the same PDF bytes wherever the command runs.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        // On Ctrl-C the writing threads' clean-up does not run: remove their temporary files here.
        Runtime.getRuntime().addShutdownHook(new Thread(io.files::deleteUnfinished, "vanban-cleanup"));
        System.exit(run(args, io));
    }

    /**
     * Runs the command as {@link #main} does, on the given streams, and returns its exit code
     * instead of exiting. Never draws a progress bar.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(args, out, err, in, false);
    }

    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, boolean terminal) {
        return run(args, new Io(out, err, in, terminal));
    }

    private static int run(String[] args, Io io) {
        if (args.length > 0 && args[0].equals("import")) {
            return runImport(java.util.Arrays.copyOfRange(args, 1, args.length), io);
        }
        Arguments parsed = null;
        try {
            parsed = Parser.parse(SYNTAX, args);
            if (parsed.has(Command.HELP)) {
                io.out.print(Help.of(parsed.command()));
                return EXIT_OK;
            }
            if (parsed.has(Command.VERSION)) {
                for (String line : VersionProvider.lines()) {
                    io.out.println(line);
                }
                return EXIT_OK;
            }
            return execute(parsed, io);
        } catch (UsageException e) {
            return usageError(e, io.err);
        } catch (Exception e) {
            return failure(e, parsed != null && parsed.has(Command.DEBUG), io.err);
        } finally {
            io.out.flush();
            io.err.flush();
        }
    }

    /**
     * {@code vanban import}, a picocli command as on main (where it is one of {@code subcommands});
     * this branch's own parser does not know it.
     */
    private static int runImport(String[] args, Io io) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        picocli.CommandLine cl = new picocli.CommandLine(new ImportCommand(io));
        cl.setCommandName("vanban import");
        cl.setOut(io.out);
        cl.setErr(io.err);
        cl.setColorScheme(picocli.CommandLine.Help.defaultColorScheme(picocli.CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((e, a) -> {
            io.err.println("vanban: " + e.getMessage());
            e.getCommandLine().usage(io.err);
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, r) -> failure(e, debug, io.err));
        try {
            return cl.execute(rest);
        } catch (Error e) {
            return failure(new IllegalStateException(e.toString(), e), debug, io.err);
        } finally {
            io.out.flush();
            io.err.flush();
        }
    }

    private static int execute(Arguments args, Io io) throws Exception {
        Command c = args.command();
        if (c == RenderCommand.SYNTAX) {
            return new RenderCommand(io, args).call();
        } else if (c == ValidateCommand.SYNTAX) {
            return new ValidateCommand(io, args).call();
        } else if (c == NextYearCommand.SYNTAX) {
            return new NextYearCommand(io, args).call();
        } else if (c == BatchCommand.SYNTAX) {
            return new BatchCommand(io, args).call();
        }
        List<String> words = SYNTAX.subcommands().stream().map(Command::word).toList();
        throw new UsageException(SYNTAX, "Missing command: " + String.join(", ", words.subList(0, words.size() - 1))
                + " or " + words.get(words.size() - 1));
    }

    /** Wrong usage: the message (with a suggestion for a misspelt name), the synopsis, where to read more. */
    private static int usageError(UsageException e, PrintWriter err) {
        err.println("vanban: " + e.getMessage());
        // The synopsis and a pointer to --help: the whole help would bury the message.
        err.print(Help.synopsis(e.command()));
        err.println("Try '" + e.command().name() + " --help' for more information.");
        return EXIT_USAGE;
    }

    private static int failure(Exception e, boolean debug, PrintWriter err) {
        int code;
        if (e instanceof InvalidInputException invalid) {
            Outputs.printProblems(err, invalid);
            code = EXIT_INVALID;
        } else if (e instanceof CliException cli) {
            err.println("vanban: " + cli.getMessage());
            code = cli.exitCode();
        } else if (e instanceof VanbanException) {
            err.println("vanban: " + e.getMessage());
            code = EXIT_INVALID;
        } else {
            err.println("vanban: internal error: " + e
                    + (debug ? "" : "\nThis is a bug: run again with --debug and report what it prints."));
            code = EXIT_INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return code;
    }
}
