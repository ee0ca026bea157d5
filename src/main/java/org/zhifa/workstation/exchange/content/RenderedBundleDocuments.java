package org.zhifa.workstation.exchange.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.RenderedDocument;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.exchange.bundle.MediaTypes;
import org.zhifa.workstation.store.files.ContentStore;

/**
 * The documents a bundle carries, produced by the documents part: a case bundle carries every document the case has
 * at its stage, as PDF (to read) and DOCX (for the automatic document checks on the county side); a review result
 * carries the 法制审核意见书 as PDF. A document that cannot be produced (a required field missing) is left out; the
 * case-file audit on the other side then reports it.
 */
public final class RenderedBundleDocuments implements BundleDocuments {
    private final DocumentService documents;
    private final ContentStore content;

    public RenderedBundleDocuments(DocumentService documents, Path dataDirectory) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.content = new ContentStore(dataDirectory);
    }

    @Override
    public List<DocumentFile> caseDocuments(CaseRecord c) {
        List<DocumentFile> files = new ArrayList<>();
        int position = 0;
        for (DocumentInstance d : documents.available(c.caseNo())) {
            if (d.type() == DocumentType.FILE_COVER || d.type() == DocumentType.FILE_INDEX
                    || d.type() == DocumentType.FILE_NOTE) {
                continue;
            }
            position++;
            for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) {
                try {
                    RenderedDocument r = documents.render(c.caseNo(), d.type(), d.occurrence(), format);
                    files.add(file(BundledDocumentName.of(position, d.type(), d.occurrence(), format), r));
                } catch (DocumentException e) {
                    break;
                }
            }
        }
        return files;
    }

    @Override
    public Optional<DocumentFile> reviewOpinion(CaseRecord reviewed, OpinionDocument opinion) {
        try {
            RenderedDocument r = documents.renderDetached(reviewed, DocumentType.REVIEW_OPINION,
                    reviewed.officers().stream().map(CaseOfficer::officer).toList(), DocumentFormat.PDF);
            return Optional.of(file(BundledDocumentName.of(1, DocumentType.REVIEW_OPINION, r.occurrence(),
                    DocumentFormat.PDF), r));
        } catch (DocumentException e) {
            return Optional.empty();
        }
    }

    private DocumentFile file(String name, RenderedDocument r) {
        Path stored = content.find(r.sha256()).orElseThrow(() -> new IllegalStateException("not stored: " + r.sha256()));
        return new DocumentFile(name, MediaTypes.of(name), stored);
    }
}
