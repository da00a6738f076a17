package vn.vanban;

import java.util.Locale;

/** What a document is rendered to. */
public enum OutputFormat {
    /** WordprocessingML, for a clerk to keep editing in Word or LibreOffice. */
    DOCX,
    /** PDF with embedded fonts, to sign, publish and archive. */
    PDF;

    /** The file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
