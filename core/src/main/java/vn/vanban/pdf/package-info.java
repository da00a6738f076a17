/**
 * The PDF writer: {@link vn.vanban.layout.LayoutDocument} → XSL-FO ({@link vn.vanban.pdf.FoWriter})
 * → Apache FOP ({@link vn.vanban.pdf.PdfRenderer}).
 * <p>
 * Choices, and why:
 * <ul>
 * <li><b>Fonts</b> come from {@link vn.vanban.fonts.FontSet#resolve(java.nio.file.Path)}: Times New
 * Roman from the caller's directory, then from the system, else Liberation Serif (same metrics).
 * They are registered under the profile's family name ("Times New Roman") and served to FOP from
 * memory; FOP runs with restricted IO (no font auto-detection, no font cache file, no other
 * resources), so a rendering neither reads nor writes files nor uses the network. The faces are
 * parsed once per renderer ({@code PreloadedFonts}, the one class that uses FOP's internals): a
 * fifth less CPU per warm PDF than FOP's own font set-up (docs/design.md). Not with complex
 * scripts on: their GSUB/GPOS tables would then be shared between threads, which FOP itself
 * never does; FOP then loads the faces itself.</li>
 * <li><b>Embedded subsets without hints</b> ({@code HintFreeFace}): a TrueType face's hinting
 * (its {@code fpgm}, {@code prep}, {@code cvt } tables and each glyph's instructions) is half of
 * Liberation Serif's embedded bytes and changes nothing printed; on a 96 dpi screen, viewers that
 * apply hints draw stems a little softer without them. Chrome's PDF output leaves hints out the
 * same way. The faces are stripped once when FOP is set up and FOP's own subsetter embeds them:
 * the sample's PDF is 57 KB instead of 86 KB.</li>
 * <li><b>Missing glyphs</b>: every character is checked against the face it is set in; each one
 * the face lacks becomes a warning in {@link vn.vanban.pdf.PdfResult} (and a {@code System.Logger}
 * warning) and is set as a placeholder the face has, "□", in a place of its own
 * ({@code MissingGlyphs}), tagged with the character as /ActualText, so that screen readers and
 * text extraction (PDFBox, poppler) still get the character.</li>
 * <li><b>Standards</b>: tagged PDF/UA-1 always (FOP's PDF/UA mode: borders and backgrounds as
 * artifacts, the title shown, the identification in the XMP), PDF/A-2b on request; what FOP
 * writes short of them is mended after it by {@code PdfMending}, a PDFBox incremental update: the
 * outline's /Count, the plain PDF's CID sets (wrong in FOP, optional, left out) and XMP containers
 * (dc:language as rdf:Bag, dc:date as rdf:Seq), the placeholders' /ActualText. veraPDF checks
 * every sample in the tests.</li>
 * <li><b>Reproducible bytes</b>: creation date = the document's date at 00:00 UTC (UTC so the
 * instant does not depend on the machine; FOP prints it in the JVM's default zone, so machines in
 * different zones write the same instant in different notation), fixed creator and producer, and
 * FOP's (and the update's) clock-derived XMP metadata date and file identifiers are rewritten in
 * the output stream ({@code ReproducibleStream}).</li>
 * <li><b>Complex scripts</b> are off by default: with NFC Vietnamese text, turning FOP's GSUB/GPOS
 * shaping on changed neither the extracted text nor the rendered pixels of the fixture, and cost
 * about 17 % more CPU with the same font loading (55.8 → 65.2 ms), 33 % against the default
 * (which also preloads fonts).</li>
 * <li><b>Page numbers</b>: each orientation has a first-page master without the number and a
 * rest-of-pages master with it in the top margin, so every section (the body; each appendix,
 * which restarts at 1) hides the number on its own first page.</li>
 * <li><b>Accessibility</b>: tagged PDF, document language from the metadata ({@code vi-VN}),
 * headings tagged H1, H2 … by their style's level and listed as nested bookmarks; page numbers
 * drawn as artifacts outside the structure tree; borderless layout tables (header, signature)
 * tagged as groups ({@code Div}), only a table with a grid as a table.
 * PDF/A-2b is an option, validated with veraPDF in the tests; only then is an sRGB profile
 * embedded (its output intent): black-on-white pages need none, and reading and compressing it
 * cost every document.</li>
 * </ul>
 */
package vn.vanban.pdf;
