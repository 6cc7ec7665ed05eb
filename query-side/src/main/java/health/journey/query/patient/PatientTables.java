package health.journey.query.patient;

import static health.journey.query.common.Column.bigint;
import static health.journey.query.common.Column.date;
import static health.journey.query.common.Column.integer;
import static health.journey.query.common.Column.numeric;
import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.textArray;
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
              date("birth_date", "birthDate", SummaryRow::birthDate),
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
                  Rows.date(rs, "birth_date"),
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
              Rows.texts(rs, "medical_history"),
              Rows.texts(rs, "family_history"),
              Rows.texts(rs, "allergies"),
              Rows.texts(rs, "medications"),
              rs.getString("smoking"),
              Rows.integer(rs, "cigarettes_per_day"),
              rs.getString("drinking"),
              Rows.integer(rs, "exercise_minutes_per_week"),
              rs.getBigDecimal("sleep_hours_per_night"),
              rs.getBigDecimal("height_cm"),
              rs.getBigDecimal("weight_kg"),
              rs.getBigDecimal("waist_cm"),
              Rows.date(rs, "measured_on"),
              rs.getString("notes_sealed"),
              Rows.instant(rs, "updated_at"));

  static final Table<HealthRecordRow> HEALTH_RECORD =
      Table.of(
          "patient_health_record",
          List.of(uuid("patient_id", HealthRecordRow::patientId)),
          List.of(
              text("address_sealed", "address", 0, HealthRecordRow::addressSealed),
              textArray("medical_history", "medicalHistory", HealthRecordRow::medicalHistory),
              textArray("family_history", "familyHistory", HealthRecordRow::familyHistory),
              textArray("allergies", "allergies", HealthRecordRow::allergies),
              textArray("medications", "medications", HealthRecordRow::medications),
              text("smoking", "lifestyle.smoking", 16, HealthRecordRow::smoking),
              integer("cigarettes_per_day", HealthRecordRow::cigarettesPerDay),
              text("drinking", "lifestyle.drinking", 16, HealthRecordRow::drinking),
              integer("exercise_minutes_per_week", HealthRecordRow::exerciseMinutesPerWeek),
              numeric(
                  "sleep_hours_per_night",
                  "lifestyle.sleepHoursPerNight",
                  HealthRecordRow::sleepHoursPerNight),
              numeric("height_cm", "measurements.heightCm", HealthRecordRow::heightCm),
              numeric("weight_kg", "measurements.weightKg", HealthRecordRow::weightKg),
              numeric("waist_cm", "measurements.waistCm", HealthRecordRow::waistCm),
              date("measured_on", "measurements.measuredOn", HealthRecordRow::measuredOn),
              text("notes_sealed", "notes", 0, HealthRecordRow::notesSealed),
              timestamp("updated_at", "timestamp", HealthRecordRow::updatedAt).required()),
          HEALTH_RECORD_READER,
          Table.OnConflict.REPLACE);

  private PatientTables() {}
}
