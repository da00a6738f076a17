package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.common.InvalidInputException;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.common.VanbanException;
import vn.vanban.common.Warning;
import vn.vanban.common.Format;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.load.WarningPlaces;
import vn.vanban.model.Plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code vanban render}: plan files to DOCX and PDF, one after another. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        // The required options by name, the others as one word: the whole list would bury a usage error.
        customSynopsis = {"vanban render --output=DIR [OPTIONS] FILE...",
                "       vanban render --format=docx|pdf [OPTIONS] -"},
        description = {
                "Render plan files (YAML or JSON) to DOCX and PDF.",
                "",
                "Each FILE becomes DIR/<name>.docx and DIR/<name>.pdf, <name> being the file name without "
                        + "its extension; each written path is printed. DIR is created if missing. A document "
                        + "is written to a temporary file and renamed into place, so no half-written file is "
                        + "ever left.",
                "",
                "FILE '-' reads standard input (YAML, or JSON with --stdin-format json) and writes the "
                        + "document to standard output: choose exactly one --format then, and no -o."},
        footer = {"", Main.EXIT_CODES})
final class RenderCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (.yaml, .yml, .json), or '-'.")
    List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The directory to write into.")
    Path output;

    @Mixin
    Outputs outputs;

    @Option(names = "--stdin-format", paramLabel = "yaml|json", defaultValue = "yaml",
            description = "The notation of standard input: yaml or json (default: yaml).")
    Format stdinFormat;

    @Mixin
    EngineOptions engineOptions;

    RenderCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        String conflict = outputs.conflict();
        if (conflict != null) {
            throw new ParameterException(spec.commandLine(), conflict);
        }
        if (files.contains(Inputs.STDIN)) {
            return renderStandardInput();
        }
        if (output == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required option: '--output=DIR' (the directory to write the documents into)");
        }
        io.files.prepare(output, io.err);
        Vanban engine = engineOptions.engine(io.err);
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
                Outputs.printPlaced(io.err, name, r.placed());
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
            throw new ParameterException(spec.commandLine(), "'-' (standard input) cannot be combined with other files");
        }
        if (output != null) {
            throw new ParameterException(spec.commandLine(), "'-' writes to standard output: leave out -o");
        }
        List<OutputFormat> formats = outputs.formats();
        if (formats.size() != 1) {
            throw new ParameterException(spec.commandLine(),
                    "standard input is rendered to standard output, so choose one format: --format docx or --format pdf");
        }
        Vanban engine = engineOptions.engine(io.err);
        // Kept, to place the layout's problems and the warnings in it afterwards.
        byte[] read = Inputs.standardInput(io.in);
        Plan plan = engine.read(new ByteArrayInputStream(read), Inputs.STDIN, stdinFormat);
        // Rendered in memory first: a failure must not leave half a document on standard output.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        LayoutDocument doc;
        try {
            doc = outputs.layout(engine, plan);
        } catch (InvalidInputException e) {
            throw Outputs.placed(e, problems -> WarningPlaces.place(Inputs.STDIN, read, stdinFormat, problems));
        }
        RenderResult result = engine.render(doc, formats.get(0), buffer);
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        warnings.addAll(result.warnings());
        Outputs.printPlaced(io.err, Inputs.STDIN, WarningPlaces.place(Inputs.STDIN, read, stdinFormat,
                warnings));
        io.writeDocument(buffer.toByteArray());
        return Main.EXIT_OK;
    }
}
