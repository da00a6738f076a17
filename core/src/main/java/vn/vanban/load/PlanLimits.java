package vn.vanban.load;

/**
 * How much of each thing one plan may hold: far more than any plan needs, and little enough that
 * the largest plan still renders in a bounded heap. FOP lays out a section of the document at a
 * time and keeps the whole of it in memory, some tens of kilobytes for each paragraph or table row,
 * so a file of a few hundred kilobytes of one-line nodes would otherwise need gigabytes
 * (300,000 dashes in 3.6 MB). The figures measured with these limits are in {@code docs/design.md}.
 */
public final class PlanLimits {

    /** Nodes of the body, at every depth (a plan has a few hundred). */
    public static final int BODY_NODES = 5_000;
    /** Rows of all the catalogues together, group rows included. */
    public static final int ROWS = 5_000;
    /** Columns of one catalogue (a landscape page shows about a dozen). */
    public static final int COLUMNS = 20;
    /** Pieces of one running text (plain, bold, citations, sums). */
    public static final int PIECES = 1_000;
    /** Recipients (Nơi nhận). */
    public static final int RECIPIENTS = 200;
    /** Citations of the legal basis. */
    public static final int CITATIONS = 200;
    /** Appendices, each a section of its own. */
    public static final int APPENDICES = 100;

    private PlanLimits() {
    }

    /** Said at the first thing past a limit: "too many rows: a plan holds at most 5000". */
    static Violations.Violation tooMany(String path, String things, String holder, int limit) {
        return new Violations.Violation(path, "too many " + things + ": a " + holder + " holds at most " + limit,
                path, true);
    }
}
