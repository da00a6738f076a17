package vn.vanban.docx4j.imports;

import vn.vanban.model.Plan;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Importer} made of a DOCX: the plan, and the places it could not map (each kept in
 * the plan as plain paragraphs). Immutable.
 *
 * @param plan     the plan, ready to be written as a data file ({@code vn.vanban.load.PlanWriter})
 * @param unmapped the places not mapped, in document order; empty when everything was
 */
public record Import(Plan plan, List<Unmapped> unmapped) {

    public Import {
        Objects.requireNonNull(plan, "plan");
        unmapped = List.copyOf(unmapped);
    }
}
