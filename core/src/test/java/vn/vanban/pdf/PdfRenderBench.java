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

    @Test
    @EnabledIfSystemProperty(named = "vanban.bench", matches = "true")
    void medians() {
        LayoutProfile profile = ProfileLoader.loadDefault();
        for (PdfOptions o : new PdfOptions[] {PdfOptions.defaults(), PdfOptions.defaults().withComplexScripts(true),
                PdfOptions.defaults().withPdfA(true)}) {
            PdfRenderer r = new PdfRenderer(profile, o);
            LayoutDocument doc = PdfFixtures.plan(profile, r.fonts());
            for (int i = 0; i < 40; i++) {
                r.render(doc, OutputStream.nullOutputStream());
            }
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] ms = new long[40];
            for (int i = 0; i < ms.length; i++) {
                long t = mx.getCurrentThreadCpuTime();
                r.render(doc, OutputStream.nullOutputStream());
                ms[i] = (mx.getCurrentThreadCpuTime() - t) / 1_000;
            }
            Arrays.sort(ms);
            System.err.printf(Locale.ROOT, "bench %s: median %.1f ms CPU (min %.1f, max %.1f)%n", o,
                    ms[ms.length / 2] / 1000.0, ms[0] / 1000.0, ms[ms.length - 1] / 1000.0);
        }
    }
}
