package vn.vanban.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the JSON Schema and the reader in step: a field one accepts, the other must too. */
class SchemaTest {

    static final String RESOURCE = "/vn/vanban/schema/plan.schema.json";
    static final Path REPO_COPY = Path.of("..", "schema", "plan.schema.json");

    private static JsonNode schema() throws Exception {
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the jar must ship " + RESOURCE);
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void repositoryCopyIsIdenticalToTheShippedOne() throws Exception {
        byte[] shipped;
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, Files.readAllBytes(REPO_COPY), "schema/plan.schema.json differs from " + RESOURCE);
    }

    @Test
    void isDraft202012() throws Exception {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema().get("$schema").asText());
    }

    @Test
    void eachObjectKindHasTheReadersFields() throws Exception {
        JsonNode defs = schema().get("$defs");
        Set<String> closedKinds = new TreeSet<>();
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            JsonNode properties = def.getValue().get("properties");
            if (properties == null) {
                continue;
            }
            closedKinds.add(def.getKey());
            Set<String> names = new HashSet<>();
            properties.fieldNames().forEachRemaining(names::add);
            assertTrue(PlanReader.FIELDS_BY_KIND.containsKey(def.getKey()), "the reader has no kind " + def.getKey());
            assertEquals(new HashSet<>(PlanReader.FIELDS_BY_KIND.get(def.getKey())), names, def.getKey());
        }
        assertEquals(new TreeSet<>(PlanReader.FIELDS_BY_KIND.keySet()), closedKinds);
    }

    @Test
    void everyObjectIsClosed() throws Exception {
        checkClosed(schema(), "#");
    }

    /** additionalProperties is false wherever properties are listed, and objects are described. */
    private static void checkClosed(JsonNode node, String where) {
        if (node.isObject()) {
            if (node.has("properties")) {
                JsonNode additional = node.get("additionalProperties");
                assertTrue(additional != null && additional.isBoolean() && !additional.asBoolean(),
                        where + " must set additionalProperties: false");
            }
            if (node.has("properties") || "object".equals(node.path("type").asText())) {
                assertTrue(node.has("description"), where + " needs a description");
            }
            // An "if" only tests a field's value; it describes no object of its own.
            node.properties().forEach(e -> {
                if (!e.getKey().equals("if")) {
                    checkClosed(e.getValue(), where + "/" + e.getKey());
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkClosed(node.get(i), where + "/" + i);
            }
        }
    }
}
