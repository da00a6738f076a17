package vn.vanban.view;

import org.junit.jupiter.api.Test;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Numbering;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vanban.model.BodyNode.article;
import static vn.vanban.model.BodyNode.chapter;
import static vn.vanban.model.BodyNode.clause;
import static vn.vanban.model.BodyNode.dash;
import static vn.vanban.model.BodyNode.part;
import static vn.vanban.model.BodyNode.point;
import static vn.vanban.model.BodyNode.section;

/** Issue 20 §2: the numbering schemes of Appendix I. */
class NodeViewsTest {

    /** Every node's label, depth-first, its title after it when it has one. */
    private static List<String> labels(Numbering numbering, BodyNode... body) {
        List<String> out = new ArrayList<>();
        collect(new NodeViews(numbering, new TextViews()).body(List.of(body), "body", 0), out);
        return out;
    }

    private static void collect(List<NodeView> nodes, List<String> out) {
        for (NodeView n : nodes) {
            out.add(n.title() == null ? n.label() : n.label() + " " + n.title());
            collect(n.children(), out);
        }
    }

    private static final BodyNode[] PLAN = {
        section("Mục đích, yêu cầu",
                clause("Mục đích", clause("Nâng cao nhận thức", clause("Cán bộ"), clause("Nhân dân")),
                        clause("Triển khai")),
                clause("Yêu cầu", point("Bám sát", dash("Thực chất", dash("Tiết kiệm"))), point("Đa dạng"))),
        section("Tổ chức thực hiện", clause("Sở Tư pháp"))};

    @Test
    void byDefaultAClauseInsideAClauseStartsAgainAtOne() {
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1. Nâng cao nhận thức", "1. Cán bộ", "2. Nhân dân",
                "2. Triển khai", "2. Yêu cầu", "a)", "-", "+", "b)", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp"),
                labels(Numbering.DEFAULT, PLAN));
    }

    @Test
    void decimalClausesCarryTheirParentsNumber() {
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. Nâng cao nhận thức", "1.1.1. Cán bộ",
                "1.1.2. Nhân dân", "1.2. Triển khai", "2. Yêu cầu", "a)", "-", "+", "b)", "II. TỔ CHỨC THỰC HIỆN",
                "1. Sở Tư pháp"), labels(Numbering.decimal(), PLAN));
    }

    @Test
    void partsAreNumberedInRomanOrInWords() {
        BodyNode[] parts = new BodyNode[5];
        for (int i = 0; i < 5; i++) {
            parts[i] = part("Phần " + (i + 1), section("Mục"));
        }
        assertEquals(List.of("Phần thứ nhất PHẦN 1", "I. MỤC", "Phần thứ hai PHẦN 2", "I. MỤC", "Phần thứ ba PHẦN 3",
                "I. MỤC", "Phần thứ tư PHẦN 4", "I. MỤC", "Phần thứ năm PHẦN 5", "I. MỤC"),
                labels(Numbering.DEFAULT.withParts(Numbering.PartNumbers.WORDS), parts));
        assertEquals("Phần IV PHẦN 4", labels(Numbering.DEFAULT, parts).get(6));
    }

    @Test
    void aTextOfArticlesNumbersItsArticlesThroughItsChapters() {
        List<String> labels = labels(Numbering.DEFAULT,
                chapter("Quy định chung",
                        article("Phạm vi điều chỉnh", clause(Text.of("Quy chế này quy định …"),
                                point("công tác văn thư;"), point("công tác lưu trữ."))),
                        article("Đối tượng áp dụng")),
                chapter("Quy định cụ thể",
                        section("Soạn thảo văn bản", article("Thể thức"), article(Text.of("Kỹ thuật trình bày …"))),
                        section("Lưu trữ", article("Thời hạn"))));
        assertEquals(List.of("Chương I QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "1.", "a)", "b)",
                "Điều 2. Đối tượng áp dụng", "Chương II QUY ĐỊNH CỤ THỂ", "Mục 1 SOẠN THẢO VĂN BẢN", "Điều 3. Thể thức",
                "Điều 4.", "Mục 2 LƯU TRỮ", "Điều 5. Thời hạn"), labels);
    }

    @Test
    void aDecisionsArticlesStandAtTheTopOfItsBody() {
        List<NodeView> body = new NodeViews(Numbering.DEFAULT, new TextViews()).body(List.of(
                article(Text.of("Ban hành kèm theo Quyết định này Kế hoạch …")),
                article(Text.of("Quyết định này có hiệu lực kể từ ngày ký."))), "body", 0);
        assertEquals("article", body.get(0).kind());
        assertEquals("Điều 2.", body.get(1).label());
        assertEquals("Quyết định này có hiệu lực kể từ ngày ký.", body.get(1).spans().get(0).text());
    }
}
