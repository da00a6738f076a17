package vn.vanban;

import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Column;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;

import java.util.List;
import java.util.Map;

/** Plans built in Java, for tests that must not depend on the data-file reader. */
public final class TestPlans {

    private TestPlans() {
    }

    /** A small complete plan: one section of each kind of node, one appendix. */
    public static Plan small() {
        Citation nd63 = new Citation("Nghị định", "63/2010/NĐ-CP", PartialDate.parse("2010-06-08"), "Chính phủ",
                "về kiểm soát thủ tục hành chính", false);
        return new Plan(DocumentType.KE_HOACH, null,
                new Agency("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ"),
                null, null, PartialDate.ofYear(2024),
                "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024",
                new LegalBasis(LegalBasis.Form.INLINE, "Thực hiện", List.of(nd63),
                        "Chủ tịch UBND thị xã ban hành Kế hoạch, như sau:"),
                List.of(
                        new BodyNode.Section("Mục đích, yêu cầu", List.of(
                                new BodyNode.Clause("Mục đích", null, List.of(
                                        new BodyNode.Dash(Text.of("Tuyên truyền kịp thời."), List.of()))),
                                new BodyNode.Clause(null, Text.of(new Inline.Plain("Thực hiện "),
                                        new Inline.Cite(nd63), new Inline.Plain(".")), List.of(
                                        new BodyNode.Point(Text.of("Điểm thứ nhất."), List.of()),
                                        new BodyNode.Point(Text.of("Điểm thứ hai."), List.of()))))),
                        new BodyNode.Section("Kinh phí", List.of(
                                new BodyNode.Paragraph(Text.of(new Inline.Plain("Tổng kinh phí "),
                                        new Inline.Money(1_500_000, true), new Inline.Plain(".")))))),
                "Yêu cầu các cơ quan nghiêm túc thực hiện",
                new Recipients(List.of("Văn phòng UBND tỉnh", "Các cơ quan, đơn vị"), "VT"),
                new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", "Bùi Văn Lý"),
                List.of(new Appendix("Danh mục nội dung công việc", Appendix.Orientation.AUTO, true,
                        List.of(new Column("content", "Nội dung", 5), new Column("time", "Thời gian", 2)),
                        List.of(new CatalogueRow.Group("Tuyên truyền"),
                                new CatalogueRow.Item(Map.of("content", Text.of("Đăng tin"), "time", Text.of("Quý II/2024")))))));
    }
}
