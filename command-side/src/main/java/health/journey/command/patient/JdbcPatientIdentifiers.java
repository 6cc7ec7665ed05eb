package health.journey.command.patient;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.PatientId;
import health.journey.api.patient.PatientIdentifiers;
import health.journey.api.patient.PatientRule;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Linked identifiers in {@code patient_identifier_claim}, and lookups across it and the card-number
 * claims (every patient has a card, so a patient exists when a card names them).
 */
class JdbcPatientIdentifiers implements PatientIdentifierRegistry, PatientDirectory {

  private final JdbcTemplate jdbc;

  JdbcPatientIdentifiers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void claim(String system, String value, PatientId patientId) {
    int inserted =
        jdbc.update(
            "INSERT INTO patient_identifier_claim (system, value, patient_id) VALUES (?, ?, ?)"
                + " ON CONFLICT (system, value) DO NOTHING",
            system,
            value,
            patientId.value());
    if (inserted == 1 || linked(system, value).map(patientId::equals).orElse(false)) {
      return;
    }
    throw new BusinessRuleViolation(
        PatientRule.IDENTIFIER_TAKEN,
        "This identifier of system " + system + " already names another patient");
  }

  @Override
  public Optional<PatientId> find(String system, String value) {
    if (system == null || value == null) {
      return Optional.empty();
    }
    return switch (system) {
      case PatientIdentifiers.PATIENT_ID -> existing(ownId(value));
      case PatientIdentifiers.CARD_NUMBER ->
          jdbc
              .queryForList(
                  "SELECT patient_id FROM card_number_claim WHERE card_number = ?",
                  UUID.class,
                  value)
              .stream()
              .findFirst()
              .map(id -> PatientId.of(id.toString()));
      default -> linked(system, value).or(() -> existing(fromSource(system, value)));
    };
  }

  private Optional<PatientId> linked(String system, String value) {
    return jdbc
        .queryForList(
            "SELECT patient_id FROM patient_identifier_claim WHERE system = ? AND value = ?",
            UUID.class,
            system,
            value)
        .stream()
        .findFirst()
        .map(id -> PatientId.of(id.toString()));
  }

  private Optional<PatientId> existing(Optional<PatientId> candidate) {
    return candidate.filter(
        id -> {
          List<Integer> found =
              jdbc.queryForList(
                  "SELECT 1 FROM card_number_claim WHERE patient_id = ? LIMIT 1",
                  Integer.class,
                  id.value());
          return !found.isEmpty();
        });
  }

  private static Optional<PatientId> ownId(String value) {
    try {
      return Optional.of(PatientId.of(UUID.fromString(value).toString()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /** A patient imported under a source system's id has the id derived from it. */
  private static Optional<PatientId> fromSource(String system, String value) {
    if (system.length() > 64 || value.length() > 128) {
      return Optional.empty();
    }
    return Optional.of(PatientId.fromSource(system, value));
  }
}
