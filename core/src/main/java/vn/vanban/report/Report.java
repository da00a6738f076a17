package vn.vanban.report;

import vn.vanban.common.Problem;
import vn.vanban.model.Plan;

import java.util.List;

/**
 * A Báo cáo made from a progress file and its plan.
 * <p>
 * A task is late (chậm tiến độ) when it is not done though its planned time is over, judged at
 * the report's date when the report is dated before the period ends, else at the period's end: a
 * year's report dated 20 December finds a task of "Tháng 12" not yet late, and a quarter's report
 * written in the next quarter does not count that quarter's delays against this one. A task done
 * all the time ("Thường xuyên", "Liên tục", "Quanh năm") is never late.
 *
 * @param document the report as a document of type {@code bao-cao}, rendered like a plan
 *                 ({@code Vanban.render})
 * @param warnings what a person should look at before it goes out, each at its file, line and
 *                 field: a task due in the period that the progress file does not mention (it
 *                 is reported as not started), a planned time that cannot be read or that lies
 *                 wholly before the plan's year, "Quý II/2024" in a plan of 2025 (the task is
 *                 taken as due over the plan's whole year), one wholly after it (read as written:
 *                 no report of the year counts it as due)
 * @param fromProgress the document's fields that the progress file gives under the same names
 *                 ("signatory", "recipients"; "contact", "issuer" and "parent" when it gives
 *                 them): a rendering's warning about one of them is about the progress file's
 */
public record Report(Plan document, List<Problem> warnings, List<String> fromProgress) {
    public Report {
        warnings = List.copyOf(warnings);
        fromProgress = List.copyOf(fromProgress);
    }

    /** A report none of whose fields is told where the progress file writes it. */
    public Report(Plan document, List<Problem> warnings) {
        this(document, warnings, List.of());
    }

    /**
     * Where the document's field at {@code path} (a rendering's {@code Warning.path()}) stands in
     * the progress file: the same path for a field the progress file gives, else "" (the text is
     * made from the plan's file or from several entries, "signatory.fullName" stays,
     * "body[0].section.content[1].dash" is "").
     */
    public String progressPath(String path) {
        return fromProgress.stream().anyMatch(f -> path.equals(f) || path.startsWith(f + ".") || path.startsWith(f + "["))
                ? path : "";
    }
}
