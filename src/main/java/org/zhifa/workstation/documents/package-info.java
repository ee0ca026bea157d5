/**
 * The documents of a case (文书) and its 卷宗.
 *
 * <h2>How a document is made</h2>
 * <ol>
 *   <li>{@link org.zhifa.workstation.documents.template.TemplateIndex} finds the template of the type and its
 *       entry in {@code templates/index.json} (title, archive order, 文书代字, required fields): first in the data
 *       directory's {@code templates/} folder (the county's edited copies), then the repository's {@code templates/}
 *       folder (development), then {@code /templates/} on the classpath (the installed build). A folder may hold only
 *       some templates; the others come from the next place.</li>
 *   <li>{@code documents.fields.CaseFields} turns the case into
 *       {@link org.zhifa.workstation.documents.template.FieldValues} (the templates engineer's mapping; the field
 *       names and the date rule are documented in {@code templates/README.md}).</li>
 *   <li>{@link org.zhifa.workstation.documents.DocumentService} checks the index's required fields, then (numbered
 *       types) takes the 文号 from the authority's sequence for the 文书代字 and the year of the document's date,
 *       in the same transaction that records the document (R37), so that a failure leaves no gap.</li>
 *   <li>{@link org.zhifa.workstation.documents.template.TemplateFiller} fills the .docx: {{field}}, {{#each list}}
 *       rows, {{#if flag}} blocks; a field without value is an error naming the field and the template.</li>
 *   <li>The DOCX output is the filled file; the PDF output is rendered from the same bytes by
 *       {@link org.zhifa.workstation.documents.pdf.DocxPdfRenderer} (OpenPDF, CJK font embedded as a subset), so
 *       both carry the same text.</li>
 *   <li>The file goes to the content store (SHA-256) with a row in {@code document}.</li>
 * </ol>
 *
 * <h2>The 卷宗</h2>
 * {@link org.zhifa.workstation.documents.casefile.CaseFileAssembler}: the documents the case's history calls for
 * ({@code CaseFields.documents}), in archive order (the index's archiveOrder, or
 * {@link org.zhifa.workstation.documents.DocumentService#setArchiveOrder}), each 送达回证 after the document it
 * proves; paginated 1 … N (numbers bottom right), with the 卷宗封面 and 卷内目录 before and the 备考表 after, none
 * of them numbered; the 目录's ranges are contiguous and N is the 备考表's total (R38).
 *
 * <h2>Layers</h2>
 * This package uses the domain, the store only through Tx-taking repositories
 * ({@link org.zhifa.workstation.store.DocumentRepository}, the case repository), POI, OpenPDF and Jackson; never
 * JavaFX. The user-visible messages are in {@code texts/documents_engine.properties}.
 */
package org.zhifa.workstation.documents;
