package org.zhifa.workstation.review.checks;

/**
 * One 文号 given to a document of the case.
 *
 * @param docType        the document type's name
 * @param number         the 文号 as written
 * @param otherCases     how many other cases have a document with the same 文号
 * @param otherDocuments how many other documents of this case carry it
 */
public record IssuedNumber(String docType, String number, long otherCases, long otherDocuments) {

    public boolean duplicated() {
        return otherCases > 0 || otherDocuments > 0;
    }
}
