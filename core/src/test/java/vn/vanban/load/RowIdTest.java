package vn.vanban.load;

import vn.vanban.common.Format;
import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Plan;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A catalogue row may carry an id for progress reports: read, written back, not printed. */
class RowIdTest {

    private static final String PLAN = """
            issuer: {name: Ủy ban nhân dân thị xã Đức Phổ, abbreviation: UBND, place: Đức Phổ}
            date: 2024
            summary: Truyền thông năm 2024
            body: [{paragraph: Nội dung.}]
            recipients: {to: [Văn phòng UBND tỉnh], archive: VT}
            signatory: {position: Chủ tịch, fullName: Bùi Văn Lý}
            appendices:
              - title: Danh mục
                columns:
                  - {key: content, header: Nội dung công việc, width: 5}
                  - {key: time, header: Thời gian thực hiện, width: 2}
                rows:
                  - {id: mã-riêng-01, content: Đăng tải thủ tục hành chính, time: Năm 2024}
                  - {content: Phát thanh, time: Quý II/2024}
            """;

    @Test
    void anIdIsReadAndWrittenBackButNotPrinted() throws Exception {
        Plan plan = new PlanReader().read(PLAN, "ids.yaml", Format.YAML);
        CatalogueRow.Item first = (CatalogueRow.Item) plan.appendices().get(0).rows().get(0);
        assertEquals("mã-riêng-01", first.cells().get(CatalogueRow.ID).parts().get(0) instanceof
                vn.vanban.model.Inline.Plain p ? p.text() : null);
        assertTrue(new PlanWriter().write(plan, Format.YAML).contains("id: mã-riêng-01"));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        Vanban.builder().build().render(plan, OutputFormat.DOCX, docx);
        List<String> text = DocxText.nonEmptyParagraphs(docx.toByteArray());
        assertTrue(text.contains("Đăng tải thủ tục hành chính"), text.toString());
        assertFalse(String.join("\n", text).contains("mã-riêng-01"), text.toString());
    }

    @Test
    void aColumnKeyedIdIsPrintedAsAnyColumn() throws Exception {
        Plan plan = new PlanReader().read(PLAN.replace("      - {key: time,", "      - {key: id, header: Mã, width: 1}\n"
                + "      - {key: time,"), "ids.yaml", Format.YAML);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        Vanban.builder().build().render(plan, OutputFormat.DOCX, docx);
        assertTrue(DocxText.nonEmptyParagraphs(docx.toByteArray()).contains("mã-riêng-01"));
    }
}
