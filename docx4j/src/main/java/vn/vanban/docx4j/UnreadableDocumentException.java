package vn.vanban.docx4j;

/**
 * A file that cannot be read as the document it claims to be: missing, not a DOCX or PDF, or
 * damaged. Its message names the file and says what is wrong, for the person who gave it.
 */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
