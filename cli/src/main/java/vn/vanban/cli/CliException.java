package vn.vanban.cli;

/**
 * A failure the user can act on (a file that cannot be read, a directory that cannot be
 * written); its message is printed after "vanban: " and the run ends with {@link #exitCode()}.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** An input or output file problem: exit code {@value Main#EXIT_INVALID}. */
    static CliException file(String message, Throwable cause) {
        return new CliException(Main.EXIT_INVALID, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
