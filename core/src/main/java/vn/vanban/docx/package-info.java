/**
 * The DOCX writer: {@link vn.vanban.docx.DocxWriter} turns a {@link vn.vanban.layout.LayoutDocument}
 * into WordprocessingML, with Word styles generated from the {@link vn.vanban.layout.LayoutProfile}.
 * <p>
 * Everything else in the package is internal: {@code StyleSheet} (styles.xml), {@code PageSetup}
 * (section properties), {@code DocumentXml} (document.xml), {@code StaticParts} (the small
 * parts) and {@code Xml} (an escaping builder). No docx4j here; it reads the output in tests only.
 */
package vn.vanban.docx;
