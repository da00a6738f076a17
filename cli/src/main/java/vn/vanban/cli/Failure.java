package vn.vanban.cli;

import vn.vanban.common.VanbanException;

/**
 * What the command says about something that went wrong (other than invalid input, whose
 * problems are listed as they are) and the exit code it gives: the one place that sorts a
 * throwable into the user's failures and the program's.
 *
 * @param message one plain sentence, printed after {@code vanban: } (or after a batch file's
 *                {@code FAILED: })
 * @param exitCode {@value Main#EXIT_INVALID} for what the user can fix, {@value Main#EXIT_INTERNAL}
 *                 for the rest
 * @param bug      whether to ask for a report: an Error has a likelier cause, which the message names
 */
record Failure(String message, int exitCode, boolean bug) {

    static Failure of(Throwable e) {
        if (e instanceof CliException cli) {
            return new Failure(cli.getMessage(), cli.exitCode(), false);
        }
        if (e instanceof VanbanException) {
            return new Failure(e.getMessage(), Main.EXIT_INVALID, false);
        }
        if (e instanceof StackOverflowError) {
            return new Failure("internal error: the rendering ran out of stack (" + e
                    + "); a template that calls or includes itself without end does this", Main.EXIT_INTERNAL, false);
        }
        if (e instanceof OutOfMemoryError) {
            return new Failure("internal error: out of memory (" + e + "); give Java a larger heap, "
                    + "e.g. VANBAN_OPTS=-Xmx2g for bin/vanban or java -Xmx2g -jar vanban.jar", Main.EXIT_INTERNAL, false);
        }
        return new Failure("internal error: " + e, Main.EXIT_INTERNAL, true);
    }
}
