package vn.vanban.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/** veraPDF, the reference validator of PDF/A and PDF/UA, run on a PDF in memory. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The rules of {@code flavour} the PDF breaks, one line each (clause, test, message, where);
     * empty when it conforms.
     */
    public static synchronized List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        // veraPDF lower-cases XMP value types with the default locale: under the tests' Turkish
        // one, "Integer" becomes "ınteger" and a valid PDF/A extension schema fails.
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        try {
            return validate(pdf, flavour);
        } finally {
            java.util.Locale.setDefault(locale);
        }
    }

    private static List<String> validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult r = validator.validate(parser);
            List<String> failed = r.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " at " + a.getLocation().getContext() + " " + a.getErrorArguments())
                    .distinct().toList();
            if (!r.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant, no rule named");
            }
            return failed;
        }
    }
}
