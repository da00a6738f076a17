package vn.vanban.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields each kind of map in a plan file accepts, in the order messages list them, read from
 * the plan's JSON Schema ({@code schema/plan.schema.json}, copied into the jar by the build). The
 * schema is the one list of them: a field added there is accepted by the reader, and a field the
 * reader accepts is one an editor completes.
 */
final class PlanSchema {

    /** Where the build puts the schema. */
    static final String RESOURCE = "vn/vanban/schema/plan.schema.json";

    /** The properties of each {@code $defs} entry that has any, by the entry's name. */
    private static final Map<String, List<String>> FIELDS = read();

    private PlanSchema() {
    }

    /**
     * The fields of a kind of map, named as in the schema's {@code $defs} ("signatory").
     *
     * @throws IllegalStateException when the schema has no such kind: a bug, not a user's mistake
     */
    static List<String> fields(String kind) {
        List<String> fields = FIELDS.get(kind);
        if (fields == null) {
            throw new IllegalStateException(RESOURCE + " has no $defs/" + kind + " with properties");
        }
        return fields;
    }

    /** Every kind with its fields. */
    static Map<String, List<String>> all() {
        return FIELDS;
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = PlanSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar is missing " + RESOURCE);
            }
            try (JsonParser p = new JsonFactory().createParser(in)) {
                return defs(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The names under {@code /$defs/*}{@code /properties}, everything else skipped. */
    private static Map<String, List<String>> defs(JsonParser p) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            boolean defs = p.currentName().equals("$defs");
            p.nextToken();
            if (!defs) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String kind = p.currentName();
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    boolean properties = p.currentName().equals("properties");
                    p.nextToken();
                    if (!properties) {
                        p.skipChildren();
                        continue;
                    }
                    List<String> names = new ArrayList<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        names.add(p.currentName());
                        p.nextToken();
                        p.skipChildren();
                    }
                    out.put(kind, List.copyOf(names));
                }
            }
        }
        return Map.copyOf(out);
    }
}
