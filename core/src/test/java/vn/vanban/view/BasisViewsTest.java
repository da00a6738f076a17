package vn.vanban.view;

import org.junit.jupiter.api.Test;
import vn.vanban.model.Citation;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Proposal;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 20 §1: the preamble's citations, proposal and issuing sentence, punctuated as Appendix III does. */
class BasisViewsTest {

    private static final Citation LOCAL_GOVERNMENT = Citation.named("Luật Tổ chức chính quyền địa phương",
            new PartialDate(2015, 6, 19));
    private static final Citation AMENDMENT = Citation.named("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính "
            + "phủ và Luật Tổ chức chính quyền địa phương", new PartialDate(2019, 11, 22)).onSameLine();
    private static final Citation DECREE = Citation.of("Nghị định", "30/2020/NĐ-CP", new PartialDate(2020, 3, 5),
            "Chính phủ", "về công tác văn thư");
    private static final Proposal PROPOSAL = Proposal.of("Giám đốc Sở Khoa học và Công nghệ",
            Citation.of("Tờ trình", "164/TTr-SKHCN", new PartialDate(2024, 5, 10), null, null));

    /** Each paragraph as "i:" (italic) or "u:" (upright) and its text. */
    private static List<String> texts(LegalBasis b) {
        return BasisViews.of(b, "basis").stream().map(v -> (v.italic() ? "i: " : "u: ") + v.spans().get(0).text()).toList();
    }

    @Test
    void inLinesEachLineEndsWithASemicolonBeforeTheIssuingSentence() {
        LegalBasis b = LegalBasis.lines("Căn cứ", "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2024 như sau:",
                LOCAL_GOVERNMENT, AMENDMENT, DECREE).withProposal(PROPOSAL);
        assertEquals(List.of(
                "i: Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
                        + "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                "i: Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
                "i: Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr-SKHCN ngày 10/5/2024;",
                "u: Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2024 như sau:"), texts(b));
    }

    @Test
    void withoutAnIssuingSentenceTheLastLineEndsWithAPeriod() {
        assertEquals(List.of("i: Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
                        "i: Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr-SKHCN ngày 10/5/2024."),
                texts(LegalBasis.lines("Căn cứ", null, DECREE).withProposal(PROPOSAL)));
        assertEquals(List.of("i: Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                        "i: Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư."),
                texts(LegalBasis.lines("Căn cứ", null, LOCAL_GOVERNMENT, DECREE)));
    }

    @Test
    void inlineTheProposalFollowsTheCitationsAfterASemicolon() {
        LegalBasis b = LegalBasis.inline("Thực hiện", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", DECREE)
                .withProposal(new Proposal("trên cơ sở đề xuất của", "Sở Tư pháp",
                        Citation.of("Tờ trình", "12/TTr-STP", new PartialDate(2025, 1, 8), null, null)));
        assertEquals(List.of("u: Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; "
                + "trên cơ sở đề xuất của Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 08/01/2025, Ủy ban nhân dân tỉnh "
                + "ban hành Kế hoạch như sau:"), texts(b));
        assertEquals(List.of("u: Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr-SKHCN ngày "
                        + "10/5/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
                texts(LegalBasis.inline("Thực hiện", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
                        .withProposal(PROPOSAL)), "a proposal alone opens the sentence");
    }

    @Test
    void inlineTheIssuingSentenceMayStartASentenceOfItsOwn() {
        LegalBasis b = LegalBasis.inline("Thực hiện", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
                Citation.named("Luật Phổ biến, giáo dục pháp luật", PartialDate.ofYear(2012))).issuingAsNewSentence();
        assertEquals(List.of("u: Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012. Ủy ban nhân dân tỉnh ban hành "
                + "Kế hoạch như sau:"), texts(b));
    }

    @Test
    void todaysInlineFormIsUnchanged() {
        assertEquals(List.of("u: Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, "
                + "Chủ tịch UBND thị xã ban hành Kế hoạch, như sau:"),
                texts(LegalBasis.inline("Thực hiện", "Chủ tịch UBND thị xã ban hành Kế hoạch, như sau:", DECREE)));
    }
}
