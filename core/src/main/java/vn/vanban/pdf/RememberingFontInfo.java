package vn.vanban.pdf;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.fonts.FontEventAdapter;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * FOP's font table for one document, remembering which fonts a family, style and weight resolve
 * to.
 * <p>
 * Why: FOP looks the font up again for every word it sets (FontSelector → CommonFont.getFontState
 * → {@link FontInfo#fontLookup(String[], String, int)}), each time making new font keys and
 * strings and hashing them: some 6 % of a warm rendering's CPU at C1. The answer depends only on
 * the arguments and on the fonts registered before layout begins, so one lookup per combination
 * is enough. A font substitution is still reported, once per document instead of once per word.
 * <p>
 * One per rendering (FOP keeps which fonts a document used in it), installed through
 * {@link #areaTreeHandler}.
 */
final class RememberingFontInfo extends FontInfo {

    private record Key(String[] families, String style, int weight) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && weight == k.weight && style.equals(k.style) && Arrays.equals(families, k.families);
        }

        @Override
        public int hashCode() {
            return (Arrays.hashCode(families) * 31 + style.hashCode()) * 31 + weight;
        }
    }

    private final Map<Key, FontTriplet[]> lookups = new HashMap<>();

    /** The same array for the same question: FOP's callers only read it. */
    @Override
    public FontTriplet[] fontLookup(String[] families, String style, int weight) {
        Key key = new Key(families, style, weight);
        FontTriplet[] found = lookups.get(key);
        if (found == null) {
            found = super.fontLookup(families, style, weight);
            lookups.put(new Key(families.clone(), style, weight), found);
        }
        return found;
    }

    /**
     * FOP's area tree handler for a PDF, with this font table in place of the plain one (FOP
     * builds the table in the handler's constructor and offers no other way to replace it).
     */
    static AreaTreeHandler areaTreeHandler(FOUserAgent ua, String mime, OutputStream out) throws FOPException {
        return new AreaTreeHandler(ua, mime, out) {
            @Override
            protected void setupModel(FOUserAgent userAgent, String outputFormat, OutputStream stream)
                    throws FOPException {
                // Called from the constructor, before the model that reads the table exists.
                fontInfo = new RememberingFontInfo();
                fontInfo.setEventListener(new FontEventAdapter(userAgent.getEventBroadcaster()));
                super.setupModel(userAgent, outputFormat, stream);
            }
        };
    }
}
