package vn.vanban.common;

import vn.vanban.model.Plan;

import java.util.List;
import java.util.Objects;

/**
 * A plan as read from its file, and what in the file reads as the user may not have meant it (an
 * item of a list in brackets that looks cut at a comma: "[Sở Tư pháp, ban, ngành]" makes three),
 * each with its line, column and field path.
 *
 * @param plan     the plan, valid
 * @param warnings the file's slips, in the order of the file; empty when there are none
 */
public record Reading(Plan plan, List<Problem> warnings) {
    public Reading {
        Objects.requireNonNull(plan, "plan");
        warnings = List.copyOf(warnings);
    }
}
