-- Core schema of the workstation. Names follow docs/glossary (shared glossary).

CREATE TABLE authority (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    short_name      VARCHAR(50)  NOT NULL,
    kind            VARCHAR(32)  NOT NULL,          -- TOWNSHIP_GOVERNMENT, COUNTY_DEPARTMENT
    document_prefix VARCHAR(32)  NOT NULL,          -- 机关代字 used in 文号
    reconsideration_body VARCHAR(200),              -- 复议机关
    court           VARCHAR(200),                   -- 管辖法院
    address         VARCHAR(300),
    phone           VARCHAR(50),
    is_review_center BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE team (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL UNIQUE,
    authority_id BIGINT       NOT NULL REFERENCES authority(id),
    name         VARCHAR(200) NOT NULL
);

CREATE TABLE officer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    team_id     BIGINT       REFERENCES team(id),
    authority_id BIGINT      REFERENCES authority(id),
    name        VARCHAR(50)  NOT NULL,
    gender      VARCHAR(8),
    position    VARCHAR(50),
    role        VARCHAR(32)  NOT NULL,              -- OFFICER, LEAD, REVIEWER, AUXILIARY
    legal_qualification BOOLEAN NOT NULL DEFAULT FALSE,  -- 法律职业资格
    reviewer_since DATE,
    phone       VARCHAR(50),
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE certificate (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    officer_id  BIGINT      NOT NULL REFERENCES officer(id),
    cert_number VARCHAR(50) NOT NULL UNIQUE,
    issuer      VARCHAR(200),
    valid_from  DATE        NOT NULL,
    valid_to    DATE        NOT NULL,
    status      VARCHAR(16) NOT NULL,               -- VALID, SUSPENDED, REVOKED
    status_note VARCHAR(300)
);

CREATE TABLE catalog_matter (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(32)  NOT NULL UNIQUE,
    name                VARCHAR(500) NOT NULL,
    area                VARCHAR(50)  NOT NULL,
    authority_id        BIGINT       REFERENCES authority(id),
    power_source        VARCHAR(16)  NOT NULL,      -- STATUTORY, DELEGATION, ENTRUSTMENT
    violated_provision  VARCHAR(1000) NOT NULL,
    penalty_provision   VARCHAR(1000) NOT NULL,
    penalty_types       VARCHAR(200) NOT NULL,      -- comma separated PenaltyType names
    statutory_text      VARCHAR(2000),
    fine_kind           VARCHAR(16)  NOT NULL,      -- NONE, FIXED, PER_UNIT, MULTIPLE
    fine_min            DECIMAL(15,2),
    fine_max            DECIMAL(15,2),
    fine_unit           VARCHAR(50),
    fine_precondition   VARCHAR(32)  NOT NULL DEFAULT 'NONE', -- NONE, OVERDUE_UNCORRECTED, REFUSED_CORRECTION, SERIOUS
    limitation_years    INT          NOT NULL DEFAULT 2,
    two_officer_exempt  BOOLEAN      NOT NULL DEFAULT FALSE,
    seizure_allowed     BOOLEAN      NOT NULL DEFAULT FALSE,
    no_penalty_listed   BOOLEAN      NOT NULL DEFAULT FALSE,
    first_offense_listed BOOLEAN     NOT NULL DEFAULT FALSE,
    verification        VARCHAR(16)  NOT NULL,      -- VERIFIED, CAUTION, UNVERIFIED
    note                VARCHAR(2000),
    benchmark_name      VARCHAR(200),
    benchmark_version   VARCHAR(50),
    valid_from          DATE,
    valid_to            DATE
);

CREATE TABLE discretion_tier (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    matter_id     BIGINT       NOT NULL REFERENCES catalog_matter(id),
    ordinal       INT          NOT NULL,
    tier          VARCHAR(16)  NOT NULL,            -- NO_PENALTY, MITIGATED, LENIENT, ORDINARY, SEVERE
    party_kind    VARCHAR(16),                      -- INDIVIDUAL, ORGANIZATION, null = both
    circumstances VARCHAR(1000) NOT NULL,
    fine_min      DECIMAL(15,2),
    fine_max      DECIMAL(15,2),
    other_penalty VARCHAR(300),
    UNIQUE (matter_id, ordinal)
);

CREATE TABLE party (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(16)  NOT NULL,      -- INDIVIDUAL, ORGANIZATION
    name                VARCHAR(200) NOT NULL,
    id_number           VARCHAR(18),
    credit_code         VARCHAR(18),
    credit_code_override_by VARCHAR(50),
    credit_code_override_reason VARCHAR(300),
    gender              VARCHAR(8),
    birth_date          DATE,
    legal_representative VARCHAR(50),
    phone               VARCHAR(50),
    address             VARCHAR(300),
    service_address     VARCHAR(300)
);

CREATE TABLE case_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_no         VARCHAR(40)  NOT NULL UNIQUE,
    authority_id    BIGINT       NOT NULL REFERENCES authority(id),
    matter_id       BIGINT       REFERENCES catalog_matter(id),
    party_id        BIGINT       REFERENCES party(id),
    procedure_kind  VARCHAR(16)  NOT NULL,          -- GENERAL, SUMMARY
    state           VARCHAR(32)  NOT NULL,
    source          VARCHAR(32)  NOT NULL,
    cause           VARCHAR(300) NOT NULL,          -- 案由
    facts           VARCHAR(4000),
    act_date        DATE,
    act_place       VARCHAR(300),
    discovered_on   DATE         NOT NULL,
    filed_on        DATE,
    decided_on      DATE,
    closed_on       DATE,
    fine_amount     DECIMAL(15,2),
    confiscated_amount DECIMAL(15,2),
    revision        INT          NOT NULL DEFAULT 1,
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL
);
CREATE INDEX case_file_state_idx ON case_file(state);
CREATE INDEX case_file_discovered_idx ON case_file(discovered_on);

CREATE TABLE case_officer (
    case_id     BIGINT      NOT NULL REFERENCES case_file(id),
    officer_id  BIGINT      NOT NULL REFERENCES officer(id),
    duty        VARCHAR(16) NOT NULL,               -- LEAD_HANDLER, CO_HANDLER, RECORDER, ASSISTANT
    PRIMARY KEY (case_id, officer_id)
);

CREATE TABLE case_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES case_file(id),
    kind        VARCHAR(32)  NOT NULL,
    occurred_on DATE         NOT NULL,
    officer_id  BIGINT       REFERENCES officer(id),
    summary     VARCHAR(1000),
    details     CLOB,                               -- JSON
    created_at  TIMESTAMP    NOT NULL
);
CREATE INDEX case_event_case_idx ON case_event(case_id);

CREATE TABLE evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES case_file(id),
    kind          VARCHAR(32)  NOT NULL,            -- the eight Art 46 types
    title         VARCHAR(300) NOT NULL,
    collected_on  DATE,
    collected_by  BIGINT       REFERENCES officer(id),
    proves        VARCHAR(500),                     -- 证明对象
    file_name     VARCHAR(300),
    media_type    VARCHAR(100),
    sha256        CHAR(64),
    size_bytes    BIGINT,
    recording     CLOB                              -- JSON RecordingMetadata for AV items
);

CREATE TABLE document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES case_file(id),
    doc_type      VARCHAR(50)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    doc_number    VARCHAR(100),
    issued_on     DATE,
    format        VARCHAR(8),
    sha256        CHAR(64),
    size_bytes    BIGINT,
    page_count    INT,
    created_at    TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX document_number_uq ON document(doc_number);

CREATE TABLE document_number_sequence (
    authority_id BIGINT      NOT NULL REFERENCES authority(id),
    doc_type     VARCHAR(50) NOT NULL,
    doc_year     INT         NOT NULL,
    last_value   INT         NOT NULL,
    PRIMARY KEY (authority_id, doc_type, doc_year)
);

CREATE TABLE holiday_calendar (
    holiday_date DATE       NOT NULL PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,               -- HOLIDAY, MAKE_UP_WORKDAY
    name        VARCHAR(50) NOT NULL
);

CREATE TABLE holiday_year (
    calendar_year INT       NOT NULL PRIMARY KEY,
    source      VARCHAR(200) NOT NULL               -- the published notice the data comes from
);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(50)  NOT NULL UNIQUE,
    officer_id    BIGINT       REFERENCES officer(id),
    roles         VARCHAR(200) NOT NULL,            -- comma separated Role names
    password_hash VARCHAR(300) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP    NOT NULL
);

CREATE TABLE audit_log (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP    NOT NULL,
    actor        VARCHAR(50)  NOT NULL,
    action       VARCHAR(50)  NOT NULL,
    entity       VARCHAR(50)  NOT NULL,
    entity_key   VARCHAR(100) NOT NULL,
    details      CLOB,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL
);
