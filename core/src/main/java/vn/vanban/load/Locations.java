package vn.vanban.load;

import vn.vanban.model.Plan;

import java.util.function.Predicate;

/**
 * Places a rule's violation, found on the model, back in the file it was read from: at the value
 * its path names, or, for a value that is absent, at the nearest one that holds it (a missing
 * field at its map).
 */
public final class Locations {

    private Locations() {
    }

    /**
     * Checks {@code plan} with {@link PlanValidator}'s rules and places each problem whose path
     * {@code paths} accepts in the tree of the file its values came from, at the same path: for a
     * document made from a data file of another kind whose fields carry the plan's names (a
     * report's number, date, signatory and recipients, given in its progress file).
     */
    public static void place(Plan plan, Node root, Problems problems, Predicate<String> paths) {
        for (Violations.Violation v : PlanValidator.violations(plan)) {
            if (paths.test(v.path())) {
                place(root, v, problems, false);
            }
        }
    }

    /**
     * Reports {@code message} about the value at {@code path} of a tree read from a file, where
     * that value stands, or at the nearest value that holds it when it is absent.
     */
    public static void place(Node root, String path, String message, Problems problems) {
        place(root, new Violations.Violation(path, message), problems, false);
    }

    /** Reports a violation where it stands, as a warning when {@code warning}. */
    static void place(Node root, Violations.Violation v, Problems problems, boolean warning) {
        Node node = root;
        Node.Field field = null;
        boolean complete = true;
        for (Object segment : Paths.segments(v.placeAt())) {
            Node.Field f = null;
            Node next = null;
            if (segment instanceof String key && node instanceof Node.MapNode m) {
                f = m.fields().get(key);
                next = f == null ? null : f.value();
            } else if (segment instanceof Integer i && node instanceof Node.ListNode l && i < l.items().size()) {
                next = l.items().get(i);
            }
            if (next == null) {
                complete = false;
                break;
            }
            node = next;
            field = f;
        }
        int line = complete && v.atKey() && field != null ? field.line() : node.line();
        int column = complete && v.atKey() && field != null ? field.column() : node.column();
        if (warning) {
            problems.warn(line, column, v.path(), v.message());
        } else {
            problems.add(line, column, v.path(), v.message());
        }
    }
}
