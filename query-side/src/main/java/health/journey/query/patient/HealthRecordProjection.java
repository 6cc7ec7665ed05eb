package health.journey.query.patient;

import static health.journey.query.patient.PatientTables.HEALTH_RECORD;

import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects health-record updates into each patient's health record (健康档案): each part an update
 * gives replaces that part; parts it leaves out stay as they were.
 */
@Component
@ProcessingGroup(PatientReadModel.HEALTH_RECORD_PROCESSING_GROUP)
class HealthRecordProjection {

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  HealthRecordProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(HealthRecordUpdated event, @Timestamp Instant recordedAt) {
    PendingWrites writes = PendingWrites.current(jdbc);
    UUID id = event.patientId().value();
    HealthRecordRow before = writes.row(HEALTH_RECORD, id).orElse(HealthRecordRow.empty(id));
    writes.put(HEALTH_RECORD, updated(before, event, recordedAt));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE patient_health_record");
  }

  HealthRecordRow updated(HealthRecordRow r, HealthRecordUpdated e, Instant recordedAt) {
    Lifestyle l = e.lifestyle();
    BodyMeasurements m = e.measurements();
    return new HealthRecordRow(
        r.patientId(),
        e.address() != null ? Rows.seal(cipher, e.address()) : r.addressSealed(),
        given(e.medicalHistory(), r.medicalHistory()),
        given(e.familyHistory(), r.familyHistory()),
        given(e.allergies(), r.allergies()),
        given(e.medications(), r.medications()),
        l != null ? (l.smoking() == null ? null : l.smoking().name()) : r.smoking(),
        l != null ? l.cigarettesPerDay() : r.cigarettesPerDay(),
        l != null ? (l.drinking() == null ? null : l.drinking().name()) : r.drinking(),
        l != null ? l.exerciseMinutesPerWeek() : r.exerciseMinutesPerWeek(),
        l != null ? l.sleepHoursPerNight() : r.sleepHoursPerNight(),
        m != null ? m.heightCm() : r.heightCm(),
        m != null ? m.weightKg() : r.weightKg(),
        m != null ? m.waistCm() : r.waistCm(),
        m != null ? m.measuredOn() : r.measuredOn(),
        e.notes() != null ? Rows.seal(cipher, e.notes()) : r.notesSealed(),
        recordedAt);
  }

  private static List<String> given(List<String> update, List<String> before) {
    return update != null ? update : before;
  }
}
