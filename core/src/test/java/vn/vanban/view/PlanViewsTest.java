package vn.vanban.view;

import org.junit.jupiter.api.Test;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.text.Citations;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanViewsTest {

    @Test
    void theEndMarkIsAddedOnlyWhereItIsMissing() {
        assertEquals("… tổ chức thực hiện./.", EndMark.complete("… tổ chức thực hiện", "x").text());
        assertEquals("… tổ chức thực hiện./.", EndMark.complete("… tổ chức thực hiện.", "x").text());
        assertEquals("… tổ chức thực hiện./.", EndMark.complete("… tổ chức thực hiện./.", "x").text());
        assertEquals("… như sau./.", EndMark.complete("… như sau:", "x").text());
        assertEquals("… tiêu cực./.", EndMark.complete("… tiêu cực;", "x").text());
    }

    @Test
    void whereTheTextsOwnEndIsKeptOrReplacedAWarningSaysSo() {
        assertNull(EndMark.complete("… tổ chức thực hiện", "the closing sentence").warning());
        assertNull(EndMark.complete("… tổ chức thực hiện./.", "the closing sentence").warning());
        assertEquals("the closing sentence ends with a period: './.' is added after it ('… tổ chức thực hiện./.');"
                + " end it with './.' yourself to say nothing here",
                EndMark.complete("… tổ chức thực hiện.", "the closing sentence").warning());
        assertTrue(EndMark.complete("… tiêu cực;", "the body's last sentence").warning()
                .startsWith("the body's last sentence ends with ';', which './.' replaces ('… tiêu cực./.')"));
    }

    private static Plan.Builder plan() {
        return Plan.builder().issuer("Ủy ban nhân dân xã Phổ Thạnh", "UBND", "Phổ Thạnh").date("2025")
                .summary("Tổ chức Tết").recipients("VT", "Ủy ban nhân dân thị xã")
                .signatory(Signatory.head("Chủ tịch", "Nguyễn Văn An"));
    }

    private static String lastText(List<NodeView> nodes) {
        NodeView last = nodes.get(nodes.size() - 1);
        if (!last.children().isEmpty()) {
            return lastText(last.children());
        }
        StringBuilder sb = new StringBuilder();
        last.spans().forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    @Test
    void anAppendixBelongsToTheAgencyWhoseSymbolTheTextBears() {
        Plan.Builder province = Plan.builder().issuer("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", "Quảng Ngãi");
        Plan.Builder department = Plan.builder().issuer("Sở Tư pháp", "STP", "Quảng Ngãi");
        assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", Citations.whose(province
                .signatory(Signatory.deputy("Chủ tịch", "Phó Chủ tịch", "Trần Phước Hiền")).build()), "KT. CHỦ TỊCH");
        assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", Citations.whose(province
                .signatory(Signatory.forCollective("Ủy ban nhân dân", "Chủ tịch", "Nguyễn Hoàng Giang")).build()), "TM.");
        assertEquals("Sở Tư pháp", Citations.whose(department
                .signatory(Signatory.deputy("Giám đốc", "Phó Giám đốc", "Trần Thị Mai")).build()), "KT. GIÁM ĐỐC");
        assertEquals("Sở Tư pháp", Citations.whose(department
                .signatory(Signatory.head("Giám đốc", "Võ Văn Bình")).build()), "GIÁM ĐỐC");
        // The chairman's own text (the seed: "Chủ tịch UBND thị xã ban hành Kế hoạch …").
        assertEquals("Chủ tịch Ủy ban nhân dân thị xã Đức Phổ", Citations.whose(Plan.builder()
                .issuer("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ")
                .signatory(Signatory.head("Chủ tịch", "Bùi Văn Lý")).build()));
        assertEquals("Hội đồng nhân dân tỉnh", Citations.whose(department.issuedBy("Hội đồng nhân dân tỉnh")
                .signatory(Signatory.head("Giám đốc", "Võ Văn Bình")).build()), "the data's own");
    }

    @Test
    void aBodyEndingWithAPeriodGetsNoSecondOneAndAWarning() {
        PlanView v = PlanViews.of(plan().body(BodyNode.section("Tổ chức thực hiện",
                BodyNode.paragraph("Giao Công chức Văn hóa - Xã hội tổ chức thực hiện."))).build());
        assertEquals("Giao Công chức Văn hóa - Xã hội tổ chức thực hiện./.", lastText(v.body()));
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        assertTrue(v.warnings().get(0).message().startsWith("the body's last sentence ends with a period"),
                v.warnings()::toString);
        assertEquals("body[0].section.content[0].paragraph", v.warnings().get(0).path());
    }

    @Test
    void aBodyEndingWithAHeadingOverNothingIsWarnedOf() {
        PlanView v = PlanViews.of(plan().body(BodyNode.section("Nội dung", BodyNode.paragraph("Tuyên truyền.")),
                BodyNode.section("Tổ chức thực hiện")).build());
        assertEquals(List.of(new vn.vanban.common.Warning("body[1].section", "the body ends with the heading 'TỔ CHỨC "
                + "THỰC HIỆN', which has nothing under it, so the end mark './.' follows the heading; write what it "
                + "heads, or end the text with a closing sentence (closing:)")), v.warnings(),
                "'II. TỔ CHỨC THỰC HIỆN./.' was printed without a word (trial 5)");
        PlanView closed = PlanViews.of(plan().body(BodyNode.section("Tổ chức thực hiện"))
                .closing("Yêu cầu các cơ quan thực hiện.").build());
        assertTrue(closed.warnings().stream().noneMatch(w -> w.message().startsWith("the body ends with the heading")),
                "with a closing sentence the mark goes there: " + closed.warnings());
    }

    @Test
    void theMarkAfterBoldWordsIsUpright() {
        PlanView v = PlanViews.of(plan().body(BodyNode.paragraph(Inline.plain("Xem "),
                Inline.strong("Phụ lục."))).build());
        List<SpanView> spans = v.body().get(0).spans();
        assertEquals(List.of(new SpanView("Xem ", false), new SpanView("Phụ lục.", true), new SpanView("/.", false)),
                spans);
    }

    @Test
    void aClosingEndingWithTheMarkKeepsItAsItIs() {
        PlanView v = PlanViews.of(plan().closing("Yêu cầu các cơ quan nghiêm túc thực hiện./.").build());
        assertEquals("Yêu cầu các cơ quan nghiêm túc thực hiện./.", v.closing().get(0).text());
        assertEquals(List.of(), v.warnings());
        PlanView plain = PlanViews.of(plan().closing("Yêu cầu các cơ quan nghiêm túc thực hiện").build());
        assertEquals("Yêu cầu các cơ quan nghiêm túc thực hiện./.", plain.closing().get(0).text());
        assertEquals(List.of(), plain.warnings());
    }
}
