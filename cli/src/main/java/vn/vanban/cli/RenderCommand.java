package vn.vanban.cli;

import vn.vanban.InvalidInputException;
import vn.vanban.OutputFormat;
import vn.vanban.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.VanbanException;
import vn.vanban.cli.args.Arguments;
import vn.vanban.cli.args.Command;
import vn.vanban.cli.args.Option;
import vn.vanban.cli.args.Positional;
import vn.vanban.cli.args.UsageException;
import vn.vanban.load.Format;
import vn.vanban.model.Plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code vanban render}: plan files to DOCX and PDF, one after another. */
final class RenderCommand {

    static final Option OUTPUT = Option.value("DIR", "The directory to write into.", "-o", "--output");
    /** Shared with validate. */
    static final Option STDIN_FORMAT = Option.value("yaml|json",
            "The notation of standard input: yaml or json (default: yaml).", "--stdin-format");

    static final Command SYNTAX = Command.of("vanban render", List.of(
            "Render plan files (YAML or JSON) to DOCX and PDF.",
            "",
            "Each FILE becomes DIR/<name>.docx and DIR/<name>.pdf, <name> being the file name without "
                    + "its extension; each written path is printed. DIR is created if missing. A document "
                    + "is written to a temporary file and renamed into place, so no half-written file is "
                    + "ever left.",
            "",
            "FILE '-' reads standard input (YAML, or JSON with --stdin-format json) and writes the "
                    + "document to standard output: choose exactly one --format then, and no -o."),
            List.of("", Main.EXIT_CODES),
            Positional.oneOrMore("FILE", "Plan files (.yaml, .yml, .json), or '-'."),
            Stream.of(List.of(OUTPUT, Outputs.FORMAT, Outputs.APPENDIX_ONLY, Outputs.PART, STDIN_FORMAT), EngineOptions.ALL)
                    .flatMap(List::stream).toList());

    private final Io io;
    private final List<String> files;
    private final Path output;
    private final Outputs outputs;
    private final Format stdinFormat;
    private final EngineOptions engineOptions;

    RenderCommand(Io io, Arguments args) {
        this.io = io;
        this.files = args.positionals();
        this.output = args.path(OUTPUT);
        this.outputs = new Outputs(args);
        this.stdinFormat = stdinFormat(args);
        this.engineOptions = new EngineOptions(args);
    }

    static Format stdinFormat(Arguments args) {
        Format f = args.choice(STDIN_FORMAT, Format.class);
        return f == null ? Format.YAML : f;
    }

    int call() {
        if (files.contains(Inputs.STDIN)) {
            return renderStandardInput();
        }
        if (output == null) {
            throw new UsageException(SYNTAX, "Missing required option: '--output=DIR' (the directory to write the documents into)");
        }
        AtomicOutput.ensureDirectory(output);
        Vanban engine = engineOptions.engine();
        int failed = 0;
        Map<Path, String> claimed = new HashMap<>();
        // One bad file does not stop the others; the exit code still says something failed.
        for (String name : files) {
            try {
                Path input = Inputs.readableFile(name);
                // a.yaml and a.json would write the same a.pdf: the second must not replace the first.
                String first = claimed.putIfAbsent(outputs.targets(input, output).get(0), name);
                if (first != null) {
                    throw CliException.file("'" + name + "' would write the same files as '" + first + "'", null);
                }
                Outputs.Rendered r = outputs.render(io.files, engine, input, output);
                r.files().forEach(io.out::println);
                Outputs.printWarnings(io.err, name, r.warnings());
            } catch (InvalidInputException e) {
                Outputs.printProblems(io.err, e);
                failed++;
            } catch (CliException e) {
                io.err.println("vanban: " + e.getMessage());
                failed++;
            } catch (VanbanException e) {
                io.err.println("vanban: " + name + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_INVALID;
    }

    private int renderStandardInput() {
        if (files.size() > 1) {
            throw new UsageException(SYNTAX, "'-' (standard input) cannot be combined with other files");
        }
        if (output != null) {
            throw new UsageException(SYNTAX, "'-' writes to standard output: leave out -o");
        }
        List<OutputFormat> formats = outputs.formats();
        if (formats.size() != 1) {
            throw new UsageException(SYNTAX,
                    "standard input is rendered to standard output, so choose one format: --format docx or --format pdf");
        }
        Vanban engine = engineOptions.engine();
        Plan plan = engine.read(io.in, Inputs.STDIN, stdinFormat);
        // Rendered in memory first: a failure must not leave half a document on standard output.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RenderResult result = engine.render(plan, outputs.part(), formats.get(0), buffer);
        Outputs.printWarnings(io.err, Inputs.STDIN, result.warnings());
        io.out.flush();
        try {
            buffer.writeTo(io.rawOut);
            io.rawOut.flush();
        } catch (IOException e) {
            throw CliException.file("cannot write to standard output: " + AtomicOutput.reason(e), e);
        }
        return Main.EXIT_OK;
    }
}
