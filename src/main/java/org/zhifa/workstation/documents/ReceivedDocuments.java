package org.zhifa.workstation.documents;

import java.util.Optional;

/**
 * Documents of a case that arrived from elsewhere rather than being produced here (the 法制审核意见书 the county
 * review center signed): the 卷宗 takes them as they are.
 */
@FunctionalInterface
public interface ReceivedDocuments {
    ReceivedDocuments NONE = (caseNo, type, occurrence) -> Optional.empty();

    /** The PDF of the case's document of the type and occurrence (0-based), when it arrived from elsewhere. */
    Optional<byte[]> pdf(String caseNo, DocumentType type, int occurrence);
}
