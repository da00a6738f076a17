package vn.vanban.report;

import vn.vanban.load.Problems;
import vn.vanban.model.Appendix;
import vn.vanban.model.AttachedText;
import vn.vanban.model.Citation;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;
import vn.vanban.text.Citations;
import vn.vanban.text.VietnameseCase;

import java.util.List;

/**
 * Kế hoạch được báo cáo — the text a report is on, as it was issued: a plan in a file of its own
 * (template 1.4), or the plan a Quyết định issues with it (template 1.3, the decision's
 * {@code attached} text), which has no number or date of its own and is named by its subject and
 * the decision: "Kế hoạch cải cách hành chính năm 2025 (ban hành kèm theo Quyết định số
 * 07/QĐ-STNMT ngày 08/01/2025 của …)". Whose it is, and how its number and date are written, are
 * {@link Citations}' rules, as for any document cited.
 *
 * @param document       the file's document (the plan, or the decision), its number and date as
 *                       issued
 * @param type           the plan's type (Kế hoạch, or what the decision issues)
 * @param summary        the plan's summary
 * @param appendices     the plan's appendices, the catalogue among them
 * @param appendicesPath where they are in the file, for messages: {@code appendices} or
 *                       {@code attached.appendices}
 */
record PlanText(Plan document, DocumentType type, String summary, List<Appendix> appendices, String appendicesPath) {

    static PlanText of(Plan document) {
        AttachedText a = document.attached();
        return a == null
                ? new PlanText(document, document.type(), document.summary(), document.appendices(), "appendices")
                : new PlanText(document, a.type(), a.summary(), a.appendices(), "attached.appendices");
    }

    /**
     * Why the file {@code name} holds no plan to report on, or {@code null} when it does: a
     * Công văn sends a plan and is none; a Quyết định without an attached text (template 1.2)
     * decides by itself, and the list it may approve in an appendix (people, projects) is no
     * catalogue of tasks with planned times, whatever words a report would count it in.
     */
    static String notAPlan(Plan document, String name) {
        String quoted = Problems.quote(name);
        if (document.type() == DocumentType.CONG_VAN) {
            return quoted + " is a Công văn, not a plan: name the plan's file";
        }
        if (document.type() == DocumentType.QUYET_DINH && document.attached() == null) {
            return quoted + " is a Quyết định that issues no plan (it has no 'attached' text, template 1.2): what "
                    + "it approves is not a plan's catalogue of tasks. Name the plan's file, or the decision that "
                    + "issues the plan as its 'attached' text (template 1.3)";
        }
        return null;
    }

    /** Whether the plan is the text a decision issues. */
    boolean attached() {
        return document.attached() != null;
    }

    /** The type's name in running text: "Kế hoạch". */
    String typeName() {
        return type.vietnameseName();
    }

    /**
     * The plan as a report's title cites it: "Kế hoạch số 45/KH-UBND ngày 15/3/2024 của Chủ tịch
     * Ủy ban nhân dân thị xã Đức Phổ"; a plan a decision issues by its own name, the decision set
     * apart ({@link #named}): "Kế hoạch cải cách hành chính năm 2025 (ban hành kèm theo Quyết định
     * số 07/QĐ-STNMT ngày 08/01/2025 của …)".
     */
    String cited() {
        return named(withoutSubject(whose()));
    }

    /**
     * The plan by its number alone, as a closing sentence recalls it: "Kế hoạch số 45/KH-UBND",
     * "Kế hoạch cải cách hành chính năm 2025 (ban hành kèm theo Quyết định số 07/QĐ-STNMT)".
     */
    String byNumber() {
        Citation c = Citations.of(document);
        return named(Citation.of(c.type(), c.number(), null, null, null));
    }

    /**
     * The plan as the report's opening cites it, with what it is about: "Kế hoạch số 45/KH-UBND
     * ngày 15/3/2024 của … truyền thông về …", "Kế hoạch cải cách hành chính năm 2025 (ban hành
     * kèm theo Quyết định số 07/QĐ-STNMT ngày 08/01/2025 của …)"; {@code whose} is left out when
     * it is the reporter's.
     *
     * @param reporter whose the report is ({@link Citations#whose})
     */
    Citation opening(String reporter) {
        String whose = whose().equals(reporter) ? null : whose();
        Citation c = Citations.of(document);
        if (!attached()) {
            return Citation.of(c.type(), c.number(), c.date(), whose, subject());
        }
        // Cited as a name: the words are all written here, the decision's number and date among them.
        return Citation.named(named(Citation.of(c.type(), c.number(), c.date(), whose, null)), null);
    }

    /** Whose the plan is: the decision's author for a plan it issues. */
    String whose() {
        return Citations.of(document).issuer();
    }

    private Citation withoutSubject(String whose) {
        Citation c = Citations.of(document);
        return Citation.of(c.type(), c.number(), c.date(), whose, null);
    }

    /** What the plan is about, as a citation's subject: "truyền thông về …". */
    private String subject() {
        return VietnameseCase.lowerFirst(summary.replace('\n', ' '));
    }

    /**
     * The plan named by {@code document}, its own citation; a plan a decision issues has no number
     * of its own, so it is named by its type and subject and the decision's citation follows in
     * parentheses: the period a report's sentence adds after it ("… 06 tháng đầu năm 2024") then
     * cannot read as part of the decision's number (a trial found "Quyết định số 45/QĐ-UBND 06
     * tháng đầu năm 2024"), and the title names the plan.
     */
    private String named(Citation document) {
        String cited = Citations.format(document);
        return attached() ? Citations.issuedWithAside(typeName() + " " + subject(), cited) : cited;
    }
}
