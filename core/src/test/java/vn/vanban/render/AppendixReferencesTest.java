package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Numbering;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20 §4: appendices labelled by number, and the text naming them by id. */
class AppendixReferencesTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static Appendix appendix(String id, String title) {
        return Appendix.builder(title).id(id).column("content", "Nội dung", 1).row(Map.of("content", "Việc")).build();
    }

    private static List<String> texts(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, out);
        return DocxText.nonEmptyParagraphs(out.toByteArray());
    }

    private static Plan.Builder plan(Appendix... appendices) {
        Plan.Builder b = Plan.builder().issuer("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", "Quảng Ngãi").date("2025")
                .summary("Kế hoạch năm 2025").recipients("VT", "Sở Tài chính")
                .signatory(Signatory.forCollective("Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An"))
                .body(BodyNode.paragraph(Inline.plain("Nhiệm vụ tại "), Inline.appendix("tasks"),
                        Inline.plain(", kinh phí tại "), Inline.appendix("budget"), Inline.plain(".")));
        for (Appendix a : appendices) {
            b.appendix(a);
        }
        return b;
    }

    @Test
    void theTextNamesEachAppendixByItsLabelWhateverItsPlace() {
        Plan plan = plan(appendix("tasks", "Danh mục nhiệm vụ"), appendix("budget", "Dự toán kinh phí"))
                .numbering(Numbering.DEFAULT.withAppendices(Numbering.AppendixNumbers.ARABIC)).build();
        List<String> texts = texts(plan);
        assertTrue(texts.contains("Nhiệm vụ tại Phụ lục 1, kinh phí tại Phụ lục 2./."), texts::toString);
        assertTrue(texts.containsAll(List.of("Phụ lục 1", "Phụ lục 2")), texts::toString);

        Plan swapped = plan(appendix("budget", "Dự toán kinh phí"), appendix("tasks", "Danh mục nhiệm vụ")).build();
        List<String> again = texts(swapped);
        assertTrue(again.contains("Nhiệm vụ tại Phụ lục II, kinh phí tại Phụ lục I./."), again::toString);
        assertEquals(List.of("Phụ lục I", "Phụ lục II"), again.stream().filter(t -> t.startsWith("Phụ lục ")).toList());
    }

    @Test
    void aSingleAppendixIsPhuLucAlone() {
        Plan plan = Plan.builder().issuer("Sở Tư pháp", "STP", "Quảng Ngãi").date("2025").summary("Kế hoạch")
                .recipients("VT", "Các phòng").signatory(Signatory.head("Giám đốc", "Trần Văn Bình"))
                .body(BodyNode.paragraph(Inline.plain("Xem "), Inline.appendix("tasks"), Inline.plain(" kèm theo.")))
                .appendix(appendix("tasks", "Danh mục nhiệm vụ")).build();
        assertTrue(texts(plan).contains("Xem Phụ lục kèm theo./."));
    }
}
