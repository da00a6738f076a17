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
    /**
     * Characters of the plan's own text, all but its appendices (summary, legal basis, body,
     * closing, recipients, signature): it is laid out as one section, about 250 pages at this limit.
     */
    public static final int PLAN_TEXT = 1_000_000;
    /** Rows of all the catalogues together, group rows included (a large plan has a few hundred). */
    public static final int ROWS = 10_000;
    /** Cells of all the catalogues together that hold text. */
    public static final int CELLS = 30_000;
    /**
     * Characters of all the catalogues' cells and group rows: what a file of the 4 MB limit can
     * hold, so that a plan built in Java is bounded as one read from a file. (The layout starts a
     * new section every 500,000 characters, so FOP never holds more of it at once.)
     */
    public static final int CATALOGUE_TEXT = 4_000_000;
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
    /**
     * Lines of the contact block (box 13), and characters in each: it takes its room from the first
     * page's text, and at these limits (some 20 printed lines) still leaves the header and a few
     * lines of the text above it.
     */
    public static final int CONTACT_LINES = 6;
    public static final int CONTACT_LINE = 300;

    private PlanLimits() {
    }

    /** The characters of text a part of the plan may hold, and the message said where it passes them. */
    record TextBudget(int limit, String message) {
        static final TextBudget PLAN = new TextBudget(PLAN_TEXT,
                "too much text: a plan holds at most " + PLAN_TEXT + " characters outside its appendices");
        static final TextBudget CATALOGUES = new TextBudget(CATALOGUE_TEXT,
                "too much text: the catalogues of a plan hold at most " + CATALOGUE_TEXT + " characters");
    }

    /** Said at the first thing past a limit: "too many rows: a plan holds at most 5000". */
    static Violations.Violation tooMany(String path, String things, String holder, int limit) {
        return new Violations.Violation(path, "too many " + things + ": a " + holder + " holds at most " + limit,
                path, true);
    }
}
