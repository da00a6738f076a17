package vn.vanban.common;

import java.util.List;

/** The input has one or more {@link Problem}s; all of them are collected before this is thrown. */
public class InvalidInputException extends VanbanException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (sb.length() > 0) {
                sb.append(System.lineSeparator());
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
