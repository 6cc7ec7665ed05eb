-- Automatic decisions: tagging rules, risk models, re-evaluation jobs.

-- Command side: the published versions of each tagging rule (they never change), written in the publishing command's
-- transaction; the generation moves with every publish and retire, so every instance reloads the rules in force.
CREATE TABLE tagging_rule_registry (
    code       VARCHAR(64) NOT NULL,
    version    INTEGER     NOT NULL,
    rule_id    VARCHAR(64) NOT NULL,
    definition TEXT        NOT NULL,
    retired    BOOLEAN     NOT NULL DEFAULT false,
    CONSTRAINT tagging_rule_registry_pkey PRIMARY KEY (code, version)
);
CREATE TABLE tagging_rule_generation (
    generation BIGINT NOT NULL
);
INSERT INTO tagging_rule_generation (generation) VALUES (0);

-- Command side: advice item versions, written in the defining command's transaction, with a generation like the rules'.
CREATE TABLE advice_item_registry (
    code       VARCHAR(64) NOT NULL,
    version    INTEGER     NOT NULL,
    item_id    VARCHAR(64) NOT NULL,
    definition TEXT        NOT NULL,
    retired    BOOLEAN     NOT NULL DEFAULT false,
    CONSTRAINT advice_item_registry_pkey PRIMARY KEY (code, version)
);
CREATE TABLE advice_item_generation (
    generation BIGINT NOT NULL
);
INSERT INTO advice_item_generation (generation) VALUES (0);

-- Re-evaluation of a rule over every patient after a version is published or the rule retired: where it stands, so
-- it resumes after a restart; an instance holds a job while its lease runs.
CREATE TABLE rule_reevaluation (
    job_id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    rule_code      VARCHAR(64)  NOT NULL,
    rule_version   INTEGER      NOT NULL,
    cause_event_id VARCHAR(64)  NOT NULL,
    after_patient  UUID,
    done           BIGINT       NOT NULL DEFAULT 0,
    total          BIGINT       NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    lease_owner    VARCHAR(64),
    lease_until    TIMESTAMPTZ
);

-- Read models (rebuilt from the events at any time).
CREATE TABLE tagging_rule_version (
    code         VARCHAR(64) NOT NULL,
    version      INTEGER     NOT NULL,
    rule_id      VARCHAR(64) NOT NULL,
    tag          VARCHAR(64) NOT NULL,
    definition   TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT tagging_rule_version_pkey PRIMARY KEY (code, version)
);
CREATE TABLE tagging_rule_retired (
    code       VARCHAR(64) NOT NULL PRIMARY KEY,
    retired_at TIMESTAMPTZ NOT NULL
);

-- Tags rules set, beside the tags people set (patient_tag): the facts that made a rule hold are sealed.
CREATE TABLE patient_rule_tag (
    patient_id      UUID        NOT NULL,
    rule_code       VARCHAR(64) NOT NULL,
    tag             VARCHAR(64) NOT NULL,
    rule_version    INTEGER     NOT NULL,
    opened_at       TIMESTAMPTZ NOT NULL,
    applied_at      TIMESTAMPTZ NOT NULL,
    evidence_sealed TEXT,
    cause_event_id  VARCHAR(64),
    CONSTRAINT patient_rule_tag_pkey PRIMARY KEY (patient_id, rule_code)
);
CREATE INDEX patient_rule_tag_by_tag ON patient_rule_tag (tag, patient_id);

-- Advice items (every version) and the advice each patient has now.
CREATE TABLE advice_item (
    code       VARCHAR(64) NOT NULL,
    version    INTEGER     NOT NULL,
    definition TEXT        NOT NULL,
    defined_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT advice_item_pkey PRIMARY KEY (code, version)
);
CREATE TABLE advice_item_retired (
    code       VARCHAR(64) NOT NULL PRIMARY KEY,
    retired_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE patient_advice (
    patient_id   UUID        NOT NULL,
    item_code    VARCHAR(64) NOT NULL,
    item_version INTEGER     NOT NULL,
    category     VARCHAR(32) NOT NULL,
    for_tag      VARCHAR(64),
    given_by     VARCHAR(200),
    given_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT patient_advice_pkey PRIMARY KEY (patient_id, item_code)
);

-- Each patient's latest assessment per risk model: the band in the clear for cohorts (removed on erasure), the
-- assessment sealed.
CREATE TABLE risk_assessment (
    patient_id        UUID        NOT NULL,
    model             VARCHAR(64) NOT NULL,
    model_version     VARCHAR(64) NOT NULL,
    band              VARCHAR(32),
    assessment_sealed TEXT        NOT NULL,
    assessed_at       TIMESTAMPTZ NOT NULL,
    cause_event_id    VARCHAR(64),
    CONSTRAINT risk_assessment_pkey PRIMARY KEY (patient_id, model)
);
CREATE INDEX risk_assessment_by_band ON risk_assessment (model, band, patient_id);
