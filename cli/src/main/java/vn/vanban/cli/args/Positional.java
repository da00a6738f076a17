package vn.vanban.cli.args;

/** The arguments of a command that are not options: their label ({@code FILE}), how many, and help. */
public record Positional(String label, int min, int max, String description) {

    public Positional {
        if (min < 0 || max < Math.max(min, 1)) {
            throw new IllegalArgumentException("arity " + min + ".." + max);
        }
    }

    /** Exactly one argument. */
    public static Positional one(String label, String description) {
        return new Positional(label, 1, 1, description);
    }

    /** One argument or more. */
    public static Positional oneOrMore(String label, String description) {
        return new Positional(label, 1, Integer.MAX_VALUE, description);
    }

    /** {@code FILE...} or {@code FILE}, as the synopsis and help show it. */
    public String synopsis() {
        return max > 1 ? label + "..." : label;
    }
}
