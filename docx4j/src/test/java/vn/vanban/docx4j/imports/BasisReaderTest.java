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
}
