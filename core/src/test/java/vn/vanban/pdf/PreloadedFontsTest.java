package vn.vanban.pdf;

import org.apache.fop.Version;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PreloadedFonts mirrors FOP's own font loading and set-up, internals FOP may change in any
 * release. PdfRendererTest compares its pages with FOP's byte for byte; this test stops the build
 * on a FOP upgrade until someone has done the same by reading the new FOP's code.
 */
class PreloadedFontsTest {

    @Test
    void fopIsTheVersionPreloadedFontsWasCheckedAgainst() {
        assertEquals("2.11", Version.getVersion(), "FOP was upgraded: compare PreloadedFonts.build with the new "
                + "FOP's OFFontLoader.buildFont, and documentHandler with PDFDocumentHandler's configurator, "
                + "then run the benchmarks again (docs/design.md) before changing this version");
    }
}
