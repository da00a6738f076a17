package vn.vanban.common;

/** The one exception type of vanban's API; its message is a plain sentence fit for a user. */
public class VanbanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VanbanException(String message) {
        super(message);
    }

    public VanbanException(String message, Throwable cause) {
        super(message, cause);
    }
}
