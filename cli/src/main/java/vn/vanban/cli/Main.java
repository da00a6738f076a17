package vn.vanban.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.vanban.common.InvalidInputException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * The {@code vanban} command: renders, checks and renews plan files. Every run ends with one
 * of four exit codes — {@value #EXIT_OK} done, {@value #EXIT_INVALID} invalid input or a file
 * that cannot be read or written, {@value #EXIT_USAGE} wrong usage, {@value #EXIT_INTERNAL}
 * internal error — and every failure is one plain sentence; stack traces only with
 * {@code --debug}.
 * <p>
 * A new command is a class annotated with {@code @Command}, with a constructor taking the run's
 * {@link Io}, named in {@code subcommands} below.
 */
@Command(name = "vanban", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Official Vietnamese administrative documents (Decree 30/2020/NĐ-CP) as DOCX and PDF.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'vanban COMMAND --help' for a command's options.", "", Main.EXIT_CODES},
        subcommands = {RenderCommand.class, ValidateCommand.class, NextYearCommand.class, BatchCommand.class,
                CheckCommand.class, ReportCommand.class, ImportCommand.class})
public final class Main implements Callable<Integer> {

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

    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";
    private static final String JDK_TRANSFORMER_FACTORY =
            "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

    @Spec
    CommandSpec spec;

    // Inherited so that it may follow the subcommand too: "vanban render --debug x.yaml".
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    private Main() {
    }

    @Override
    public Integer call() {
        List<String> names = new ArrayList<>(spec.subcommands().keySet());
        String last = names.remove(names.size() - 1);
        throw new ParameterException(spec.commandLine(), "Missing command: " + String.join(", ", names) + " or " + last);
    }

    /** Runs the command on the process's streams and exits with its exit code. */
    public static void main(String[] args) {
        // The streams themselves, not System.out: a PrintStream hides a failed write.
        Io io = new Io(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), System.in,
                System.console() != null);
        LibraryLog.sendTo(io.err);
        // FOP writes a PDF's dates in the JVM's default time zone; one zone for every machine makes
        // the same plan give the same PDF bytes wherever the command runs.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        // docx4j (for check and import) brings its own Xalan and names it the JVM's XSLT processor;
        // FOP would then load it for every PDF. The JDK's does the same job (same bytes) and is
        // already loaded; docx4j picks its Xalan by class name, not through this setting.
        if (System.getProperty(TRANSFORMER_FACTORY) == null) {
            System.setProperty(TRANSFORMER_FACTORY, JDK_TRANSFORMER_FACTORY);
        }
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

    static int run(String[] args, OutputStream out, OutputStream err, InputStream in, boolean terminal) {
        return run(args, new Io(out, err, in, terminal));
    }

    private static int run(String[] args, Io io) {
        int code;
        try {
            code = commandLine(io).execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler below; an Error (out of memory, out of
            // stack) comes through here and is a failure all the same.
            code = failure(e, debug(args), io.err);
        }
        return io.finish(code);
    }

    static CommandLine commandLine(Io io) {
        CommandLine cl = new CommandLine(new Main(), new CommandFactory(io));
        cl.setOut(io.out);
        cl.setErr(io.err);
        // Plain text: colours would be escape sequences, which Io shows as text.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> failure(e, debug(parseResult), io.err));
        return cl;
    }

    /** Makes each command with the run's {@link Io}; anything else picocli needs, its own way. */
    private record CommandFactory(Io io) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Io.class).newInstance(io);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** Wrong usage: the message, a suggestion for a misspelt option or command, the synopsis. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("vanban: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        // The synopsis and a pointer to --help: the whole help would bury the message.
        err.print("Usage: " + cmd.getHelp().synopsis(0));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return EXIT_USAGE;
    }

    private static int failure(Throwable e, boolean debug, PrintWriter err) {
        int code;
        if (e instanceof InvalidInputException invalid) {
            // Each problem on a line of its own, as file:line:col: editors jump to.
            Outputs.printProblems(err, invalid);
            code = EXIT_INVALID;
        } else {
            Failure f = Failure.of(e);
            err.println("vanban: " + f.message());
            if (f.bug() && !debug) {
                err.println("This is a bug: run again with --debug and report what it prints.");
            }
            code = f.exitCode();
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return code;
    }

    /** Whether --debug was given, before or after the subcommand. */
    static boolean debug(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The same, when the command line's parse result is out of reach. */
    private static boolean debug(String[] args) {
        List<String> given = Arrays.asList(args);
        int end = given.indexOf("--");
        return given.subList(0, end < 0 ? given.size() : end).contains("--debug");
    }
}
