package vn.vanban.pdf;

import java.nio.file.Path;

/**
 * How a {@link PdfRenderer} is set up. Immutable; start from {@link #defaults()} and change what
 * you need with the {@code with…} methods.
 *
 * @param fontsDir        a directory holding Times New Roman TrueType files to prefer over the
 *                        system's, or {@code null}
 * @param pdfA            write PDF/A-2b (archival) instead of plain PDF
 * @param complexScripts  FOP's complex-script shaping (GSUB/GPOS, bidi); Vietnamese needs none of
 *                        it with precomposed NFC text, so it is off by default — it only costs time
 *                        (and turns off font preloading, see the package documentation)
 */
public record PdfOptions(Path fontsDir, boolean pdfA, boolean complexScripts) {

    /** System or Liberation fonts, plain tagged PDF, no complex-script shaping. */
    public static PdfOptions defaults() {
        return new PdfOptions(null, false, false);
    }

    public PdfOptions withFontsDir(Path dir) {
        return new PdfOptions(dir, pdfA, complexScripts);
    }

    public PdfOptions withPdfA(boolean on) {
        return new PdfOptions(fontsDir, on, complexScripts);
    }

    public PdfOptions withComplexScripts(boolean on) {
        return new PdfOptions(fontsDir, pdfA, on);
    }
}
