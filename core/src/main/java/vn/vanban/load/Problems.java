package vn.vanban.load;

import vn.vanban.InvalidInputException;
import vn.vanban.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file while it is read; one instance per read, never shared. */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, int column, String path, String message) {
        list.add(new Problem(file, line, column, path, message));
    }

    void add(Node at, String path, String message) {
        add(at.line(), at.column(), path, message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws with every problem, in file order, when there is any. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list);
            // Stable: problems at one spot keep the order the reader found them in.
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InvalidInputException(sorted);
        }
    }
}
