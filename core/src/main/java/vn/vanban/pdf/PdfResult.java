package vn.vanban.pdf;

import vn.vanban.common.Warning;

import java.util.List;

/**
 * What a rendering reports besides the bytes.
 *
 * @param warnings  problems a person should look at, one sentence each (a character the font
 *                  lacks, a font FOP had to substitute), each with the field
 *                  path of the text it is about, if any
 * @param pageCount the number of pages written
 */
public record PdfResult(List<Warning> warnings, int pageCount) {
    public PdfResult {
        warnings = List.copyOf(warnings);
    }
}
