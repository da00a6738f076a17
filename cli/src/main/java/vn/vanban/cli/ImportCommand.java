package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.docx4j.imports.Import;
import vn.vanban.docx4j.imports.Importer;
import vn.vanban.common.Format;
import vn.vanban.load.PlanWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code vanban import}: a plan's data file read back from a DOCX — last year's Word file, ours
 * or a clerk's. docx4j loads only when this command runs.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Read a plan from a DOCX in the decree's format (vanban's own, edited in Word or LibreOffice, "
                        + "or typed in Word) and write it as a data file.",
                "",
                "Header, type name and summary, preamble (citations recognised where well formed), the body's "
                        + "numbered structure (Phần, I., 1., 1.1., a), -) and bold words, closing, Nơi nhận, "
                        + "signature and appendices are read from what the document shows; document properties "
                        + "and hidden data are not. What cannot be mapped is kept as plain paragraphs and listed "
                        + "on standard error as 'FILE: paragraph N: \"first words…\": why'.",
                "",
                "Then 'vanban next-year' makes next year's draft and 'vanban render' its DOCX and PDF."},
        footer = {"", "Exit codes: 0 imported (places not mapped are listed, not failures), 1 a file that cannot "
                + "be read as a DOCX or written, 2 wrong usage, 3 internal error."})
final class ImportCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(index = "0", paramLabel = "FILE", description = "The DOCX to read.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "NEWFILE", required = true,
            description = "The data file to write (.yaml, .yml or .json; YAML for any other name); "
                    + "its directory is created if missing.")
    Path output;

    @Mixin
    NewFiles newFiles;

    @Spec
    CommandSpec spec;

    ImportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Path input = Inputs.readableFile(file);
        newFiles.check(spec.commandLine(), input, output, "the DOCX");
        Import result;
        try {
            result = new Importer().read(input);
        } catch (UnreadableDocumentException e) {
            io.err.println("vanban: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        result.unmapped().forEach(u -> io.err.println(file + ": " + u));
        Format format = Format.byFileName(output.getFileName().toString()).orElse(Format.YAML);
        byte[] text = new PlanWriter().write(result.plan(), format).getBytes(StandardCharsets.UTF_8);
        io.files.prepare(output.toAbsolutePath().getParent(), io.err);
        io.files.write(output, out -> out.write(text));
        io.out.println(output);
        return Main.EXIT_OK;
    }
}
