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
 * {@code attached} text), which has no number or date of its own and is named by the decision's:
 * "Kế hoạch ban hành kèm theo Quyết định số 07/QĐ-STNMT ngày 08/01/2025 của …". Whose it is, and
 * how its number and date are written, are {@link Citations}' rules, as for any document cited.
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
     * Ủy ban nhân dân thị xã Đức Phổ", "Kế hoạch ban hành kèm theo Quyết định số 07/QĐ-STNMT ngày
     * 08/01/2025 của …".
     */
    String cited() {
        return named(Citations.format(withoutSubject(whose())));
    }

    /** The plan by its number alone, as a closing sentence recalls it: "Kế hoạch số 45/KH-UBND". */
    String byNumber() {
        Citation c = Citations.of(document);
        return named(Citations.format(Citation.of(c.type(), c.number(), null, null, null)));
    }

    /**
     * The plan as the report's opening cites it, with what it is about: "Kế hoạch số 45/KH-UBND
     * ngày 15/3/2024 của … truyền thông về …", "Kế hoạch cải cách hành chính năm 2025 ban hành kèm
     * theo Quyết định số 07/QĐ-STNMT ngày 08/01/2025 của …" (the subject before the decision, which
     * is about something else); {@code whose} is left out when it is the reporter's.
     *
     * @param reporter whose the report is ({@link Citations#whose})
     */
    Citation opening(String reporter) {
        String whose = whose().equals(reporter) ? null : whose();
        Citation c = Citations.of(document);
        String subject = VietnameseCase.lowerFirst(summary.replace('\n', ' '));
        if (!attached()) {
            return Citation.of(c.type(), c.number(), c.date(), whose, subject);
        }
        return Citation.of(Citations.issuedWith(typeName() + " " + subject, c.type()), c.number(), c.date(), whose, null);
    }

    /** Whose the plan is: the decision's author for a plan it issues. */
    String whose() {
        return Citations.of(document).issuer();
    }

    private Citation withoutSubject(String whose) {
        Citation c = Citations.of(document);
        return Citation.of(c.type(), c.number(), c.date(), whose, null);
    }

    /** "Quyết định số …" as the plan's name: the decision's words after the plan's type and "ban hành kèm theo". */
    private String named(String document) {
        return attached() ? Citations.issuedWith(typeName(), document) : document;
    }
}
