package health.journey.query.patient;

import static health.journey.query.patient.PatientTables.HEALTH_RECORD;

import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.Sealed;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import java.time.Instant;
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

  /** Each part the update gives replaces the stored part, in its sealed form. */
  HealthRecordRow updated(HealthRecordRow r, HealthRecordUpdated e, Instant recordedAt) {
    return new HealthRecordRow(
        r.patientId(),
        given(Rows.seal(cipher, e.address()), r.addressSealed()),
        given(sealed(e.medicalHistory()), r.medicalHistorySealed()),
        given(sealed(e.familyHistory()), r.familyHistorySealed()),
        given(sealed(e.allergies()), r.allergiesSealed()),
        given(sealed(e.medications()), r.medicationsSealed()),
        given(sealed(e.lifestyle()), r.lifestyleSealed()),
        given(sealed(e.measurements()), r.measurementsSealed()),
        given(Rows.seal(cipher, e.notes()), r.notesSealed()),
        recordedAt);
  }

  private String sealed(Sealed<?> part) {
    return part == null ? null : part.sealedWith(cipher);
  }

  private static String given(String update, String before) {
    return update != null ? update : before;
  }
}
