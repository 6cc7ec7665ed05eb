-- Each feature's read model has its own projection (and processing group), so each can be rebuilt on its own.

-- The tag read model keeps each patient's card-opening time itself (for listing patients by tag, newest card
-- first) rather than reading another read model, which another processor fills at its own pace.
CREATE TABLE tagging_patient (
    patient_id UUID        NOT NULL PRIMARY KEY,
    opened_at  TIMESTAMPTZ NOT NULL
);
INSERT INTO tagging_patient (patient_id, opened_at) SELECT patient_id, opened_at FROM patient_summary;

-- A timeline sentence carries no clinical values; a clinical detail (e.g. a BMI) is kept beside it, sealed,
-- and shown only to roles that may read clinical data.
ALTER TABLE patient_timeline_entry ADD COLUMN detail_sealed TEXT;
