package vn.vanban.report;

import vn.vanban.model.Agency;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;

import java.util.List;

/**
 * Tiến độ thực hiện kế hoạch — a progress file: the plan it reports on, the period, where each
 * task stands, and the report's own texts and header. A Báo cáo is made of it and the plan
 * ({@link Reports}). Immutable; a {@code null} list is an empty one, but for {@code contact}.
 *
 * @param plan         the plan reported on
 * @param period       kỳ báo cáo
 * @param parent       the report's parent agency, when its issuer is given
 * @param issuer       the report's issuing agency, or {@code null} for the plan's
 * @param number       số of the report, or {@code null} while a draft
 * @param date         ngày of the report
 * @param signatory    người ký
 * @param recipients   nơi nhận
 * @param addressees   kính gửi (box 9a) of a report sent upward, in order; empty for none
 * @param contact      địa chỉ, thư điện tử, số điện thoại… (box 13) of the report, or {@code null}
 *                     to take the plan's (the decision's, for a plan a decision issues) when the
 *                     report is its issuer's; empty for none
 * @param rows         what is said of each row, in the file's order
 * @param difficulties khó khăn, vướng mắc: one sentence each
 * @param proposals    đề xuất, kiến nghị: one sentence each; may be empty
 * @param nextSteps    nhiệm vụ thời gian tới: one sentence each
 */
public record Progress(PlanReference plan, ReportPeriod period, Agency parent, Agency issuer, Integer number,
                       PartialDate date, Signatory signatory, Recipients recipients, List<String> addressees,
                       List<String> contact, List<RowProgress> rows,
                       List<String> difficulties, List<String> proposals, List<String> nextSteps) {
    public Progress {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        contact = contact == null ? null : List.copyOf(contact);
        rows = rows == null ? List.of() : List.copyOf(rows);
        difficulties = difficulties == null ? List.of() : List.copyOf(difficulties);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }
}
