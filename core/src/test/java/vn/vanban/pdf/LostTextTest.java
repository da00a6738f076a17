package vn.vanban.pdf;

import org.junit.jupiter.api.Test;
import vn.vanban.common.VanbanException;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text FOP would cut is an error, not a line in a log (issue 19 §1): a row kept whole though it
 * is taller than a page used to run past the foot of the page, and the PDF came out without it.
 */
class LostTextTest {

    @Test
    void textRunningPastTheFootOfThePageIsAnError() {
        LayoutProfile profile = ProfileLoader.loadDefault();
        List<LayoutDocument.Block> cell = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            cell.add(PdfFixtures.p("table-cell", "Dòng " + i + " của một ô cao hơn cả trang"));
        }
        // Built by hand, past the layout that would let this row break: kept whole, it cannot fit.
        LayoutDocument.Table table = new LayoutDocument.Table("catalogue", List.of(400.0), true, 0,
                List.of(new LayoutDocument.Row(true, List.of(new LayoutDocument.Cell(1, cell)))));
        LayoutDocument doc = new LayoutDocument(PdfFixtures.single("x").metadata(),
                List.of(new LayoutDocument.Section(false, false, List.of(table))));
        PdfRenderer renderer = new PdfRenderer(profile, PdfOptions.defaults());
        VanbanException e = assertThrows(VanbanException.class, () -> renderer.render(doc, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().startsWith("the PDF would not show all of the text"), e.getMessage());
        assertTrue(e.getMessage().contains("exceed its viewport"), e.getMessage());
    }
}
