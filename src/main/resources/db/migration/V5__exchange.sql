-- Exchange (step 4): signed case bundles, review results and catalog packs between a township and the county
-- review center (docs/bundle-format.md).
--
-- exchange_key     the trust store: public keys of other installations, TRUSTED or REVOKED. The installation's own
--                  key pair lives in files (keys/ in the data directory), not here.
-- exchange_bundle  every bundle this installation imported or wrote, by bundle id: replay detection.
-- exchange_submission  township side: each CASE_BUNDLE sent for review (报送审核) and what became of it.
-- review_queue     county side: each CASE_BUNDLE received, with the case JSON and the township's reference data it
--                  carries (never written into this installation's own tables), and the opinion written on it.
-- exchange_file    documents and evidence files that arrived in a bundle, kept in the content store (files/).

CREATE TABLE exchange_key (
    key_id          VARCHAR(64)  NOT NULL PRIMARY KEY,  -- 32 hex digits of the SHA-256 of the public key
    public_key      VARCHAR(200) NOT NULL,              -- X.509 SubjectPublicKeyInfo, base64
    algorithm       VARCHAR(16)  NOT NULL,              -- Ed25519
    authority_code  VARCHAR(32),                        -- the authority the key signs for (null: not bound)
    authority_name  VARCHAR(200),
    owner_name      VARCHAR(100) NOT NULL,
    key_created_at  TIMESTAMP    NOT NULL,              -- when the owner made the key (from the key file)
    status          VARCHAR(16)  NOT NULL,              -- TRUSTED, REVOKED
    trusted_at      TIMESTAMP    NOT NULL,
    trusted_by      VARCHAR(50)  NOT NULL,
    revoked_at      TIMESTAMP,
    revoked_by      VARCHAR(50),
    revoke_reason   VARCHAR(300)
);

CREATE TABLE exchange_bundle (
    bundle_id       VARCHAR(36)  NOT NULL PRIMARY KEY,  -- the manifest's UUID
    kind            VARCHAR(16)  NOT NULL,              -- CASE_BUNDLE, REVIEW_RESULT, CATALOG_PACK
    direction       VARCHAR(3)   NOT NULL,              -- IN (imported here), OUT (written here)
    case_no         VARCHAR(40),
    case_revision   INT,
    signer_key_id   VARCHAR(64)  NOT NULL,
    manifest_sha256 CHAR(64)     NOT NULL,
    pack_version    INT,                                -- CATALOG_PACK: the pack's version
    file_name       VARCHAR(300),
    processed_at    TIMESTAMP    NOT NULL,
    processed_by    VARCHAR(50)  NOT NULL
);
CREATE INDEX exchange_bundle_case_idx ON exchange_bundle(case_no);

CREATE TABLE exchange_submission (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,  -- the order of the submissions
    bundle_id        VARCHAR(36)  NOT NULL UNIQUE,       -- the CASE_BUNDLE sent
    case_no          VARCHAR(40)  NOT NULL,
    case_revision    INT          NOT NULL,              -- the case revision the bundle carries
    submitted_at     TIMESTAMP    NOT NULL,
    submitted_by     VARCHAR(50)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,              -- PENDING, WITHDRAWN, ANSWERED
    closed_at        TIMESTAMP,
    closed_by        VARCHAR(50),
    result_bundle_id VARCHAR(36),
    conclusion       VARCHAR(16),                        -- APPROVE, SUPPLEMENT, REJECT
    reviewer         VARCHAR(32),
    points           CLOB,                               -- JSON array of the reviewer's numbered points
    legal_basis      VARCHAR(2000)
);
CREATE INDEX exchange_submission_case_idx ON exchange_submission(case_no);

CREATE TABLE review_queue (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    bundle_id        VARCHAR(36)  NOT NULL UNIQUE,
    case_no          VARCHAR(40)  NOT NULL,
    case_revision    INT          NOT NULL,
    cause            VARCHAR(300),
    party_name       VARCHAR(200),
    source_authority VARCHAR(32)  NOT NULL,
    source_name      VARCHAR(200),
    signer_key_id    VARCHAR(64)  NOT NULL,
    bundle_created_at TIMESTAMP   NOT NULL,
    received_on      DATE         NOT NULL,              -- starts the review period (reviewDays working days)
    received_at      TIMESTAMP    NOT NULL,
    received_by      VARCHAR(50)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,              -- PENDING, ANSWERED, SUPERSEDED
    previous_id      BIGINT       REFERENCES review_queue(id),  -- the earlier version of the same case
    manifest_json    CLOB         NOT NULL,
    case_json        CLOB         NOT NULL,
    reference_json   CLOB         NOT NULL,
    conclusion       VARCHAR(16),
    opinion_json     CLOB,
    result_bundle_id VARCHAR(36),
    answered_at      TIMESTAMP,
    answered_by      VARCHAR(50)
);
CREATE INDEX review_queue_case_idx ON review_queue(case_no);

CREATE TABLE exchange_file (
    bundle_id   VARCHAR(36)  NOT NULL REFERENCES exchange_bundle(bundle_id),
    path        VARCHAR(300) NOT NULL,                   -- the path inside the bundle (documents/…, evidence/…)
    media_type  VARCHAR(100) NOT NULL,
    sha256      CHAR(64)     NOT NULL,                   -- the file in the content store
    size_bytes  BIGINT       NOT NULL,
    PRIMARY KEY (bundle_id, path)
);
