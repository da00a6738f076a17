package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;
import vn.vanban.model.Citation;
import vn.vanban.model.LegalBasis;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The preamble typed in one paragraph, its parts told apart. */
class BasisReaderTest {

    @Test
    void aSemicolonBeforeTheIssuingSentenceEndsTheCitations() {
        LegalBasis b = BasisReader.inline("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh ban hành Quy "
                + "chế làm việc; Kế hoạch số 3/KH-UBND ngày 10/01/2025 của UBND huyện về cải cách hành chính; Ủy ban nhân "
                + "dân xã ban hành Kế hoạch như sau:");
        assertEquals(List.of("12/QĐ-UBND", "3/KH-UBND"), b.citations().stream().map(Citation::number).toList());
        assertEquals("ban hành Quy chế làm việc", b.citations().get(0).subject());
        assertEquals("Ủy ban nhân dân xã ban hành Kế hoạch như sau:", b.issuing());
        assertEquals(false, b.newSentence());
    }

    /** A cited decision that says "ban hành" is no issuing sentence, though it follows "; ". */
    @Test
    void aCitationSayingBanHanhAfterASemicolonStaysACitation() {
        LegalBasis b = BasisReader.inline("Thực hiện Kế hoạch số 3/KH-UBND ngày 10/01/2025 của UBND huyện về cải cách "
                + "hành chính; Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh ban hành Quy chế làm việc.");
        assertEquals(List.of("3/KH-UBND", "12/QĐ-UBND"), b.citations().stream().map(Citation::number).toList());
        assertNull(b.issuing());
    }

    /** User trial 6 #1: the second "Căn cứ" came into the type ("Căn cứ Kế hoạch"). */
    @Test
    void theLeadTypedAgainIsNoPartOfTheCitation() {
        LegalBasis b = BasisReader.inline("Căn cứ Luật Phòng, chống thiên tai năm 2013; Căn cứ Kế hoạch số 20/KH-UBND "
                + "ngày 15/01/2025 của Ủy ban nhân dân tỉnh về phòng, chống thiên tai năm 2025; Ủy ban nhân dân xã ban "
                + "hành Kế hoạch như sau:");
        assertEquals("Căn cứ", b.lead());
        assertEquals("Kế hoạch", b.citations().get(1).type());
        assertEquals("Ủy ban nhân dân xã ban hành Kế hoạch như sau:", b.issuing());
    }

    /** Another lead before a citation ("…; Thực hiện Kế hoạch số …") is kept whole, never read as its type. */
    @Test
    void anotherLeadBeforeACitationIsNoType() {
        LegalBasis b = BasisReader.inline("Căn cứ Luật Phòng, chống thiên tai năm 2013; Thực hiện Kế hoạch số "
                + "20/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh; Ủy ban nhân dân xã ban hành Kế hoạch như sau:");
        Citation second = b.citations().get(1);
        assertNull(second.type());
        assertEquals("Thực hiện Kế hoạch số 20/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh", second.name());
    }
}
