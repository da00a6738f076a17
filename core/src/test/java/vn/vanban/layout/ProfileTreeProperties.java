package vn.vanban.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The profile loader builds Jackson's tree from the parser's tokens itself (an ObjectMapper is
 * the slow part of a cold start): the tree must be the one {@code ObjectMapper.readTree} builds,
 * node for node and type for type, or a profile would read differently.
 */
class ProfileTreeProperties {

    /** Plain scalars that YAML types differently: whole numbers of each size, decimals, booleans, nulls. */
    private static final String[] SCALARS = {"0", "7", "-12", "2147483647", "2147483648", "9223372036854775808",
        "0.5", "-1.25e3", "1e400", ".inf", "true", "false", "yes", "~", "null", "''", "\"\"", "14pt", "20mm",
        "Times New Roman", "'quoted: text'", "\"Tiếng Việt\"", "0x1F", "012", "1_000"};

    @Example
    void theBuiltInProfile() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ProfileLoader.DEFAULT_PROFILE)) {
            assertSameTree(in.readAllBytes());
        }
    }

    @Example
    void anEmptyDocumentAndRepeatedKeys() throws IOException {
        assertSameTree(new byte[0]);
        assertSameTree("# nothing\n".getBytes(StandardCharsets.UTF_8));
        assertSameTree("a: 1\nb: x\na: 2\n".getBytes(StandardCharsets.UTF_8));
        assertSameTree("[1, {a: [], b: {}}, ~]\n".getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void anyYamlGivesObjectMappersTree(@ForAll("documents") String yaml) throws IOException {
        assertSameTree(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSameTree(byte[] yaml) throws IOException {
        JsonNode expected;
        try {
            expected = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JsonProcessingException e) {
            // A value Jackson cannot read (".inf" as a number): the loader must refuse it too.
            JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> ProfileLoader.tree(yaml));
            assertEquals(e.getOriginalMessage(), refused.getOriginalMessage());
            return;
        }
        JsonNode actual = ProfileLoader.tree(yaml);
        assertEquals(expected, actual, () -> new String(yaml, StandardCharsets.UTF_8));
        // equals() compares numbers by value; the loader also asks for the node's type (isInt).
        assertEquals(types(expected), types(actual));
    }

    private static String types(JsonNode n) {
        StringBuilder sb = new StringBuilder(n.getNodeType() + (n.isNumber() ? "/" + n.numberType() : ""));
        n.fields().forEachRemaining(e -> sb.append('{').append(e.getKey()).append(types(e.getValue())).append('}'));
        if (n.isArray()) {
            n.forEach(e -> sb.append('[').append(types(e)).append(']'));
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> documents() {
        return value(3).map(v -> v.endsWith("\n") ? v : v + "\n");
    }

    /** A block-style value indented by nothing; maps and lists nest values {@code depth} deep. */
    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.of(SCALARS);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> entry = Arbitraries.of("page", "size", "bold", "a", "b").flatMap(key ->
                value(depth - 1).map(v -> key + ":" + nested(v)));
        Arbitrary<String> item = value(depth - 1).map(v -> "-" + nested(v));
        return Arbitraries.oneOf(scalar,
                entry.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l)),
                item.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l)));
    }

    /** A value after "key:" or "-": a scalar on the same line, a map or list indented below. */
    private static String nested(String v) {
        if (!v.contains("\n")) {
            return " " + v + "\n";
        }
        return "\n" + v.lines().map(l -> "  " + l + "\n").reduce("", String::concat);
    }
}
