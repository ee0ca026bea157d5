-- Case list keyword search at scale (docs/decisions/0006-case-list-search.md): the pairs of neighbouring characters of
-- each case's 案由 and party name, so that the cases a rare keyword can match are found in one short index range
-- instead of by reading every case.
--
-- gram = code(c1) * 65536 + code(c2) for every pair of neighbouring UTF-16 characters of the lower-cased text, and
-- code(c) * 65536 for its last character, so a keyword of one character c is the range of grams
-- [code(c) * 65536, code(c) * 65536 + 65535]. One row per gram and case, both in one key:
-- gram_case = gram * 2^31 + case_file.id (a gram < 2^32 and an id < 2^31 fill the 63 bits of a positive BIGINT).
-- A single BIGINT primary key is H2's row key itself: one B-tree per row written, where (gram, case_id) would be two.
-- store.CaseSearchIndex computes the same values when CaseRepository.insert stores a case; the statement below fills
-- the table for the cases stored before this migration (cause and party name never change after insert).
CREATE TABLE case_search (
    gram_case BIGINT NOT NULL PRIMARY KEY
);

-- How many cases each gram has: the search starts from a keyword's rarest gram (and checks the others against it).
CREATE TABLE case_search_gram (
    gram  BIGINT NOT NULL PRIMARY KEY,
    cases BIGINT NOT NULL
);

INSERT INTO case_search (gram_case)
SELECT DISTINCT (CAST(ASCII(SUBSTRING(t.txt, r.X, 1)) AS BIGINT) * 65536
           + CASE WHEN r.X < CHAR_LENGTH(t.txt) THEN ASCII(SUBSTRING(t.txt, r.X + 1, 1)) ELSE 0 END) * 2147483648
       + t.case_id
FROM (SELECT c.id AS case_id, LOWER(c.cause) AS txt FROM case_file c
      UNION ALL
      SELECT c.id, LOWER(p.name) FROM case_file c JOIN party p ON p.id = c.party_id) t
JOIN SYSTEM_RANGE(1, 300) r ON r.X <= CHAR_LENGTH(t.txt);

INSERT INTO case_search_gram (gram, cases)
SELECT gram_case / 2147483648, COUNT(*) FROM case_search GROUP BY gram_case / 2147483648;
