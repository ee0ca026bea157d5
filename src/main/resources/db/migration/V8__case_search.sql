-- Case list keyword search at scale (docs/decisions/0006-case-list-search.md): a table of character pairs of each
-- case's 案由 and party name, so that a keyword's matches are found from one short index range instead of reading
-- every case.
--
-- gram = code(c1) * 65536 + code(c2) for every pair of neighbouring UTF-16 characters of the lower-cased text, and
-- code(c) * 65536 for its last character; a keyword of one character is the range [code(c) * 65536, + 65535].
-- store.CaseSearchIndex computes the same values in Java when CaseRepository.insert stores a case; the statement
-- below fills the table for the cases stored before this migration. No foreign key: the table is only read through
-- case_file.id, and a second index per row would double the cost of writing it.
CREATE TABLE case_search (
    gram    BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    PRIMARY KEY (gram, case_id)
);

INSERT INTO case_search (gram, case_id)
SELECT DISTINCT CAST(ASCII(SUBSTRING(t.txt, r.X, 1)) AS BIGINT) * 65536
           + CASE WHEN r.X < CHAR_LENGTH(t.txt) THEN ASCII(SUBSTRING(t.txt, r.X + 1, 1)) ELSE 0 END,
       t.case_id
FROM (SELECT c.id AS case_id, LOWER(c.cause) AS txt FROM case_file c
      UNION ALL
      SELECT c.id, LOWER(p.name) FROM case_file c JOIN party p ON p.id = c.party_id) t
JOIN SYSTEM_RANGE(1, 300) r ON r.X <= CHAR_LENGTH(t.txt);
