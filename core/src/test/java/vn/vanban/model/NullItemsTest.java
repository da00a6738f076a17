package vn.vanban.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A plan built in Java: a {@code null} list or argument array is empty, as README says; a
 * {@code null} item is named with its index (it was a bare NullPointerException from List.of).
 */
class NullItemsTest {

    @Test
    void aNullArrayOfArgumentsIsEmpty() {
        assertEquals(List.of(), Plan.builder().body((BodyNode[]) null).contact((String[]) null)
                .addressees((String[]) null).build().body());
        assertEquals(List.of(), BodyNode.section("Mục đích", (BodyNode[]) null).content());
        assertEquals(List.of(), Text.of((Inline[]) null).parts());
    }

    @Test
    void aNullItemIsNamedWithItsIndex() {
        NullPointerException body = assertThrows(NullPointerException.class,
                () -> Plan.builder().body(BodyNode.paragraph("Một."), null));
        assertEquals("body[1] is null: leave it out (a null list is empty, an item of one cannot be null)",
                body.getMessage());
        NullPointerException content = assertThrows(NullPointerException.class,
                () -> BodyNode.section("A", (BodyNode) null));
        assertEquals("content[0] is null: leave it out (a null list is empty, an item of one cannot be null)",
                content.getMessage());
        NullPointerException parts = assertThrows(NullPointerException.class, () -> Text.of((Inline) null));
        assertEquals("parts[0]", parts.getMessage().substring(0, 8));
        NullPointerException rows = assertThrows(NullPointerException.class,
                () -> new Recipients(Arrays.asList("Như trên", null), "VT"));
        assertEquals("to[1]", rows.getMessage().substring(0, 5));
    }
}
