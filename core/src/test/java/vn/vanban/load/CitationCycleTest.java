package vn.vanban.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Found by a trial: two letters citing each other, or one citing itself, were called "3 files deep". */
class CitationCycleTest {

    private static String letter(String cites) {
        return """
                type: cong-van
                issuer: {name: Ủy ban nhân dân thị xã Đức Phổ, abbreviation: UBND, place: Đức Phổ}
                symbol: UBND-VP
                date: 2024
                summary: Gửi văn bản
                addressees: [Ủy ban nhân dân các xã, phường]
                body:
                  - paragraph: ["Gửi ", {cite: {file: %s}}, "./."]
                recipients: {to: [CT, PCT UBND thị xã], archive: VT}
                signatory: {position: Chủ tịch, fullName: Bùi Văn Lý}
                """.formatted(cites);
    }

    @Test
    void aFileCitingItselfIsNamedAsACycle(@TempDir Path dir) throws IOException {
        Path self = Files.writeString(dir.resolve("self.yaml"), letter("self.yaml"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PlanReader().read(self));
        assertEquals(1, e.problems().size(), e::getMessage);
        String m = e.problems().get(0).toString();
        assertTrue(m.contains("body[0].paragraph[1].cite.file: a citation cycle: self.yaml → self.yaml;"), m);
        assertTrue(!m.contains("files deep"), m);
    }

    @Test
    void twoFilesCitingEachOtherAreNamedAsACycleInTheOrderTheyCite(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.yaml"), letter("b.yaml"));
        Files.writeString(dir.resolve("b.yaml"), letter("a.yaml"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PlanReader().read(a));
        String m = e.problems().get(0).toString();
        assertTrue(m.startsWith(a + ":8:"), m);
        assertTrue(m.contains("cannot cite 'b.yaml': "), m);
        assertTrue(m.contains("a citation cycle: a.yaml → b.yaml → a.yaml;"), m);
        assertTrue(!m.contains("files deep"), m);
    }
}
