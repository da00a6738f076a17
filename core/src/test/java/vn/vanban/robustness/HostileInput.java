package vn.vanban.robustness;

import vn.vanban.common.InvalidInputException;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.Format;
import vn.vanban.model.Plan;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Plans of a few megabytes shaped to cost the most memory per byte (many tiny nodes, rows,
 * pieces, recipients, columns, citations; a few very long texts), read and rendered to DOCX and
 * PDF in this JVM. Run in a JVM of its own under a small heap by {@link BoundedWorkTest}; it
 * prints one line per shape: refused (the reader's message) or rendered, with the heap's peak.
 * <p>
 * Usage: {@code HostileInput SHAPE COUNT [SHAPE COUNT]...}
 */
public final class HostileInput {

    private static final String HEAD = """
            issuer: {name: Ủy ban nhân dân thị xã Đức Phổ, abbreviation: UBND, place: Đức Phổ}
            date: 2024
            summary: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024
            signatory: {position: Chủ tịch, fullName: Bùi Văn Lý}
            """;
    private static final String APPENDIX = "appendices:\n  - title: Danh mục\n";

    private HostileInput() {
    }

    /** A plan file of shape {@code shape} with {@code n} of its repeated element. */
    public static String yaml(String shape, int n) {
        String recipients = "recipients: {archive: VT}\n";
        return switch (shape) {
            case "dashes" -> HEAD + recipients + "body:\n" + "  - dash: x\n".repeat(n);
            case "sections" -> HEAD + recipients + "body:\n" + "  - section: x\n".repeat(n);
            case "pieces" -> HEAD + recipients + "body:\n  - paragraph: [" + "a,".repeat(n) + "a]\n";
            case "paragraphs" -> HEAD + recipients + "body:\n"
                    + ("  - paragraph: " + "Tuyên truyền kịp thời ".repeat(4_000) + "\n").repeat(n);
            case "recipients" -> HEAD + "recipients: {archive: VT, to: [" + "a,".repeat(n) + "a]}\n";
            case "citations" -> HEAD + recipients + "basis: {form: lines, lead: Căn cứ, issuing: x, citations: ["
                    + "{type: a},".repeat(n) + "{type: a}]}\n";
            case "rows" -> HEAD + recipients + APPENDIX + "    columns: [{key: a, header: A}]\n    rows:\n"
                    + "      - {a: x}\n".repeat(n);
            case "cells" -> HEAD + recipients + APPENDIX + "    columns: [{key: a, header: A}, {key: b, header: B},"
                    + " {key: c, header: C}, {key: d, header: D}]\n    rows:\n"
                    + "      - {a: x, b: x, c: x, d: x}\n".repeat(n);
            case "longRows" -> HEAD + recipients + APPENDIX + "    columns: [{key: a, header: A}]\n    rows:\n"
                    + ("      - a: " + "Đăng tải thủ tục hành chính ".repeat(30) + "\n").repeat(n);
            case "hugeRows" -> HEAD + recipients + APPENDIX + "    columns: [{key: a, header: A}]\n    rows:\n"
                    + ("      - a: " + "Đăng tải thủ tục hành chính ".repeat(250) + "\n").repeat(n);
            case "columns" -> HEAD + recipients + APPENDIX + "    columns: [" + columns(n) + "]\n    rows: [{c0: x}]\n";
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static String columns(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{key: c").append(i).append(", header: C}");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Vanban vanban = Vanban.builder().build();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String shape = args[i];
            int n = Integer.parseInt(args[i + 1]);
            byte[] file = yaml(shape, n).getBytes(StandardCharsets.UTF_8);
            resetPeaks();
            long t0 = System.nanoTime();
            String outcome;
            try {
                Plan plan = vanban.read(new ByteArrayInputStream(file), shape + ".yaml", Format.YAML);
                long bytes = 0;
                for (OutputFormat f : OutputFormat.values()) {
                    Counting out = new Counting();
                    vanban.render(plan, f, out);
                    bytes += out.count;
                }
                outcome = "rendered " + bytes + " bytes";
            } catch (InvalidInputException e) {
                outcome = "refused: " + e.problems().get(0);
            }
            System.out.printf(Locale.ROOT, "%s %d: %.2f MB, %s, %d ms, peak heap %d MB of %d MB%n", shape, n,
                    file.length / 1e6, outcome, (System.nanoTime() - t0) / 1_000_000, peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound, as the pools need not peak together. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
