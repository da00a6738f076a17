package vn.vanban.report;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.load.PlanValidator;
import vn.vanban.model.Plan;

import java.nio.file.Path;
import java.util.List;

/**
 * Báo cáo — the periodic report on a plan, made from the plan's data file and a progress file
 * (tiến độ) that says where each task of its catalogue stands at the end of a period. The report
 * is a document like the plan (template 1.4, type {@code bao-cao}), rendered by
 * {@code Vanban.render}:
 * <pre>{@code
 * Report report = Reports.read(Path.of("duc-pho-2024-6-thang-progress.yaml"));
 * report.warnings().forEach(System.err::println);
 * vanban.render(report.document(), OutputFormat.PDF, out);
 * String next = Reports.next(Path.of("duc-pho-2024-6-thang-progress.yaml"));   // the 9 months' file
 * }</pre>
 * The format of a progress file is described by {@code vn/vanban/schema/progress.schema.json}.
 * Thread-safe: nothing is kept between calls.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Reads a progress file and the plan it names, and makes the report.
     *
     * @throws InvalidInputException listing every problem of the progress file (and of the plan's
     *                               file, when it cannot be read), each at its line and field
     */
    public static Report read(Path progress) {
        ProgressReader.Read read = new ProgressReader().read(progress);
        ProgressRules.Standings s = read.standings();
        ReportBuilder builder = new ReportBuilder(read.plan().plan(), read.progress(), s.catalogue(), s.list());
        Plan document = builder.build();
        // What the progress file's rules let through renders; should a document's limit still be
        // passed (a table of thousands of tasks), it is said against the progress file, not at render.
        List<Problem> broken = PlanValidator.problems(document);
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken.stream().map(p -> new Problem(progress.toString(), 0, 0, "",
                    "the report made of this file breaks a rule of documents at " + p.path() + ": " + p.message()))
                    .toList());
        }
        return new Report(document, read.warnings(),
                builder.origins(document, progress, read.plan().path(), read.plan().name()));
    }

    /**
     * The next period's progress file, as YAML text for a file in the same folder: the next period
     * of the series (quý II after quý I, 9 tháng after 6 tháng), the tasks not done carried over,
     * those falling due added as not started, the number left out.
     *
     * @throws InvalidInputException when the progress file has problems, or its period is the
     *                               year's last (quý IV, năm)
     */
    public static String next(Path progress) {
        return next(progress, null);
    }

    /**
     * The next period's progress file, as YAML text for the file {@code newFile}: as {@link #next(Path)},
     * the plan's path written from {@code newFile}'s folder. A progress file reads its plan only
     * inside its own folder and below, so {@code newFile} goes into the plan's folder or a folder
     * above it; the caller refuses {@code newFile} being {@code progress} itself.
     *
     * @throws InvalidInputException when the progress file has problems, its period is the year's
     *                               last, or {@code newFile} is where no path could name the plan
     *                               (a folder beside or below the plan's) or is the plan's file;
     *                               the problem is placed at {@code plan.file} and says where the
     *                               new file may go
     */
    public static String next(Path progress, Path newFile) {
        return NextPeriod.of(new ProgressReader().read(progress), newFile);
    }
}
