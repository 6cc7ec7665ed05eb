package health.journey.query.patient;

import static health.journey.query.common.Column.bigint;
import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.patient.LifecycleStage;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/** The patient feature's tables, their columns and limits (see the V3 migration). */
final class PatientTables {

  static final Table<SummaryRow> SUMMARY =
      Table.of(
          "patient_summary",
          List.of(uuid("patient_id", SummaryRow::patientId)),
          List.of(
              text("card_number", "cardNumber", 32, SummaryRow::cardNumber).required(),
              text("tier", "tier", 16, SummaryRow::tier).required(),
              text("channel", "channel", 32, SummaryRow::channel).required(),
              text("name_sealed", "name", 0, SummaryRow::nameSealed),
              text("phone_sealed", "phone", 0, SummaryRow::phoneSealed),
              text("id_number_sealed", "idNumber", 0, SummaryRow::idNumberSealed),
              text("sex", "sex", 16, SummaryRow::sex).required(),
              text("birth_date_sealed", "birthDate", 0, SummaryRow::birthDateSealed),
              text("stage", "stage", 16, (SummaryRow r) -> r.stage().name()).required(),
              timestamp("opened_at", "occurredAt", SummaryRow::openedAt).required(),
              timestamp("updated_at", "timestamp", SummaryRow::updatedAt).required(),
              bigint("last_sequence", SummaryRow::lastSequence)),
          (rs, n) ->
              new SummaryRow(
                  Rows.uuid(rs, "patient_id"),
                  rs.getString("card_number"),
                  rs.getString("tier"),
                  rs.getString("channel"),
                  rs.getString("name_sealed"),
                  rs.getString("phone_sealed"),
                  rs.getString("id_number_sealed"),
                  rs.getString("sex"),
                  rs.getString("birth_date_sealed"),
                  LifecycleStage.valueOf(rs.getString("stage")),
                  Rows.instant(rs, "opened_at"),
                  Rows.instant(rs, "updated_at"),
                  rs.getLong("last_sequence")),
          Table.OnConflict.REPLACE);

  static final RowMapper<HealthRecordRow> HEALTH_RECORD_READER =
      (rs, n) ->
          new HealthRecordRow(
              Rows.uuid(rs, "patient_id"),
              rs.getString("address_sealed"),
              rs.getString("medical_history_sealed"),
              rs.getString("family_history_sealed"),
              rs.getString("allergies_sealed"),
              rs.getString("medications_sealed"),
              rs.getString("lifestyle_sealed"),
              rs.getString("measurements_sealed"),
              rs.getString("notes_sealed"),
              Rows.instant(rs, "updated_at"));

  /** Every part of the record is sealed; only the time of the last update is in the clear. */
  static final Table<HealthRecordRow> HEALTH_RECORD =
      Table.of(
          "patient_health_record",
          List.of(uuid("patient_id", HealthRecordRow::patientId)),
          List.of(
              text("address_sealed", "address", 0, HealthRecordRow::addressSealed),
              text(
                  "medical_history_sealed",
                  "medicalHistory",
                  0,
                  HealthRecordRow::medicalHistorySealed),
              text(
                  "family_history_sealed",
                  "familyHistory",
                  0,
                  HealthRecordRow::familyHistorySealed),
              text("allergies_sealed", "allergies", 0, HealthRecordRow::allergiesSealed),
              text("medications_sealed", "medications", 0, HealthRecordRow::medicationsSealed),
              text("lifestyle_sealed", "lifestyle", 0, HealthRecordRow::lifestyleSealed),
              text("measurements_sealed", "measurements", 0, HealthRecordRow::measurementsSealed),
              text("notes_sealed", "notes", 0, HealthRecordRow::notesSealed),
              timestamp("updated_at", "timestamp", HealthRecordRow::updatedAt).required()),
          HEALTH_RECORD_READER,
          Table.OnConflict.REPLACE);

  private PatientTables() {}
}
