package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.common.Format;
import vn.vanban.common.Problem;
import vn.vanban.report.Report;
import vn.vanban.report.Reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code vanban report}: the periodic report (Báo cáo) on a plan, from a progress file; or, with
 * {@code --next}, the next period's progress file.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        customSynopsis = {"vanban report --output=DIR [OPTIONS] FILE",
                "       vanban report --next [--output=NEWFILE] FILE"},
        description = {
                "Write the report (Báo cáo) on a plan's progress: FILE is a progress file (YAML or JSON) "
                        + "that names its plan's data file and the period. The report is written as "
                        + "DIR/<name>-bao-cao.docx and .pdf, <name> being FILE's name without its extension "
                        + "and without a final '-progress'.",
                "",
                "With --next, the next period's progress file is written instead (to NEWFILE, or to "
                        + "standard output): the tasks not done carried over, those newly due added. It is "
                        + "YAML, and FILE is never overwritten. A progress file reads its plan only inside its "
                        + "own folder, so NEWFILE goes into FILE's folder, the plan's folder or a folder above "
                        + "that (the plan's path is then written from there); elsewhere it is refused.",
                "",
                "Warnings (a task due without an entry, a planned time that cannot be read) are printed "
                        + "as file:line:col: path: message and do not stop the report."},
        footer = {"", Main.EXIT_CODES})
final class ReportCommand implements Callable<Integer> {

    /** What follows the base name of a progress file's report. */
    static final String SUFFIX = "-bao-cao";
    private static final String PROGRESS = "-progress";

    private final Io io;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The progress file (.yaml, .yml, .json).")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|NEWFILE",
            description = "The directory to write the report into (created if missing); with --next, the new "
                    + "progress file (.yaml or .yml).")
    Path output;

    @Mixin
    NewFiles newFiles;

    @Option(names = "--next", description = "Start the next period's progress file instead of writing the report.")
    boolean next;

    @Mixin
    Outputs outputs;

    @Mixin
    EngineOptions engineOptions;

    ReportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Path input = Inputs.readableFile(file);
        if (next) {
            return next(input);
        }
        if (output == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required option: '--output=DIR' (the directory to write the report into)");
        }
        Report report = Reports.read(input);
        report.warnings().forEach(w -> io.err.println(warning(w)));
        io.files.prepare(output, io.err);
        Outputs.Rendered r = outputs.render(io.files, engineOptions.engine(io.err), report.document(),
                outputs.targets(reportName(input), output));
        r.files().forEach(io.out::println);
        // Each where its text comes from: the progress file's field or the plan's; else the progress file alone.
        report.place(r.warnings()).forEach(w -> io.err.println(warning(w)));
        return Main.EXIT_OK;
    }

    /** The next period's progress file, to NEWFILE or standard output; FILE is kept, as next-year keeps its plan. */
    private int next(Path input) throws IOException {
        if (output == null) {
            io.writeDocument(Reports.next(input).getBytes(StandardCharsets.UTF_8));
            return Main.EXIT_OK;
        }
        if (Format.byFileName(output.getFileName() == null ? "" : output.getFileName().toString())
                .filter(f -> f == Format.YAML).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "NEWFILE '" + output + "' must end in .yaml or .yml: "
                    + "the next progress file is written in YAML");
        }
        NewFiles.notInput(spec.commandLine(), input, output, "this period's progress file");
        byte[] yaml = Reports.next(input, output).getBytes(StandardCharsets.UTF_8);
        newFiles.notExisting(spec.commandLine(), output);
        io.files.prepare(output.toAbsolutePath().getParent(), io.err);
        io.files.write(output, out -> out.write(yaml));
        io.out.println(output);
        return Main.EXIT_OK;
    }

    /** "file:line:col: warning: path: message": the place first, where editors jump to it. */
    static String warning(Problem w) {
        StringBuilder sb = new StringBuilder(w.file());
        if (w.line() > 0) {
            sb.append(':').append(w.line());
            if (w.column() > 0) {
                sb.append(':').append(w.column());
            }
        }
        sb.append(": warning: ");
        if (!w.path().isEmpty()) {
            sb.append(w.path()).append(": ");
        }
        return sb.append(w.message()).toString();
    }

    /** "duc-pho-2024-6-thang-progress.yaml" → "duc-pho-2024-6-thang-bao-cao". */
    static String reportName(Path input) {
        String base = Inputs.baseName(input);
        if (base.endsWith(PROGRESS) && base.length() > PROGRESS.length()) {
            base = base.substring(0, base.length() - PROGRESS.length());
        }
        return base + SUFFIX;
    }
}
