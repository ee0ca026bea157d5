package org.zhifa.workstation.exchange.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseRecord;

/**
 * The documents part's contribution to bundles, wired in by the composition root once documents can be produced:
 * the case's generated documents for a CASE_BUNDLE ({@code documents/NAME}) and the 法制审核意见书 for a
 * REVIEW_RESULT ({@link RenderedBundleDocuments}). {@link #none()} carries no documents.
 */
public interface BundleDocuments {

    /** A produced file to carry: its name in the bundle's documents/ folder, media type and where it is now. */
    record DocumentFile(String name, String mediaType, Path file) { }

    /** The generated documents of the case (立案审批表, 调查终结报告 …), in the order of the case file. */
    List<DocumentFile> caseDocuments(CaseRecord c);

    /**
     * The 法制审核意见书 for the opinion, when the documents part can render it.
     *
     * @param reviewed the bundled case with the opinion recorded as its last action
     */
    Optional<DocumentFile> reviewOpinion(CaseRecord reviewed, OpinionDocument opinion);

    static BundleDocuments none() {
        return new BundleDocuments() {
            @Override
            public List<DocumentFile> caseDocuments(CaseRecord c) {
                return List.of();
            }

            @Override
            public Optional<DocumentFile> reviewOpinion(CaseRecord reviewed, OpinionDocument opinion) {
                return Optional.empty();
            }
        };
    }
}
