package vn.vanban.pdf;

import java.util.List;

/**
 * What a rendering reports besides the bytes.
 *
 * @param warnings  problems a person should look at, one sentence each (a character the font
 *                  lacks, a font FOP had to substitute)
 * @param pageCount the number of pages written
 */
public record PdfResult(List<String> warnings, int pageCount) {
    public PdfResult {
        warnings = List.copyOf(warnings);
    }
}
