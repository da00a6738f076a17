package vn.vanban.text;

import org.junit.jupiter.api.Test;
import vn.vanban.TestPlans;
import vn.vanban.load.PlanValidator;
import vn.vanban.model.Citation;
import vn.vanban.model.Proposal;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CitationsTest {

    @Test
    void fullCitation() {
        Citation c = new Citation("Nghị định", "63/2010/NĐ-CP", new PartialDate(2010, 6, 8), "Chính phủ",
                "về kiểm soát thủ tục hành chính", false);
        assertEquals("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính",
                Citations.format(c));
    }

    @Test
    void monthsOneAndTwoArePaddedInCitationsToo() {
        Citation c = new Citation("Kế hoạch", "36/KH-UBND", new PartialDate(2024, 2, 7), "Chủ tịch UBND tỉnh",
                "truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Quảng Ngãi", true);
        assertEquals("Kế hoạch số 36/KH-UBND ngày 07/02/2024 của Chủ tịch UBND tỉnh truyền thông về hoạt động "
                + "kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Quảng Ngãi", Citations.format(c));
    }

    @Test
    void notYetIssuedDocumentKeepsBlankNumberAndDate() {
        Citation c = new Citation("Quyết định", "/QĐ-UBND", PartialDate.ofYear(2024), "Chủ tịch UBND thị xã",
                "ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn thị xã Đức Phổ",
                true);
        // Room to write the number and the date in, as the header leaves it ("Số:      /QĐ-UBND"),
        // each held together by no-break spaces: no line ends with "ngày" or "ngày      /".
        String room = "\u00A0".repeat(5);
        assertEquals("Quyết định số" + room + "/QĐ-UBND ngày\u00A0" + room + "/" + room + "/2024 của Chủ tịch UBND "
                + "thị xã ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn thị xã Đức Phổ",
                Citations.format(c));
        Citation month = new Citation("Kế hoạch", "45/KH-UBND", new PartialDate(2024, 3, null), null, null, false);
        assertEquals("Kế hoạch số 45/KH-UBND ngày\u00A0" + room + "/3/2024", Citations.format(month));
    }

    @Test
    void citationWithoutIssuerOrSubject() {
        Citation law = new Citation("Luật Phổ biến, giáo dục pháp luật", null, new PartialDate(2012, 6, 20), null,
                null, false);
        assertEquals("Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012", Citations.format(law));
        Citation numbered = new Citation("Chỉ thị", "19/CT-UBND", null, null, null, false);
        assertEquals("Chỉ thị số 19/CT-UBND", Citations.format(numbered));
        assertEquals("Hiến pháp", Citations.format(new Citation("Hiến pháp", null, null, null, null, false)));
    }

    @Test
    void aLawIsCitedByNameWithItsDateInWords() {
        assertEquals("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                Citations.format(Citation.named("Luật Tổ chức chính quyền địa phương", new PartialDate(2015, 6, 19))));
        assertEquals("Luật Phổ biến, giáo dục pháp luật năm 2012",
                Citations.format(Citation.named("Luật Phổ biến, giáo dục pháp luật", PartialDate.ofYear(2012))));
        assertEquals("Bộ luật Lao động tháng 11 năm 2019",
                Citations.format(Citation.named("Bộ luật Lao động", new PartialDate(2019, 11, null))));
        assertEquals("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                Citations.format(Citation.named("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", null)));
        assertEquals("Luật Đất đai ngày 18 tháng 01 năm 2024",
                Citations.format(Citation.named("Luật Đất đai", new PartialDate(2024, 1, 18))), "months 1–2 keep their zero");
    }

    @Test
    void aProposalNamesWhoProposesAndByWhichDocument() {
        Proposal p = Proposal.of("Giám đốc Sở Khoa học và Công nghệ",
                Citation.of("Tờ trình", "164/TTr-SKHCN", new PartialDate(2024, 5, 10), null, null));
        assertEquals("Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr-SKHCN ngày 10/5/2024",
                Citations.proposal(p, true));
        assertEquals("theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr-SKHCN ngày 10/5/2024",
                Citations.proposal(p, false));
        assertEquals("trên cơ sở đề xuất của Sở Tư pháp",
                Citations.proposal(new Proposal("trên cơ sở đề xuất của", "Sở Tư pháp", null), true), "kept as written");
    }

    /** A citation without a type is refused before anything formats it, as a data file's would be. */
    @Test
    void aCitationNeedsAType() {
        Plan plan = TestPlans.small().toBuilder()
                .basis(LegalBasis.inline("Căn cứ", "ban hành", new Citation(" ", "1/QĐ", null, null, null, false)))
                .build();
        assertEquals("[basis.citations[0].type: expected text, found an empty string]",
                PlanValidator.problems(plan).toString());
    }
}
