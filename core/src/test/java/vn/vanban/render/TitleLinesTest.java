package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.DocumentPart;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.load.PlanWriter;
import vn.vanban.model.Plan;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 20 §6: a summary or an appendix title given line by line is printed in those lines. */
class TitleLinesTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static final String PLAN = """
            issuer: {name: Ủy ban nhân dân tỉnh Quảng Ngãi, abbreviation: UBND, place: Quảng Ngãi}
            date: 2025
            summary:
              - Triển khai thực hiện Chương trình chuyển đổi số
              - năm 2025
            body: [{paragraph: Nội dung.}]
            recipients: {to: [Sở Tài chính], archive: VT}
            signatory: {position: Chủ tịch, fullName: Nguyễn Văn An}
            appendices:
              - title: |
                  Danh mục nhiệm vụ chuyển đổi số
                  của các sở, ban, ngành tỉnh
                  năm 2025
                columns: [{key: task, header: Nhiệm vụ}]
                rows: [{task: Việc}]
            """;

    /** The lines the layout chose for each paragraph of {@code style}, in order. */
    private static List<String> lines(LayoutDocument doc, String style) {
        List<String> out = new ArrayList<>();
        for (LayoutDocument.Section s : doc.sections()) {
            for (LayoutDocument.Block b : s.blocks()) {
                if (b instanceof LayoutDocument.Paragraph p && p.style().equals(style)) {
                    for (LayoutDocument.Line l : p.lines().lines()) {
                        out.add(p.text().substring(l.start(), l.end()));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void givenLinesAreKeptAsWritten() {
        Plan plan = new PlanReader().read(PLAN, "lines.yaml", Format.YAML);
        assertEquals("Triển khai thực hiện Chương trình chuyển đổi số\nnăm 2025", plan.summary());
        LayoutDocument doc = VANBAN.layout(plan, DocumentPart.WHOLE);
        // Balanced, the summary would be two lines of even length; given, its lines are the data's.
        assertEquals(List.of("Triển khai thực hiện Chương trình chuyển đổi số", "năm 2025"), lines(doc, "summary"));
        assertEquals(List.of("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ", "CỦA CÁC SỞ, BAN, NGÀNH TỈNH", "NĂM 2025"),
                lines(doc, "appendix-title"));
        assertEquals("Kế hoạch Triển khai thực hiện Chương trình chuyển đổi số năm 2025", doc.metadata().title());
    }

    @Test
    void aTitleGivenWholeIsStillBalanced() {
        Plan plan = new PlanReader().read(PLAN.replace("""
                summary:
                  - Triển khai thực hiện Chương trình chuyển đổi số
                  - năm 2025""", "summary: Triển khai thực hiện Chương trình chuyển đổi số năm 2025 trên địa bàn tỉnh Quảng Ngãi"),
                "whole.yaml", Format.YAML);
        List<String> lines = lines(VANBAN.layout(plan, DocumentPart.WHOLE), "summary");
        assertEquals(2, lines.size(), lines::toString);
        assertEquals(List.of("Triển khai thực hiện Chương trình chuyển", "đổi số năm 2025 trên địa bàn tỉnh Quảng Ngãi"),
                lines, "two lines of even length, not a full line and a stub");
    }

    @Test
    void theLinesAreWrittenBackAsAList() {
        Plan plan = new PlanReader().read(PLAN, "lines.yaml", Format.YAML);
        String yaml = new PlanWriter().write(plan, Format.YAML);
        assertEquals(plan, new PlanReader().read(yaml, "again.yaml", Format.YAML));
        assertEquals(true, yaml.contains("summary:\n  - Triển khai thực hiện Chương trình chuyển đổi số\n  - năm 2025\n"), yaml);
    }
}
