package vn.vanban.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

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
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult r = validator.validate(parser);
            String failures = r.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " at " + a.getLocation().getContext() + " " + a.getErrorArguments())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(r.isCompliant(), "PDF/A-2b failures:\n" + failures);
        }
    }
}
