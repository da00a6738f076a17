package vn.vanban.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * A quick timing loop, not a test: median rendering time of the fixture plan for each option set.
 * Run with {@code -Dtest=PdfRenderBench -Dvanban.bench=true}; prints to the test's stderr.
 */
class PdfRenderBench {

    @Test
    @EnabledIfSystemProperty(named = "vanban.bench", matches = "true")
    void fontLoading() throws Exception {
        var fonts = vn.vanban.fonts.FontSet.liberationSerif();
        var resolver = org.apache.fop.apps.io.ResourceResolverFactory.createInternalResourceResolver(
                java.net.URI.create("mem:/"), new org.apache.xmlgraphics.io.ResourceResolver() {
                    public org.apache.xmlgraphics.io.Resource getResource(java.net.URI uri) {
                        String p = uri.getPath();
                        boolean bold = p.contains("b");
                        boolean italic = p.contains("i");
                        return new org.apache.xmlgraphics.io.Resource(
                                new java.io.ByteArrayInputStream(fonts.face(bold, italic)));
                    }

                    public java.io.OutputStream getOutputStream(java.net.URI uri) {
                        throw new UnsupportedOperationException();
                    }
                });
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] us = new long[40];
        for (int i = 0; i < 60; i++) {
            long t = mx.getCurrentThreadCpuTime();
            for (String f : new String[] {"r", "b", "i", "bi"}) {
                org.apache.fop.fonts.FontLoader.loadFont(new org.apache.fop.fonts.FontUris(
                                java.net.URI.create("mem:/" + f), null), null, true,
                        org.apache.fop.fonts.EmbeddingMode.SUBSET, org.apache.fop.fonts.EncodingMode.AUTO,
                        true, false, resolver, false, false, false);
            }
            if (i >= 20) {
                us[i - 20] = (mx.getCurrentThreadCpuTime() - t) / 1_000;
            }
        }
        Arrays.sort(us);
        System.err.printf(Locale.ROOT, "bench parse 4 faces: median %.1f ms CPU (min %.1f)%n",
                us[us.length / 2] / 1000.0, us[0] / 1000.0);
    }

    /** Writes the plan with and without complex-script shaping, to compare text and pixels. */
    @Test
    @EnabledIfSystemProperty(named = "vanban.bench", matches = "true")
    void complexScriptsOnAndOff() throws Exception {
        LayoutProfile profile = ProfileLoader.loadDefault();
        for (boolean cs : new boolean[] {false, true}) {
            PdfRenderer r = new PdfRenderer(profile, PdfOptions.defaults().withComplexScripts(cs));
            try (OutputStream out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of("target",
                    "pdf-complex-" + cs + ".pdf"))) {
                r.render(PdfFixtures.plan(profile, r.fonts()), out);
            }
        }
    }

    /**
     * Median thread CPU time per rendering, each configuration with and without preloaded fonts.
     * Renderers are warmed up together and measured round-robin so JIT warm-up and machine load
     * drift hit every configuration alike.
     */
    @Test
    @EnabledIfSystemProperty(named = "vanban.bench", matches = "true")
    void medians() {
        LayoutProfile profile = ProfileLoader.loadDefault();
        PdfOptions[] options = {PdfOptions.defaults(), PdfOptions.defaults().withComplexScripts(true),
            PdfOptions.defaults().withPdfA(true)};
        int n = options.length * 2;
        PdfRenderer[] renderers = new PdfRenderer[n];
        for (int k = 0; k < n; k++) {
            renderers[k] = new PdfRenderer(profile, options[k % options.length], k < options.length);
        }
        LayoutDocument doc = PdfFixtures.plan(profile, renderers[0].fonts());
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = 60;
        long[][] us = new long[n][rounds];
        for (int round = -30; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                long t = mx.getCurrentThreadCpuTime();
                renderers[k].render(doc, OutputStream.nullOutputStream());
                if (round >= 0) {
                    us[k][round] = (mx.getCurrentThreadCpuTime() - t) / 1_000;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            Arrays.sort(us[k]);
            System.err.printf(Locale.ROOT, "bench %s preload=%s: median %.1f ms CPU (p25 %.1f, p75 %.1f)%n",
                    options[k % options.length], k < options.length, us[k][rounds / 2] / 1000.0,
                    us[k][rounds / 4] / 1000.0, us[k][rounds * 3 / 4] / 1000.0);
        }
    }
}
