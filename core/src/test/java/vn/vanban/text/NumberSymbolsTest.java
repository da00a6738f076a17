package vn.vanban.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static vn.vanban.text.NumberSymbols.NO_BREAK_HYPHEN;

/** Which hyphens belong to a document's number and symbol, and so may not end a line. */
class NumberSymbolsTest {

    private static String kept(String symbol) {
        return symbol.replace('-', NO_BREAK_HYPHEN);
    }

    /** {@code text} with every hyphen a symbol holds marked, as if each stood at a line's end. */
    private static String keptWhole(String text) {
        String out = text;
        for (int i = 0; i < text.length(); i++) {
            Optional<NumberSymbols.Symbol> symbol = NumberSymbols.holding(out, i);
            if (symbol.isPresent()) {
                out = symbol.get().keptWhole(out);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/KH-UBND", "15/2024/QĐ-UBND", "05/TTr-ĐCXD", "101/2020/NĐ-CP", "/KH-UBND",
        "123/BC-UBND-VP", "20/2025/QĐ-UBND", "07/QĐ-TTg", "01/KH-BCĐ389", "/2024/QĐ-UBND"})
    void theDecreesFormsAreKeptWholeWhereverTheyStand(String symbol) {
        assertEquals(kept(symbol), keptWhole(symbol));
        assertEquals("Kế hoạch số " + kept(symbol) + " ngày 15/3/2024;",
                keptWhole("Kế hoạch số " + symbol + " ngày 15/3/2024;"));
        assertEquals("(" + kept(symbol) + "),", keptWhole("(" + symbol + "),"));
        // A draft's blank number: no-break spaces before the slash ("Số:      /KH-UBND").
        assertEquals("Số:\u00A0\u00A0" + kept(symbol), keptWhole("Số:\u00A0\u00A0" + symbol));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Độc lập - Tự do - Hạnh phúc", "giai đoạn 2024-2025", "ngày 15/3/2024-20/3/2024",
        "kinh tế-xã hội", "Trung tâm TT-VH-TT thị xã", "COVID-19", "TCVN/ISO-IEC 17025", "https://dichvucong.gov.vn/p/Tin-Tuc",
        "COVID-19/SARS-CoV-2", "Hà Nội-Hải Phòng", "tháng 10/2025-Quý IV", "1/2-Kế hoạch", "và/Hoặc-Khác", "12/kh-ubnd",
        "12/KH-", "12/KH - UBND", "Quý II/2024", "05/12 nhiệm vụ", ""})
    void otherHyphensAreLeftAlone(String text) {
        assertEquals(text, keptWhole(text));
    }

    @Property(tries = 500)
    void aGeneratedSymbolIsKeptWholeInAnyTextAndReadBackAsWritten(@ForAll("symbols") String symbol,
                                                                  @ForAll("plainTexts") String before,
                                                                  @ForAll("plainTexts") String after,
                                                                  @ForAll("separators") String left,
                                                                  @ForAll("separators") String right) {
        String text = before + left + symbol + right + after;
        String kept = keptWhole(text);
        String expected = before + left + kept(symbol) + right + after;
        assertEquals(expected, kept);
        assertEquals(text.length(), kept.length(), "as long as the text: the layout's offsets hold");
        assertEquals(text, NumberSymbols.plain(kept), "read back as written");
        assertEquals(kept, keptWhole(kept), "marking twice changes nothing");
    }

    @Property(tries = 500)
    void eachHyphenOfASymbolFindsTheWholeSymbolAndNothingMore(@ForAll("symbols") String symbol,
                                                             @ForAll("plainTexts") String before,
                                                             @ForAll("separators") String left,
                                                             @ForAll("separators") String right) {
        String text = before + left + symbol + right + "x-y";
        int at = before.length() + left.length();
        for (int i = 0; i < text.length(); i++) {
            Optional<NumberSymbols.Symbol> found = NumberSymbols.holding(text, i);
            if (i >= at && i < at + symbol.length() && text.charAt(i) == '-') {
                assertEquals(Optional.of(new NumberSymbols.Symbol(at, at + symbol.length())), found, "at " + i);
                assertEquals(before + left + kept(symbol) + right + "x-y", found.get().keptWhole(text));
            } else {
                assertEquals(Optional.empty(), found, "at " + i + " of " + text);
            }
        }
    }

    @Property(tries = 500)
    void aSymbolWrittenDecomposedIsKeptWholeToo(@ForAll("symbols") String symbol) {
        String nfd = Normalizer.normalize("số " + symbol + ",", Normalizer.Form.NFD);
        assertEquals(Normalizer.normalize("số " + kept(symbol) + ",", Normalizer.Form.NFD), keptWhole(nfd));
    }

    @Property(tries = 1000)
    void aTextThatNamesNoSymbolIsReturnedAsItIs(@ForAll("plainTexts") String text) {
        assertEquals(text, keptWhole(text));
        assertSame(text, NumberSymbols.plain(text));
    }

    @Property(tries = 1000)
    void anyTextWithoutASlashIsLeftAlone(@ForAll String text) {
        String noSlash = text.replace('/', ' ');
        assertEquals(noSlash, keptWhole(noSlash));
    }

    /** The decree's shapes: an optional number, an optional year, parts opening with a capital. */
    @Provide
    Arbitrary<String> symbols() {
        Arbitrary<String> number = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(4);
        Arbitrary<String> year = Arbitraries.of("", "/2020", "/2024", "/2025");
        Arbitrary<String> part = Combinators.combine(
                Arbitraries.of('K', 'Q', 'Đ', 'U', 'T', 'N', 'B', 'C', 'V', 'S', 'H', 'Ư'),
                Arbitraries.strings().withChars("ABCDĐHKNPQTUVXrgĐƯ0123456789").ofMaxLength(6)).as((c, s) -> c + s);
        Arbitrary<String> parts = part.list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("-", l));
        return Combinators.combine(number, year, parts).as((n, y, p) -> n + y + "/" + p);
    }

    /** Running text with hyphens, dates and years, and no symbol: the words clerks write around one. */
    @Provide
    Arbitrary<String> plainTexts() {
        return Arbitraries.of("Kế hoạch", "kinh tế-xã hội", "2024-2025", "Độc lập - Tự do - Hạnh phúc", "ngày 15/3/2024",
                "Quý II/2024", "COVID-19", "TT-VH-TT", "05/12", "41,7 %", "của UBND tỉnh", "-", "/", "số", "Hà Nội-Huế",
                "TCVN/ISO-9001", "năm 2024").list().ofMaxSize(8).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(" ", "\u00A0", " (", ") ", "; ", ", ", "\n", "\t", " \"");
    }
}
