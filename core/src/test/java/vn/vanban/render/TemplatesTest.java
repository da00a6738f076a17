package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.TestPlans;
import vn.vanban.common.VanbanException;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.MarkupReader;
import vn.vanban.layout.ProfileLoader;
import vn.vanban.model.Agency;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.testing.Layouts;
import vn.vanban.view.PlanViews;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesTest {

    private static final MarkupReader READER =
            new MarkupReader(ProfileLoader.loadDefault(), FontSet.liberationSerif());

    @Test
    void planTemplatePlacesEveryBoxInTheDecreesOrder() {
        LayoutDocument doc = READER.read(new Templates(null).render(Templates.PLAN, PlanViews.of(TestPlans.small())));
        assertEquals(2, doc.sections().size());
        assertEquals("""
                agency: ỦY BAN NHÂN DÂN
                THỊ XÃ ĐỨC PHỔ
                rule agency
                national-title: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                motto: Độc lập - Tự do - Hạnh phúc
                rule motto
                number: Số:      /KH-UBND
                place-date: Đức Phổ, ngày       tháng       năm 2024
                type-name: KẾ HOẠCH
                summary: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024
                rule summary
                body: Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, Chủ tịch UBND thị xã ban hành Kế hoạch, như sau:
                section-heading: I. MỤC ĐÍCH, YÊU CẦU
                clause-heading: 1. Mục đích
                body: - Tuyên truyền kịp thời.
                body: 2. Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính.
                body: a) Điểm thứ nhất.
                body: b) Điểm thứ hai.
                section-heading: II. KINH PHÍ
                body: Tổng kinh phí 1.500.000 đồng (Bằng chữ: Một triệu năm trăm nghìn đồng).
                closing: Yêu cầu các cơ quan nghiêm túc thực hiện./.
                recipients-label: Nơi nhận:
                recipient: - Văn phòng UBND tỉnh;
                recipient: - Các cơ quan, đơn vị;
                recipient: - Lưu: VT.
                signature-title: CHỦ TỊCH
                signature-name: Bùi Văn Lý
                """, Layouts.outline(doc.sections().get(0)));
        assertEquals("""
                appendix-label: Phụ lục
                appendix-title: DANH MỤC NỘI DUNG CÔNG VIỆC
                appendix-reference: (Kèm theo Kế hoạch số      /KH-UBND ngày       tháng       năm 2024
                của Chủ tịch Ủy ban nhân dân thị xã Đức Phổ)
                rule appendix
                table-number-header: STT
                table-header: Nội dung
                table-header: Thời gian
                table-group: Tuyên truyền
                table-number: 1
                table-cell: Đăng tin
                table-cell: Quý II/2024
                """, Layouts.outline(doc.sections().get(1)));
    }

    /**
     * A name too long for its column is set in even lines with explicit breaks, so Word and
     * LibreOffice show the lines the PDF does instead of filling each line in turn ("BAN CHỈ ĐẠO
     * THỰC HIỆN" … over a stub "ĐỨC PHỔ"), and no line is longer than the column.
     */
    @Test
    void aLongAgencyNameIsSetInEvenLinesThatBothFormatsShare() {
        Plan small = TestPlans.small();
        Plan plan = new Plan(small.type(), small.parent(),
                new Agency("Ban Chỉ đạo thực hiện cải cách hành chính và chuyển đổi số thị xã Đức Phổ", "BCĐ", "Đức Phổ"),
                small.number(), small.symbol(), small.date(), small.summary(), small.basis(), small.body(),
                small.closing(), small.recipients(), small.signatory(), small.appendices());
        LayoutDocument doc = READER.read(new Templates(null).render(Templates.PLAN, PlanViews.of(plan)));
        LayoutDocument.Table header = (LayoutDocument.Table) doc.sections().get(0).blocks().get(0);
        LayoutDocument.Paragraph agency = (LayoutDocument.Paragraph) header.rows().get(0).cells().get(0).blocks().get(0);

        assertEquals("""
                BAN CHỈ ĐẠO THỰC
                HIỆN CẢI CÁCH HÀNH
                CHÍNH VÀ CHUYỂN ĐỔI
                SỐ THỊ XÃ ĐỨC PHỔ""", agency.text());
    }

    /** The same for the signature's first line when it names the collective ("TM. …"). */
    @Test
    void aLongCollectiveAboveTheSignatureIsSetInEvenLines() {
        Plan small = TestPlans.small();
        Signatory s = small.signatory();
        Plan plan = new Plan(small.type(), small.parent(), small.issuer(), small.number(), small.symbol(),
                small.date(), small.summary(), small.basis(), small.body(), small.closing(), small.recipients(),
                new Signatory(Signatory.Authority.TM, "Ban Chỉ đạo thực hiện cải cách hành chính và chuyển đổi số thị xã Đức Phổ", null,
                        s.position(), s.fullName()),
                small.appendices());
        LayoutDocument doc = READER.read(new Templates(null).render(Templates.PLAN, PlanViews.of(plan)));
        LayoutDocument.Table closing = (LayoutDocument.Table) doc.sections().get(0).blocks().stream()
                .filter(b -> b instanceof LayoutDocument.Table).reduce((a, b) -> b).orElseThrow();
        LayoutDocument.Paragraph title = (LayoutDocument.Paragraph) closing.rows().get(0).cells().get(1).blocks().get(0);

        assertEquals("""
                TM. BAN CHỈ ĐẠO THỰC HIỆN
                CẢI CÁCH HÀNH CHÍNH VÀ
                CHUYỂN ĐỔI SỐ THỊ XÃ ĐỨC PHỔ""", title.text());
    }

    @Test
    void mottoRuleIsAsLongAsTheMottoAndAgencyRuleAThirdToAHalfOfItsLine() {
        LayoutDocument doc = READER.read(new Templates(null).render(Templates.PLAN, PlanViews.of(TestPlans.small())));
        LayoutDocument.Table header = (LayoutDocument.Table) doc.sections().get(0).blocks().get(0);
        LayoutDocument.Rule agency = (LayoutDocument.Rule) header.rows().get(0).cells().get(0).blocks().get(1);
        LayoutDocument.Rule motto = (LayoutDocument.Rule) header.rows().get(0).cells().get(1).blocks().get(2);
        // spec §2 box 1: 56.1 mm at 13 pt bold, measured with Times New Roman's metrics.
        assertEquals(56.1, motto.length() * 25.4 / 72, 0.5);
        // The name is set as "ỦY BAN NHÂN DÂN" over "THỊ XÃ ĐỨC PHỔ"; the longer line is about 115 pt.
        assertTrue(agency.length() > 30 && agency.length() < 60, "agency rule " + agency.length());
    }

    @Test
    void anOverrideDirectoryReplacesOneTemplateAndKeepsTheOthers(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("phu-luc.ftlx"),
                "<document title=\"t\" subject=\"s\" author=\"a\" language=\"vi-VN\" date=\"2024-01-01\">"
                        + "<section orientation=\"portrait\" restart-numbering=\"true\">"
                        + "<p style=\"body\">${doc.summary()}</p></section></document>");
        Templates t = new Templates(dir);
        assertEquals("body: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024\n",
                Layouts.outline(READER.read(t.render(Templates.APPENDICES, PlanViews.of(TestPlans.small()))).sections().get(0)));
        assertTrue(t.render(Templates.PLAN, PlanViews.of(TestPlans.small())).contains("CỘNG HÒA XÃ HỘI"));
    }

    @Test
    void aTemplateThatReadsAMissingValueFailsInsteadOfPrintingABlank(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("phu-luc.ftlx"), "<document>${doc.noSuchThing()}</document>");
        Templates t = new Templates(dir);
        assertThrows(VanbanException.class, () -> t.render(Templates.APPENDICES, PlanViews.of(TestPlans.small())));
    }
}
