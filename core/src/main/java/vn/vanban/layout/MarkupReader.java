package vn.vanban.layout;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.VanbanException;
import vn.vanban.fonts.FontSet;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;

/**
 * Reads vanban's neutral layout markup — what a template produces — into a {@link LayoutDocument},
 * resolving it against the {@link LayoutProfile}: table column widths in points, and the length
 * of each short rule from the text above it, measured in its font.
 * <p>
 * The markup (one element a concept, no measures):
 * <pre>{@code
 * <document title subject author language date>
 *   <section orientation="portrait|landscape" restart-numbering="true|false">
 *     <p style="NAME" field="PATH">text, <b>bold</b>, <i>italic</i></p>
 *     <p style="NAME" balanced="true">a title set as lines of even length, a paragraph each</p>
 *     <p style="NAME" balanced="breaks">the same lines in one paragraph, with line breaks</p>
 *     <rule kind="NAME"/>
 *     <first-page-foot rule="NAME"><p style="NAME">…</p>…</first-page-foot>
 *     <table layout="NAME" header-rows="N" keep-lines-before="N">
 *       <columns><column weight="W"/>…</columns>      (only when the profile has no column weights)
 *       <row cant-split="true"><cell span="N">p | rule …</cell></row>
 * }</pre>
 * {@code cant-split} asks to keep a row on one page, which the layout grants when the row fits on
 * a page (a taller row breaks inside its cells); {@code keep-lines-before} asks that a table share
 * its page with at least that many lines of the text before it (the signature never stands
 * alone). {@code first-page-foot} (once in a section, outside tables) sets its paragraphs at the
 * foot of the section's first page, under a rule of the profile's kind as wide as its fraction of
 * the text (box 13, the issuer's address); put it after the header, on the first page.
 * <p>
 * {@code field} (optional, on any {@code <p>}) is the field path of the plan's text the paragraph
 * sets ({@code body[2].section.title}): the layout's warnings about the paragraph, and the PDF
 * writer's, name it ({@link LayoutDocument.Paragraph#field}); neither writer reads it.
 * <p>
 * Text inside {@code <p>} is kept as written, line breaks and tabs included; whitespace between
 * other elements is the template's indentation and is dropped. Balanced lines break at single
 * spaces not followed by a digit: a run of spaces is a blank to be filled in by hand and stays
 * whole, a number stays with the word before it.
 * <p>
 * The work is shared out: {@link MarkupParser} reads the XML, {@link BlockSetter} sets the blocks
 * in their widths with {@link ColumnFitter} (columns), {@link LineBalancer} (balanced titles),
 * {@link LineBreaker} (every paragraph's lines), {@link RuleSizer} (rules), {@link WideWords}
 * (warnings) and {@link PageKeeps} (what a page break must respect), {@link LongTables} cuts
 * long tables into sections, and {@link TallBlocks} refuses a text no page can hold. Thread-safe.
 */
public final class MarkupReader {

    private final LayoutProfile profile;
    private final FontSet fonts;
    private final TextWidth widths;
    private final XMLInputFactory factory;
    private final TallBlocks tall;

    @SuppressWarnings("exports") // built by the engine and the PDF writer, never by a user
    public MarkupReader(LayoutProfile profile, FontSet fonts) {
        this.profile = profile;
        this.fonts = fonts;
        this.widths = new TextWidth(fonts);
        this.tall = new TallBlocks(profile);
        this.factory = XMLInputFactory.newFactory();
        // The markup comes from our templates, but a caller's template override could carry a DTD.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * The layout of {@code markup}.
     *
     * @throws InvalidInputException when a text of the plan that no page break may cut (a summary,
     *                               a title, a table's heading row) is taller than its page, naming
     *                               its field; see {@link TallBlocks}
     */
    public LayoutDocument read(String markup) {
        MarkupParser.Parsed parsed;
        try {
            // A plan built in Java may hold NFD text (files are read as NFC): both writers get the
            // composed letters, which Word's search and the PDF's text give back as typed in NFC.
            String composed = Normalizer.isNormalized(markup, Normalizer.Form.NFC) ? markup
                    : Normalizer.normalize(markup, Normalizer.Form.NFC);
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(composed));
            try {
                parsed = new MarkupParser(r, profile).document();
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new VanbanException("the template produced malformed layout markup: " + e.getMessage(), e);
        }
        BlockSetter setter = new BlockSetter(profile, fonts, widths);
        List<LayoutDocument.Section> sections = parsed.sections().stream().map(s -> new LayoutDocument.Section(
                s.landscape(), s.restartNumbering(),
                setter.set(s.blocks(), profile.page().textWidth(s.landscape()), s.landscape()))).toList();
        return tall.check(LongTables.split(new LayoutDocument(parsed.metadata(), sections, setter.warnings(), profile), profile));
    }
}
