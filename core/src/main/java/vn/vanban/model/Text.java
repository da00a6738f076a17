package vn.vanban.model;

import java.util.List;

/** Running text: a sequence of {@link Inline} pieces, rendered one after another. */
public record Text(List<Inline> parts) {
    public Text {
        parts = Lists.copy(parts, "parts");
    }

    /** Plain words. */
    public static Text of(String plain) {
        return new Text(List.of(new Inline.Plain(plain)));
    }

    public static Text of(Inline... parts) {
        return new Text(Lists.of("parts", parts));
    }
}
