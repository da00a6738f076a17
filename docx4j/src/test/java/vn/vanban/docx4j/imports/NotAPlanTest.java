package vn.vanban.docx4j.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.docx4j.UnreadableDocumentException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Quyết định or a Công văn is refused with a sentence that says so, not read as a plan with its
 * articles, its attached plan or its "Kính gửi" in the wrong places (and exit 0).
 */
class NotAPlanTest {

    @ParameterizedTest
    @CsvSource({"duc-pho-2024-quyet-dinh.yaml, a Quyết định", "quang-ngai-stp-2024-quyet-dinh.yaml, a Quyết định",
            "duc-pho-2024-cong-van.yaml, a Công văn"})
    void aDecisionOrALetterIsRefusedNamingWhatItIs(String sample, String what) {
        byte[] docx = Documents.render(Documents.vanban().read(Documents.SAMPLES.resolve(sample)));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> new Importer().read(docx, sample + ".docx"));
        assertTrue(e.getMessage().startsWith(sample + ".docx: " + what), e.getMessage());
        assertTrue(e.getMessage().contains("reads a text with a type name such as a Kế hoạch"), e.getMessage());
    }
}
