package vn.vanban.load;

import java.util.List;
import java.util.Map;

/**
 * The fields each kind of map in a plan file accepts, read by {@link SchemaFields} from the plan's
 * JSON Schema ({@code schema/plan.schema.json}, copied into the jar by the build).
 */
final class PlanSchema {

    /** Where the build puts the schema. */
    static final String RESOURCE = "vn/vanban/schema/plan.schema.json";

    static final SchemaFields SCHEMA = SchemaFields.read(RESOURCE);

    private PlanSchema() {
    }

    /**
     * The fields of a kind of map, named as in the schema's {@code $defs} ("signatory").
     *
     * @throws IllegalStateException when the schema has no such kind: a bug, not a user's mistake
     */
    static List<String> fields(String kind) {
        return SCHEMA.fields(kind);
    }

    /** Every kind with its fields. */
    static Map<String, List<String>> all() {
        return SCHEMA.all();
    }
}
