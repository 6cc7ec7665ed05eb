-- Read models of the patient projection. They can be dropped and rebuilt from the events at any time.
-- Personal data is kept sealed (as in the events), so erasing a subject's key erases it here too.

CREATE TABLE patient_summary (
    patient_id       UUID        NOT NULL PRIMARY KEY,
    card_number      VARCHAR(32) NOT NULL,
    tier             VARCHAR(16) NOT NULL,
    channel          VARCHAR(32) NOT NULL,
    name_sealed      TEXT,
    phone_sealed     TEXT,
    id_number_sealed TEXT,
    sex              VARCHAR(16) NOT NULL,
    birth_date       DATE,
    stage            VARCHAR(16) NOT NULL,
    opened_at        TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    last_sequence    BIGINT      NOT NULL
);
CREATE INDEX patient_summary_newest_first ON patient_summary (opened_at DESC, patient_id DESC);
CREATE INDEX patient_summary_by_stage ON patient_summary (stage, opened_at DESC, patient_id DESC);

CREATE TABLE patient_tag (
    patient_id      UUID         NOT NULL,
    tag             VARCHAR(64)  NOT NULL,
    applied_at      TIMESTAMPTZ  NOT NULL,
    applied_by      VARCHAR(200),
    applied_by_role VARCHAR(64),
    reason_sealed   TEXT,
    CONSTRAINT patient_tag_pkey PRIMARY KEY (patient_id, tag)
);
CREATE INDEX patient_tag_by_tag ON patient_tag (tag, patient_id);

CREATE TABLE patient_consent (
    patient_id               UUID        NOT NULL,
    purpose                  VARCHAR(32) NOT NULL,
    status                   VARCHAR(16) NOT NULL,
    channel                  VARCHAR(32) NOT NULL,
    wording_version          VARCHAR(64),
    changed_at               TIMESTAMPTZ NOT NULL,
    withdrawal_reason_sealed TEXT,
    CONSTRAINT patient_consent_pkey PRIMARY KEY (patient_id, purpose)
);

CREATE TABLE patient_health_record (
    patient_id                UUID        NOT NULL PRIMARY KEY,
    address_sealed            TEXT,
    medical_history           TEXT[],
    family_history            TEXT[],
    allergies                 TEXT[],
    medications               TEXT[],
    smoking                   VARCHAR(16),
    cigarettes_per_day        INTEGER,
    drinking                  VARCHAR(16),
    exercise_minutes_per_week INTEGER,
    sleep_hours_per_night     NUMERIC,
    height_cm                 NUMERIC,
    weight_kg                 NUMERIC,
    waist_cm                  NUMERIC,
    measured_on               DATE,
    notes_sealed              TEXT,
    updated_at                TIMESTAMPTZ NOT NULL
);

CREATE TABLE patient_timeline_entry (
    patient_id  UUID         NOT NULL,
    sequence    BIGINT       NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    summary     VARCHAR(500) NOT NULL,
    note_sealed TEXT,
    occurred_at TIMESTAMPTZ  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    actor_id    VARCHAR(200),
    acting_role VARCHAR(64),
    CONSTRAINT patient_timeline_entry_pkey PRIMARY KEY (patient_id, sequence)
);
