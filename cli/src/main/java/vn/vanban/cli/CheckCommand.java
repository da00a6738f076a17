package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.docx4j.check.CheckReport;
import vn.vanban.docx4j.check.Checker;
import vn.vanban.model.DocumentType;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vanban check}: the decree's presentation rules checked on any DOCX or PDF, ours or not.
 * The checker and docx4j load only when this command runs.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Check DOCX and PDF files against the presentation rules of Decree 30/2020/NĐ-CP "
                        + "(fonts, sizes, page and margins, header boxes, number and date forms, "
                        + "body, Nơi nhận, signature, page numbers, appendices).",
                "",
                "Each finding names the rule (the decree's appendix and paragraph), the place (paragraph "
                        + "or page, with its first words), what was found and what is required."},
        footer = {"", "Exit codes: 0 no findings, 1 findings or a file that cannot be read, 2 wrong usage, "
                + "3 internal error."})
final class CheckCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DOCX or PDF files.")
    List<String> files;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "KẾ HOẠCH",
            description = "The document's type name, as printed (\"QUYẾT ĐỊNH\", \"CÔNG VĂN\", \"BÁO CÁO\") "
                    + "or as a data-file key (quyet-dinh); default: KẾ HOẠCH.")
    String type;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: one finding a line (default); json: one report per file.")
    ReportFormat format;

    /** How a report is printed. */
    enum ReportFormat { TEXT, JSON }

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        DocumentType documentType = Checker.type(type).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Invalid value for option '--type': '" + type + "'; expected one of: " + Checker.typeKeys()));
        Checker checker = Checker.of(documentType);
        boolean clean = true;
        for (String name : files) {
            try {
                CheckReport report = checker.checkFile(Inputs.readableFile(name));
                io.out.print(format == ReportFormat.JSON ? report.json() : report.text());
                io.out.flush();
                clean &= report.clean();
            } catch (UnreadableDocumentException | CliException e) {
                io.err.println("vanban: " + e.getMessage());
                clean = false;
            }
        }
        return clean ? Main.EXIT_OK : Main.EXIT_INVALID;
    }
}
