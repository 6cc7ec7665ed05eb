package health.journey.query.patient;

import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalDataErased;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes from the patient summary what it keeps in the clear for aggregates (sex) when the
 * patient's personal data is erased; a replay reads it back as unknown, since it no longer opens.
 */
@Component
class PatientErasure {

  private final JdbcTemplate jdbc;

  PatientErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(PersonalDataErased erased) {
    UUID patient;
    try {
      patient = UUID.fromString(erased.subject());
    } catch (IllegalArgumentException notAPatient) {
      return;
    }
    jdbc.update(
        "UPDATE patient_summary SET sex = ? WHERE patient_id = ?", Sex.UNKNOWN.name(), patient);
  }
}
