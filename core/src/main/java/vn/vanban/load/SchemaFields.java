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
 * The fields each kind of map in a data file accepts, in the order messages list them, read from
 * the file's JSON Schema on the class path: the properties of each {@code $defs} entry that has
 * any. The schema is the one list of them: a field added there is accepted by the reader, and a
 * field a reader accepts is one an editor completes. The plan's is {@link #plan()}; other data
 * files (a progress report's) have schemas of their own, read the same way. Immutable.
 */
public final class SchemaFields {

    private final String resource;
    private final Map<String, List<String>> fields;

    private SchemaFields(String resource, Map<String, List<String>> fields) {
        this.resource = resource;
        this.fields = fields;
    }

    /** The plan's schema ({@code vn/vanban/schema/plan.schema.json}), read once per JVM. */
    public static SchemaFields plan() {
        return PlanSchema.SCHEMA;
    }

    /**
     * Reads a schema from the class path.
     *
     * @throws IllegalStateException when the jar lacks it: a bug of the build, not a user's mistake
     */
    public static SchemaFields read(String resource) {
        // Class, not ClassLoader: on the module path the schema sits in vanban's own module,
        // whose resources only its own classes may read.
        try (InputStream in = SchemaFields.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar is missing " + resource);
            }
            try (JsonParser p = new JsonFactory().createParser(in)) {
                return new SchemaFields(resource, defs(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The fields of a kind of map, named as in the schema's {@code $defs} ("signatory").
     *
     * @throws IllegalStateException when the schema has no such kind: a bug, not a user's mistake
     */
    public List<String> fields(String kind) {
        List<String> f = fields.get(kind);
        if (f == null) {
            throw new IllegalStateException(resource + " has no $defs/" + kind + " with properties");
        }
        return f;
    }

    /** Every kind with its fields. */
    public Map<String, List<String>> all() {
        return fields;
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
