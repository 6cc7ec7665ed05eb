-- Listing patients by tag, newest card first, walks one index instead of probing every patient:
-- each tag row carries its patient's card-opening time.
ALTER TABLE patient_tag ADD COLUMN opened_at TIMESTAMPTZ;
UPDATE patient_tag t SET opened_at = s.opened_at FROM patient_summary s WHERE s.patient_id = t.patient_id;
ALTER TABLE patient_tag ALTER COLUMN opened_at SET NOT NULL;
DROP INDEX patient_tag_by_tag;
CREATE INDEX patient_tag_listing ON patient_tag (tag, opened_at DESC, patient_id DESC);
