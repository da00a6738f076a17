package vn.vanban.docx4j.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.model.Plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our own DOCX read back: rendering the imported plan (through its data file, as the command
 * line goes) gives the very bytes it was imported from, for every sample and test plan and the
 * shapes of the model they leave out (parts, chapters and articles, decimal clauses, points,
 * footnotes, sums, box 12, two appendices numbered 1 and 2, a total row).
 */
class RoundTripTest {

    static Stream<Path> plans() {
        return Documents.plans();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void renderingTheImportGivesTheSameBytes(Path data) throws Exception {
        Plan plan = Documents.vanban().read(data);
        byte[] docx = Documents.render(plan);
        byte[] visible = Documents.visibleOnly(docx);
        assertFalse(new String(visible, java.nio.charset.StandardCharsets.ISO_8859_1).contains("docProps/core.xml"));

        Import imported = new Importer().read(visible, Documents.name(data) + ".docx");

        assertEquals(java.util.List.of(), imported.unmapped());
        byte[] again = Documents.render(Documents.throughDataFile(imported.plan()));
        if (!java.util.Arrays.equals(docx, again)) {
            Files.createDirectories(Documents.OUT);
            Files.write(Documents.OUT.resolve(Documents.name(data) + ".again.docx"), again);
        }
        assertArrayEquals(docx, again, Documents.name(data) + ": the imported plan renders other bytes");
    }

    @ParameterizedTest
    @MethodSource("plans")
    void whatTheDocumentCannotCarryMayDifferTheRestIsTheData(Path data) {
        Plan plan = Documents.vanban().read(data);
        Plan imported = new Importer().read(Documents.render(plan), "plan.docx").plan();
        assertEquals(plan.type(), imported.type());
        assertEquals(plan.issuer(), imported.issuer());
        assertEquals(plan.number(), imported.number());
        assertEquals(plan.date(), imported.date());
        assertEquals(plan.summary(), imported.summary());
        assertEquals(plan.recipients(), imported.recipients());
        assertEquals(plan.signatory().fullName(), imported.signatory().fullName());
        assertEquals(plan.signatory().authority(), imported.signatory().authority());
        assertEquals(plan.numbering(), imported.numbering());
        assertEquals(plan.appendices().size(), imported.appendices().size());
        for (int i = 0; i < plan.appendices().size(); i++) {
            var a = plan.appendices().get(i);
            var b = imported.appendices().get(i);
            assertEquals(a.columns().stream().map(c -> c.header()).toList(), b.columns().stream().map(c -> c.header()).toList());
            assertEquals(a.columns().stream().map(c -> c.width()).toList(), b.columns().stream().map(c -> c.width()).toList());
            assertEquals(a.rows().size(), b.rows().size());
        }
        if (plan.basis() != null) {
            assertEquals(plan.basis().form(), imported.basis().form());
            assertEquals(plan.basis().citations().size(), imported.basis().citations().size());
            // Well-formed citations are read into their parts, the yearly flag aside.
            for (int i = 0; i < plan.basis().citations().size(); i++) {
                var c = plan.basis().citations().get(i);
                var d = imported.basis().citations().get(i);
                assertEquals(c.type(), d.type(), d.toString());
                assertEquals(c.number(), d.number());
                assertEquals(c.date(), d.date());
            }
        }
        assertTrue(imported.body().size() == plan.body().size(), "same top-level structure");
    }
}
