package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.load.PlanWriter;
import vn.vanban.model.Plan;
import vn.vanban.yearly.NextYear;
import vn.vanban.yearly.SourceRewrite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vanban next-year}: next year's draft of a yearly plan, and what to review in it. */
@Command(name = "next-year", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        // The required options by name, the others as one word: the whole list would bury a usage error.
        customSynopsis = "vanban next-year --output=NEWFILE [OPTIONS] FILE",
        description = {
                "Make next year's draft of a yearly plan from this year's data file.",
                "",
                "The plan's own year moves to the new one wherever it is the plan's year (summary, body, "
                        + "closing, issuing sentence, appendix titles and cells: 'Năm 2024', 'Quý II/2024'…), "
                        + "but not inside symbols such as 63/2024/NĐ-CP, in dates of other documents or in a "
                        + "law's name ('Luật Đất đai năm 2024', kept and flagged). The number and the day and "
                        + "month of the date become blank. Citations are kept as they are; those marked "
                        + "renewedYearly, and those whose subject names the plan's year (last year's edition, "
                        + "most likely), are flagged so the clerk cites the new edition.",
                "",
                "Every change and flag is printed as 'path: before → after' or 'path: FLAG …' (a citation "
                        + "to check, or a text where the old year was kept), then 'line N: FLAG …' for each "
                        + "comment of the file that names the old year, then the path of the new file.",
                "",
                "NEWFILE is written in FILE's format. A YAML file is edited in place: only the changed "
                        + "values are rewritten, so comments, quoting and layout are kept. Should that not be "
                        + "possible (the edit is checked by reading it back), NEWFILE is written afresh, "
                        + "without FILE's comments, and a note says so. JSON is always written afresh."},
        footer = {"", Main.EXIT_CODES})
final class NextYearCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "This year's plan file (.yaml, .yml, .json).")
    String file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "NEWFILE",
            description = "The new plan file; its directory is created if missing.")
    Path output;

    @Mixin
    NewFiles newFiles;

    @Option(names = "--year", paramLabel = "N", description = "The new year (default: the plan's year + 1).")
    Integer year;

    NextYearCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (year != null && (year < 1000 || year > 9999)) {
            throw new ParameterException(spec.commandLine(), "--year must have four digits, not " + year);
        }
        Path input = Inputs.readableFile(file);
        Optional<Format> inFormat = Format.byFileName(input.getFileName().toString());
        Optional<Format> outFormat = Format.byFileName(output.getFileName().toString());
        if (inFormat.isPresent() && !outFormat.equals(inFormat)) {
            throw new ParameterException(spec.commandLine(), "NEWFILE '" + output + "' must end in ."
                    + (inFormat.get() == Format.JSON ? "json" : "yaml or .yml")
                    + ": it is written in the format of FILE");
        }
        newFiles.check(spec.commandLine(), input, output, "this year's plan");
        Plan plan = new PlanReader().read(input);
        if (year != null && year <= plan.date().year()) {
            // An old copy is not made by rewriting this year's: most likely a slip of the keyboard.
            throw new ParameterException(spec.commandLine(), "--year " + year + " is not after the plan's year "
                    + plan.date().year() + "; next-year makes a later year's draft");
        }
        NextYear.Result result = year == null ? NextYear.of(plan) : NextYear.of(plan, year);
        Optional<String> edited = edited(input, inFormat.orElseThrow(), plan, result);
        byte[] text = edited.orElseGet(() -> new PlanWriter().write(result.plan(), inFormat.orElseThrow()))
                .getBytes(StandardCharsets.UTF_8);
        io.files.prepare(output.toAbsolutePath().getParent(), io.err);
        io.files.write(output, out -> out.write(text));
        result.review().forEach(io.out::println);
        // Comments go into the new file only when it is an edit of the old one.
        edited.ifPresent(yaml -> SourceRewrite.comments(yaml, plan.date().year()).forEach(io.out::println));
        io.out.println(output);
        return Main.EXIT_OK;
    }

    /**
     * YAML is edited in place so that the clerk's comments survive; empty when that cannot be done
     * faithfully (a note says so), and for JSON (which has no comments): the plan is then written afresh.
     */
    private Optional<String> edited(Path input, Format format, Plan plan, NextYear.Result result) throws IOException {
        if (format != Format.YAML) {
            return Optional.empty();
        }
        Optional<String> edited = SourceRewrite.yaml(Files.readString(input, StandardCharsets.UTF_8), result,
                plan.date().year());
        if (edited.isEmpty()) {
            io.err.println("vanban: note: '" + output + "' is written afresh: the comments and layout of '"
                    + file + "' could not be kept");
        }
        return edited;
    }
}
