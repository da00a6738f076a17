package vn.vanban.docx4j.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vanban.model.DocumentType;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Government's own Word file of the decree's templates (Phụ lục III): a book of blank forms,
 * not a document, so it has findings; the checker reads it through and reports them, whatever type
 * it is checked as. The report is left in {@code target/check/} for a person to read.
 */
class GovernmentTemplatesTest {

    private static final Path TEMPLATES = Samples.SHARED.resolve("reference").resolve("nd30-phu-luc-III-mau.docx");

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"KE_HOACH", "QUYET_DINH", "CONG_VAN", "BAO_CAO"})
    void theTemplatesAreReadThroughAndTheirBlanksReported(DocumentType type) throws Exception {
        assumeTrue(Files.exists(TEMPLATES), "needs " + TEMPLATES);
        CheckReport r = Checker.check(TEMPLATES, type);
        assertFalse(r.clean());
        assertEquals(1, r.exitCode());
        assertEquals(r.findings().size(), r.text().lines().count());
        assertEquals(r.findings().size(), new ObjectMapper().readTree(r.json()).get("findings").size());
        // The forms' fonts are named where a run sets Calibri; its fields of dots are no Vietnamese date.
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().name().equals("font") && f.found().contains("Calibri")), r.text());
        Files.createDirectories(Samples.OUT);
        Files.writeString(Samples.OUT.resolve("nd30-phu-luc-III-mau." + type.key() + ".txt"), r.text());
    }
}
