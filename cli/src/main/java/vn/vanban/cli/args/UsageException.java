package vn.vanban.cli.args;

/**
 * The command line itself is wrong (an unknown option, a missing argument, a value of the wrong
 * kind): the message, and the command whose synopsis to show with it.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Command command;

    public UsageException(Command command, String message) {
        super(message);
        this.command = command;
    }

    /** The command that was being read when the mistake was found. */
    public Command command() {
        return command;
    }
}
