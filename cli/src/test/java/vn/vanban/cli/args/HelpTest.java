package vn.vanban.cli.args;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpTest {

    @Test
    void theSynopsisNamesTheRequiredOptionsAndTheArguments() {
        assertEquals("Usage: tool run --output=DIR [OPTIONS] FILE...\n", Help.synopsis(ParserTest.RUN));
        assertEquals("Usage: tool [OPTIONS] COMMAND\n", Help.synopsis(ParserTest.TOOL));
    }

    @Test
    void everyOptionAndCommandIsListed() {
        String run = Help.of(ParserTest.RUN);
        for (Option o : ParserTest.RUN.allOptions()) {
            assertTrue(run.contains(o.withLabel()), o + " in\n" + run);
        }
        assertTrue(run.contains("\n  -o, --output=DIR      Where to.\n"), run);
        assertTrue(run.contains("\n      FILE...           Files.\n"), run);
        String top = Help.of(ParserTest.TOOL);
        assertTrue(top.contains("\nCommands:\n  run  Run.\n  one  One.\n"), top);
    }

    @Property(tries = 300)
    void wrappingKeepsEveryWordAndTheWidth(@ForAll List<@IntRange(min = 1, max = 30) Integer> lengths,
                                           @ForAll @IntRange(min = 30, max = 80) int width) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lengths.size(); i++) {
            text.append(i == 0 ? "" : " ").append(String.valueOf((char) ('a' + i % 26)).repeat(lengths.get(i)));
        }
        List<String> lines = Help.wrap(text.toString(), width);
        assertEquals(text.toString(), String.join(" ", lines).strip());
        assertTrue(lines.stream().allMatch(l -> l.length() <= width), lines::toString);
        // A line breaks only where the next word would not have fitted.
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = Arrays.stream(lines.get(i + 1).split(" ")).findFirst().orElse("");
            assertTrue(lines.get(i).length() + 1 + next.length() > width, lines::toString);
        }
    }
}
