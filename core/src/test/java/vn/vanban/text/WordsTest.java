package vn.vanban.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (int i = Words.next(s, 0), end; i < s.length(); i = Words.next(s, end)) {
            end = Words.end(s, i);
            out.add(s.substring(i, end));
        }
        return out;
    }

    @Test
    void wordsAreTheRunsBetweenWhiteSpace() {
        assertEquals(List.of("Số:", "/KH-UBND", "ngày", "08/6/2010"), words("  Số:      /KH-UBND\tngày\n08/6/2010 "));
        assertEquals(List.of(), words(" \t\n"));
        assertEquals(List.of(), words(""));
        // A no-break space joins, as it does on the page.
        assertEquals(List.of("1.500.000\u00A0đồng"), words("1.500.000\u00A0đồng"));
    }

    @Test
    void agreesWithSplittingOnWhiteSpace() {
        String s = "Trung tâm TT-VH-TT thị xã  -  Quý III/2024\nHằng quý, 06 tháng và năm 2024";
        assertEquals(List.of(s.strip().split("\\s+")), words(s));
    }
}
