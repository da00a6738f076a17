package vn.vanban.common;

import java.util.List;

/**
 * What a rendering reports besides its bytes.
 *
 * @param warnings things a person should look at, one plain sentence each (a character the
 *                 font cannot show, for example), each with the field path of the text it is
 *                 about; empty when all is well
 */
public record RenderResult(List<Warning> warnings) {
    public RenderResult {
        warnings = List.copyOf(warnings);
    }
}
