package vn.vanban.docx;

import java.nio.charset.StandardCharsets;

/**
 * A minimal XML builder over a {@link StringBuilder}: elements, attributes in the order given,
 * escaped text. Hand-rolled rather than StAX so that the bytes depend on nothing but the input
 * (no provider lookup, no attribute reordering, no pretty-printing options) and so that
 * characters XML 1.0 forbids are dropped instead of failing the whole document.
 * <p>
 * One instance builds one part; not thread-safe, never shared.
 */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private final StringBuilder sb;

    private Xml(int capacity, boolean declaration) {
        sb = new StringBuilder(capacity);
        if (declaration) {
            sb.append(DECLARATION);
        }
    }

    /** A whole part, starting with the XML declaration. */
    static Xml part(int capacity) {
        return new Xml(capacity, true);
    }

    /** A fragment to be spliced into a part later with {@link #raw(String)}. */
    static Xml fragment(int capacity) {
        return new Xml(capacity, false);
    }

    /** Opens {@code name} with attributes given as name, value pairs. */
    Xml open(String name, String... attributes) {
        tag(name, attributes);
        sb.append('>');
        return this;
    }

    /** Writes an empty element {@code <name a="v"/>}. */
    Xml empty(String name, String... attributes) {
        tag(name, attributes);
        sb.append("/>");
        return this;
    }

    /** Writes the empty element {@code <name/>} when {@code on}: a flag such as bold. */
    Xml emptyIf(boolean on, String name) {
        return on ? empty(name) : this;
    }

    Xml close(String name) {
        sb.append("</").append(name).append('>');
        return this;
    }

    /** Writes {@code <name>text</name>}. */
    Xml element(String name, String text) {
        sb.append('<').append(name).append('>');
        text(text);
        return close(name);
    }

    /** Escaped character data. */
    Xml text(CharSequence text) {
        escape(text, false);
        return this;
    }

    /** A fragment already known to be well-formed (a pre-built part of this writer); nothing for {@code null}. */
    Xml raw(String xml) {
        if (xml != null) {
            sb.append(xml);
        }
        return this;
    }

    byte[] bytes() {
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void tag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes of <" + name + "> must come in name, value pairs");
        }
        sb.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            sb.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            sb.append('"');
        }
    }

    private void escape(CharSequence s, boolean attribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                // Attribute-value normalisation would turn these into spaces; keep them literal.
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (isLegal(c)) {
                        sb.append(c);
                    }
                    // Anything else (C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot appear in
                    // XML 1.0 at all; one stray character must not make Word refuse the file.
                }
            }
        }
    }

    /** Whether a BMP character that is not part of a surrogate pair may appear in XML 1.0. */
    static boolean isLegal(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r';
    }
}
