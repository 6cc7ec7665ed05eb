-- Health facts (history, allergies, medications, lifestyle, measurements) and the birth date are sealed with the
-- patient's key in the events (revision 2) and in the read models, so erasing the key erases them everywhere.
-- The plain columns cannot be converted here (sealing needs the keys): the read models concerned are emptied and
-- rebuilt from the events when the application starts (their processors start again from the first event).

ALTER TABLE patient_summary DROP COLUMN birth_date;
ALTER TABLE patient_summary ADD COLUMN birth_date_sealed TEXT;

ALTER TABLE patient_health_record
    DROP COLUMN medical_history,
    DROP COLUMN family_history,
    DROP COLUMN allergies,
    DROP COLUMN medications,
    DROP COLUMN smoking,
    DROP COLUMN cigarettes_per_day,
    DROP COLUMN drinking,
    DROP COLUMN exercise_minutes_per_week,
    DROP COLUMN sleep_hours_per_night,
    DROP COLUMN height_cm,
    DROP COLUMN weight_kg,
    DROP COLUMN waist_cm,
    DROP COLUMN measured_on,
    ADD COLUMN medical_history_sealed TEXT,
    ADD COLUMN family_history_sealed TEXT,
    ADD COLUMN allergies_sealed TEXT,
    ADD COLUMN medications_sealed TEXT,
    ADD COLUMN lifestyle_sealed TEXT,
    ADD COLUMN measurements_sealed TEXT;

-- Timeline sentences written before clinical details were kept apart (a BMI in the sentence) are told again.
TRUNCATE patient_summary, patient_health_record, patient_timeline_entry;
DELETE FROM tokenentry
 WHERE processorname IN ('patient-projection', 'health-record-projection', 'timeline-projection');
DELETE FROM deadletterentry
 WHERE processinggroup IN ('patient-projection', 'health-record-projection', 'timeline-projection');
