package vn.vanban.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The jars core's pom leaves out of FOP's dependencies (most of Batik, xml-apis) are not on the
 * classpath the tests run with, so every PDF test — text, rules, tables, PDF/A, PDF/UA — shows
 * that FOP starts and renders without them.
 */
class LeftOutLibrariesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "org.apache.batik.anim.AnimationEngine",        // batik-anim
        "org.apache.batik.dom.AbstractDocument",        // batik-dom
        "org.apache.batik.gvt.GraphicsNode",            // batik-gvt
        "org.apache.batik.parser.PathParser",           // batik-parser
        "org.apache.batik.script.Interpreter",          // batik-script
        "org.apache.batik.anim.dom.SVGOMDocument",      // batik-svg-dom
        "org.apache.batik.transcoder.Transcoder",       // batik-transcoder
        "org.apache.batik.ext.awt.image.codec.png.PNGRegistryEntry", // batik-codec
        "org.apache.batik.extension.PrefixableStylableExtensionElement", // batik-extension
        "org.apache.batik.dom.util.SAXDocumentFactory", // batik-dom
        "org.apache.xmlcommons.Version",                // xml-apis
        "org.w3c.dom.svg.SVGDocument"})                 // xml-apis-ext
    void isNotOnTheClasspath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className, false, getClass().getClassLoader()));
    }
}
