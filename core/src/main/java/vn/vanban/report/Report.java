package vn.vanban.report;

import vn.vanban.common.Problem;
import vn.vanban.common.Warning;
import vn.vanban.model.Plan;

import java.util.List;
import java.util.Objects;

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
 * @param origins  where the document's texts come from in the progress file and the plan's file,
 *                 to tell a rendering's warnings there ({@link #place})
 */
public record Report(Plan document, List<Problem> warnings, Origins origins) {
    public Report {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(origins, "origins");
    }

    /** A report none of whose texts is told where it comes from. */
    public Report(Plan document, List<Problem> warnings) {
        this(document, warnings, Origins.NONE);
    }

    /**
     * A rendering's warnings about {@link #document()}, each at the file, line, column and path
     * of the field its text comes from ({@link Origins#place}): {@code rows[2].result} of the
     * progress file, {@code appendices[0].rows[4].content} of the plan's.
     */
    public List<Problem> place(List<Warning> rendered) {
        return origins.place(rendered);
    }
}
