-- Documents (step 3): the 文号 registry and one stored file per document, format and occurrence.
--
-- document_number_sequence (V1) keeps, per authority, 文书代字 and year, the last serial handed out; its doc_type
-- column holds the 文书代字 (罚决, 罚告 …): one sequence per authority, document type and year (R37).
-- document_number is the registry of the numbers given to the documents of a case: a document keeps its number
-- when it is produced again (in PDF or Word, or in the 卷宗). A number is allocated in the same transaction that
-- records it, so a failed rendering leaves no gap; the unique indexes reject any duplicate.

CREATE TABLE document_number (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES case_file(id),
    doc_type      VARCHAR(50)  NOT NULL,            -- DocumentType name (DECISION …)
    occurrence    INT          NOT NULL,            -- which document of the type in the case (0-based)
    authority_id  BIGINT       NOT NULL REFERENCES authority(id),
    number_code   VARCHAR(50)  NOT NULL,            -- 文书代字
    doc_year      INT          NOT NULL,
    serial        INT          NOT NULL,
    doc_number    VARCHAR(100) NOT NULL,            -- the 文号 as written: 八都镇综执罚决〔2025〕15号
    issued_on     DATE,
    created_at    TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX document_number_instance_uq ON document_number(case_id, doc_type, occurrence);
CREATE UNIQUE INDEX document_number_serial_uq ON document_number(authority_id, number_code, doc_year, serial);
CREATE UNIQUE INDEX document_number_text_uq ON document_number(doc_number);

-- One row per produced file: the same document in PDF and in Word shares its 文号, so the 文号 is no longer unique
-- in this table (it is in document_number).
ALTER TABLE document ADD COLUMN occurrence INT DEFAULT 0 NOT NULL;
DROP INDEX document_number_uq;
CREATE INDEX document_doc_number_idx ON document(doc_number);
CREATE UNIQUE INDEX document_instance_format_uq ON document(case_id, doc_type, occurrence, format);
