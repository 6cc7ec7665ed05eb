-- Clinical inputs: questionnaires, exam booking, exam reports and indicators.

-- Command side: the published questionnaire versions answers are checked and scored against (they never change),
-- written in the publishing command's transaction.
CREATE TABLE questionnaire_version_registry (
    template_id VARCHAR(64)  NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    version     INTEGER      NOT NULL,
    definition  TEXT         NOT NULL,
    retired     BOOLEAN      NOT NULL DEFAULT false,
    fhir_url    VARCHAR(500),
    CONSTRAINT questionnaire_version_registry_pkey PRIMARY KEY (code, version)
);
CREATE INDEX questionnaire_version_registry_by_url ON questionnaire_version_registry (fhir_url);

-- Command side: exam packages on offer, and the places each has booked per day ("at most its daily capacity").
CREATE TABLE exam_package_registry (
    code       VARCHAR(64) NOT NULL PRIMARY KEY,
    package_id VARCHAR(64) NOT NULL,
    definition TEXT        NOT NULL,
    retired    BOOLEAN     NOT NULL DEFAULT false
);
CREATE TABLE exam_day_booking (
    code   VARCHAR(64) NOT NULL,
    day    DATE        NOT NULL,
    booked INTEGER     NOT NULL,
    CONSTRAINT exam_day_booking_pkey PRIMARY KEY (code, day),
    CONSTRAINT exam_day_booking_not_negative CHECK (booked >= 0)
);

-- Command side: identifiers other systems use for a patient, linked so their documents find the patient; and the
-- card claims by patient, to tell whether a patient exists.
CREATE TABLE patient_identifier_claim (
    system     VARCHAR(256) NOT NULL,
    value      VARCHAR(256) NOT NULL,
    patient_id UUID         NOT NULL,
    CONSTRAINT patient_identifier_claim_pkey PRIMARY KEY (system, value)
);
CREATE INDEX card_number_claim_by_patient ON card_number_claim (patient_id);

-- Read models (rebuilt from the events at any time).
CREATE TABLE questionnaire_version (
    template_id  VARCHAR(64)  NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    version      INTEGER      NOT NULL,
    title        VARCHAR(200) NOT NULL,
    definition   TEXT         NOT NULL,
    published_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT questionnaire_version_pkey PRIMARY KEY (code, version)
);
CREATE TABLE questionnaire_retired (
    code       VARCHAR(64) NOT NULL PRIMARY KEY,
    retired_at TIMESTAMPTZ NOT NULL
);

-- Answers and scores sealed; total, band and flags in the clear for cohorts, removed when personal data is erased.
CREATE TABLE questionnaire_answer (
    patient_id     UUID        NOT NULL,
    answer_id      VARCHAR(64) NOT NULL,
    code           VARCHAR(64) NOT NULL,
    version        INTEGER,
    answers_sealed TEXT        NOT NULL,
    score_sealed   TEXT        NOT NULL,
    total          INTEGER,
    band_code      VARCHAR(32),
    flags          TEXT[],
    source         VARCHAR(16) NOT NULL,
    answered_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT questionnaire_answer_pkey PRIMARY KEY (patient_id, answer_id)
);
CREATE INDEX questionnaire_answer_by_code ON questionnaire_answer (code, band_code);

CREATE TABLE exam_package (
    package_id VARCHAR(64) NOT NULL PRIMARY KEY,
    code       VARCHAR(64) NOT NULL UNIQUE,
    definition TEXT        NOT NULL,
    retired    BOOLEAN     NOT NULL
);
CREATE TABLE exam_booking (
    patient_id   UUID        NOT NULL,
    booking_id   VARCHAR(64) NOT NULL,
    package_code VARCHAR(64) NOT NULL,
    date         DATE        NOT NULL,
    status       VARCHAR(16) NOT NULL,
    report_id    VARCHAR(64),
    booked_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT exam_booking_pkey PRIMARY KEY (patient_id, booking_id)
);
CREATE INDEX exam_booking_by_day ON exam_booking (package_code, date);

CREATE TABLE exam_report (
    patient_id    UUID         NOT NULL,
    report_id     VARCHAR(64)  NOT NULL,
    source_system VARCHAR(256) NOT NULL,
    identifier    VARCHAR(128) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    title_sealed  TEXT,
    issued_at     TIMESTAMPTZ,
    booking_id    VARCHAR(64),
    value_count   INTEGER      NOT NULL,
    conflicts     INTEGER      NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT exam_report_pkey PRIMARY KEY (patient_id, report_id)
);

-- Indicator values in the clear for trends and cohorts (a result in words sealed); removed on erasure.
CREATE TABLE indicator_value (
    patient_id       UUID         NOT NULL,
    entry_key        VARCHAR(200) NOT NULL,
    source           VARCHAR(16)  NOT NULL,
    report_id        VARCHAR(64),
    source_system    VARCHAR(256),
    code             VARCHAR(32)  NOT NULL,
    analyte_id       VARCHAR(64),
    name             VARCHAR(200),
    value            NUMERIC,
    unit             VARCHAR(32),
    original_value   NUMERIC,
    original_unit    VARCHAR(32),
    reference_low    NUMERIC,
    reference_high   NUMERIC,
    reference_text   VARCHAR(200),
    flag             VARCHAR(16),
    flag_from_sender BOOLEAN      NOT NULL,
    text_sealed      TEXT,
    effective_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT indicator_value_pkey PRIMARY KEY (patient_id, entry_key)
);
CREATE INDEX indicator_value_series ON indicator_value (patient_id, code, effective_at DESC);
CREATE INDEX indicator_value_by_analyte ON indicator_value (patient_id, analyte_id, effective_at);
CREATE INDEX indicator_value_latest_by_code ON indicator_value (code, effective_at DESC);
