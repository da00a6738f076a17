package vn.vanban.report;

import vn.vanban.common.Problem;
import vn.vanban.model.Plan;

import java.util.List;

/**
 * A Báo cáo made from a progress file and its plan.
 *
 * @param document the report as a document of type {@code bao-cao}, rendered like a plan
 *                 ({@code Vanban.render})
 * @param warnings what a person should look at before it goes out, each at its file, line and
 *                 field: a task due in the period that the progress file does not mention (it
 *                 is reported as not started), a planned time that cannot be read (the task is
 *                 taken as due over the whole year)
 */
public record Report(Plan document, List<Problem> warnings) {
    public Report {
        warnings = List.copyOf(warnings);
    }
}
