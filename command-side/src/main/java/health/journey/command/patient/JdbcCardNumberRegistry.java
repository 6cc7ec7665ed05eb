package health.journey.command.patient;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.PatientId;
import health.journey.api.patient.PatientRule;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Card-number claims in the {@code card_number_claim} table, in the caller's transaction. */
class JdbcCardNumberRegistry implements CardNumberRegistry {

  private final JdbcTemplate jdbc;

  JdbcCardNumberRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void claim(String cardNumber, PatientId patientId) {
    int inserted =
        jdbc.update(
            "INSERT INTO card_number_claim (card_number, patient_id) VALUES (?, ?)"
                + " ON CONFLICT (card_number) DO NOTHING",
            cardNumber,
            patientId.value());
    if (inserted == 1) {
      return;
    }
    List<UUID> owner =
        jdbc.queryForList(
            "SELECT patient_id FROM card_number_claim WHERE card_number = ?",
            UUID.class,
            cardNumber);
    if (!owner.isEmpty() && owner.get(0).equals(patientId.value())) {
      return;
    }
    throw new BusinessRuleViolation(
        PatientRule.CARD_NUMBER_TAKEN,
        "Card number " + cardNumber + " already belongs to another patient");
  }
}
