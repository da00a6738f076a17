package vn.vanban.load;

import vn.vanban.common.Format;
import org.junit.jupiter.api.Test;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 §3: no message echoes more than a short excerpt of a file — one line, sixty characters
 * — whatever it quotes: a value, a key, a parser's token.
 */
class ExcerptsTest {

    private static final String LONG = "bí mật ".repeat(2_000) + "CUỐI";

    private static Problem only(String yaml) {
        return only(yaml, Format.YAML);
    }

    private static Problem only(String text, Format format) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new PlanReader().read(text, "plan", format));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertFalse(p.toString().contains("CUỐI"), p.toString());
        assertTrue(p.toString().length() < 700, p.toString());
        return p;
    }

    private static final String PLAN = """
            issuer: {name: Ủy ban, abbreviation: UBND, place: Đức Phổ}
            date: 2024
            summary: Truyền thông
            recipients: {archive: VT}
            signatory: {position: Chủ tịch, fullName: Lý}
            """;

    @Test
    void aLongValueIsQuotedByItsFirstSixtyCharacters() {
        Problem p = only(PLAN.replace("date: 2024", "date: " + LONG));
        assertEquals("date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found '"
                + LONG.substring(0, 57) + "…'", p.path() + ": " + p.message());
    }

    @Test
    void aTextOfManyLinesIsQuotedByItsFirstLine() {
        Problem p = only(PLAN.replace("archive: VT", "archive: \"Lưu: VT.\\nthứ hai\\nCUỐI\""));
        assertTrue(p.message().endsWith("found 'Lưu: VT.…'"), p.message());
    }

    @Test
    void aLongKeyIsCutInTheMessageAndInThePath() {
        // YAML allows no key over 1,024 characters; JSON does.
        Problem p = only("{\"issuer\": {\"name\": \"Ủy ban\", \"abbreviation\": \"UBND\", \"place\": \"Đức Phổ\"}, "
                + "\"date\": 2024, \"summary\": \"Truyền thông\", \"recipients\": {\"archive\": \"VT\"}, "
                + "\"signatory\": {\"position\": \"Chủ tịch\", \"fullName\": \"Lý\"}, \"" + LONG + "\": 1}", Format.JSON);
        assertEquals(LONG.substring(0, 57) + "…", p.path());
        assertTrue(p.message().startsWith("unknown field '" + LONG.substring(0, 57) + "…'"),
                p.message());
    }

    @Test
    void aParsersTokenIsCutToo() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PlanReader().read(
                "{\"summary\": " + LONG.replace(" ", "") + "}", "plan.json", Format.JSON));
        assertFalse(e.getMessage().contains("CUỐI"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }
}
