package vn.vanban.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF/A-2b option, checked by veraPDF, the reference validator. */
class PdfATest {

    static byte[] pdf;
    static PdfResult result;

    @BeforeAll
    static void render() throws Exception {
        LayoutProfile profile = ProfileLoader.loadDefault();
        PdfRenderer renderer = new PdfRenderer(profile, PdfOptions.defaults().withPdfA(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = renderer.render(PdfFixtures.plan(profile, renderer.fonts()), out);
        pdf = out.toByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "pdf-fixture-pdfa.pdf"), pdf);
    }

    @Test
    void isValidPdfA2b() throws Exception {
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        List<String> failures = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B);
        assertTrue(failures.isEmpty(), "PDF/A-2b failures:\n" + String.join("\n", failures));
    }
}
