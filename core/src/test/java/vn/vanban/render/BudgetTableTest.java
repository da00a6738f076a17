package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.model.Plan;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20 §9: a budget table's amounts aligned right and added up in a total row; the heading row centred. */
class BudgetTableTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static final String PLAN = """
            issuer: {name: Ủy ban nhân dân tỉnh Quảng Ngãi, abbreviation: UBND, place: Quảng Ngãi}
            date: 2025
            summary: Kinh phí năm 2025
            body: [{paragraph: Kinh phí theo Phụ lục.}]
            recipients: {to: [Sở Tài chính], archive: VT}
            signatory: {position: Chủ tịch, fullName: Nguyễn Văn An}
            appendices:
              - title: Dự toán kinh phí
                columns:
                  - {key: item, header: Nội dung, width: 5}
                  - {key: lead, header: Đơn vị thực hiện, width: 3}
                  - {key: amount, header: Kinh phí (triệu đồng), width: 2, sum: true}
                rows:
                  - group: Tuyên truyền
                  - {item: Hội nghị, lead: Sở Tư pháp, amount: "1.200"}
                  - {item: Tài liệu, lead: Sở Tư pháp, amount: "350,5"}
                  - group: Bồi dưỡng
                  - {item: Tập huấn, lead: Sở Nội vụ, amount: "12.000"}
                  - {item: Khảo sát, lead: Sở Nội vụ}
                  - total: Tổng cộng
            """;

    private static LayoutDocument.Table catalogue(LayoutDocument doc) {
        return doc.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof LayoutDocument.Table t && t.layout().equals("catalogue"))
                .map(b -> (LayoutDocument.Table) b).findFirst().orElseThrow();
    }

    private static LayoutDocument.Paragraph first(LayoutDocument.Cell c) {
        return (LayoutDocument.Paragraph) c.blocks().get(0);
    }

    @Test
    void amountsAreAlignedRightAndAddedUpInTheTotalRow() {
        Plan plan = new PlanReader().read(PLAN, "budget.yaml", Format.YAML);
        LayoutDocument.Table t = catalogue(VANBAN.layout(plan, DocumentPart.WHOLE));
        LayoutDocument.Row item = t.rows().get(2);
        assertEquals("table-cell-right", first(item.cells().get(3)).style());
        assertEquals("1.200", first(item.cells().get(3)).text());
        LayoutDocument.Row total = t.rows().get(t.rows().size() - 1);
        assertEquals(2, total.cells().size(), "the label over STT, Nội dung and Đơn vị; the sum");
        assertEquals(3, total.cells().get(0).span());
        assertEquals("Tổng cộng", first(total.cells().get(0)).text());
        assertEquals("table-total", first(total.cells().get(0)).style());
        LayoutDocument.Paragraph sum = first(total.cells().get(1));
        assertEquals("13.550,5", sum.text());
        assertEquals("table-cell-right", sum.style());
        assertTrue(sum.spans().get(0).bold());
    }

    /** Amounts past a long's range (found crashing render while validate passed them) are added up exactly. */
    @Test
    void amountsOfAnySizeAreAddedUp() {
        String huge = PLAN.replace("amount: \"1.200\"", "amount: \"99.999.999.999.999.999.999\"")
                .replace("amount: \"12.000\"", "amount: 9223372036854775807");
        Plan plan = new PlanReader().read(huge, "budget.yaml", Format.YAML);
        LayoutDocument.Table t = catalogue(VANBAN.layout(plan, DocumentPart.WHOLE));
        LayoutDocument.Row total = t.rows().get(t.rows().size() - 1);
        assertEquals("109.223.372.036.854.776.156,5", first(total.cells().get(1)).text());
        for (OutputFormat format : OutputFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VANBAN.render(plan, format, out);
            assertTrue(out.size() > 0, format.toString());
        }
    }

    /** Found by a trial: "40000000" printed as typed over a total of "85.000.000". */
    @Test
    void amountsAreWrittenAsTheTotalIs() {
        String typed = PLAN.replace("amount: \"1.200\"", "amount: \"40000000\"")
                .replace("amount: \"12.000\"", "amount: 1500");
        Plan plan = new PlanReader().read(typed, "budget.yaml", Format.YAML);
        LayoutDocument.Table t = catalogue(VANBAN.layout(plan, DocumentPart.WHOLE));
        assertEquals("40.000.000", first(t.rows().get(2).cells().get(3)).text());
        assertEquals("350,5", first(t.rows().get(3).cells().get(3)).text(), "a decimal keeps its places");
        assertEquals("1.500", first(t.rows().get(5).cells().get(3)).text());
        assertEquals("40.001.850,5", first(t.rows().get(t.rows().size() - 1).cells().get(1)).text());
    }

    @Test
    void theHeadingRowIsCentredAcrossAndDownItsCells() {
        Plan plan = new PlanReader().read(PLAN, "budget.yaml", Format.YAML);
        LayoutDocument.Table t = catalogue(VANBAN.layout(plan, DocumentPart.WHOLE));
        for (LayoutDocument.Cell c : t.rows().get(0).cells()) {
            assertEquals(LayoutProfile.VerticalAlign.CENTER, c.vertical());
        }
        assertEquals(LayoutProfile.VerticalAlign.TOP, t.rows().get(2).cells().get(1).vertical());
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, docx);
        String xml = new String(DocxText.part(docx.toByteArray(), "word/document.xml"), StandardCharsets.UTF_8);
        assertEquals(4, xml.split("<w:vAlign w:val=\"center\"/>", -1).length - 1, "the four heading cells");
        List<String> texts = DocxText.nonEmptyParagraphs(docx.toByteArray());
        assertTrue(texts.containsAll(List.of("Tổng cộng", "13.550,5")), texts::toString);
    }
}
