/**
 * vanban's docx4j module: documents read with docx4j (DOCX) and PDFBox (PDF), kept apart from
 * core so that an application that only renders neither downloads nor initialises JAXB.
 * <ul>
 *   <li>{@link vn.vanban.docx4j.Docx4jDocuments} hands a rendered DOCX over as a docx4j
 *       {@code WordprocessingMLPackage}, for applications that post-process with docx4j;</li>
 *   <li>{@link vn.vanban.docx4j.check.Checker} checks the decree's presentation rules on any DOCX
 *       or PDF, ours or not.</li>
 * </ul>
 */
package vn.vanban.docx4j;
