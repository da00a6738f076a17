package vn.vanban.docx4j.check;

import vn.vanban.docx4j.ZipParts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Edits a DOCX as a clerk's mistake would: one XML part changed by text replacement, the rest
 * copied. Each edit must change the part, so that a broken document is never our document unbroken.
 */
final class DocxEdit {

    private DocxEdit() {
    }

    static byte[] edit(byte[] docx, String part, UnaryOperator<String> change) {
        Map<String, byte[]> parts = ZipParts.read(docx);
        String before = new String(parts.get(part), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit left " + part + " unchanged");
        }
        parts.put(part, after.getBytes(StandardCharsets.UTF_8));
        return ZipParts.write(parts);
    }

    /** Replaces the first occurrence of {@code from}; fails when there is none. */
    static UnaryOperator<String> first(String from, String to) {
        return xml -> {
            int at = xml.indexOf(from);
            if (at < 0) {
                throw new IllegalArgumentException("no '" + from + "' to replace");
            }
            return xml.substring(0, at) + to + xml.substring(at + from.length());
        };
    }

    /** Replaces every occurrence. */
    static UnaryOperator<String> all(String from, String to) {
        return xml -> {
            if (!xml.contains(from)) {
                throw new IllegalArgumentException("no '" + from + "' to replace");
            }
            return xml.replace(from, to);
        };
    }

    /** Replaces the first occurrence of {@code from} inside the definition of one style. */
    static UnaryOperator<String> inStyle(String styleId, String from, String to) {
        return xml -> {
            Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + Pattern.quote(styleId) + "\".*?</w:style>", Pattern.DOTALL).matcher(xml);
            if (!m.find()) {
                throw new IllegalArgumentException("no style " + styleId);
            }
            String style = m.group();
            String changed = first(from, to).apply(style);
            return xml.substring(0, m.start()) + changed + xml.substring(m.end());
        };
    }

    /** Removes the paragraph holding this text. */
    static UnaryOperator<String> dropParagraph(String text) {
        return xml -> {
            int at = xml.indexOf(text);
            if (at < 0) {
                throw new IllegalArgumentException("no paragraph with '" + text + "'");
            }
            int start = xml.lastIndexOf("<w:p>", at);
            int end = xml.indexOf("</w:p>", at) + "</w:p>".length();
            return xml.substring(0, start) + xml.substring(end);
        };
    }

    static UnaryOperator<String> then(UnaryOperator<String> a, UnaryOperator<String> b) {
        return xml -> b.apply(a.apply(xml));
    }
}
