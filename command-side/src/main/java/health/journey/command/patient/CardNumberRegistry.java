package health.journey.command.patient;

import health.journey.api.PatientId;

/**
 * The rule "a card number belongs to one patient" needs to know every card number handed out, which
 * no single patient aggregate does. Claims are made in the command's transaction, so a refused or
 * failed command leaves no claim behind.
 */
public interface CardNumberRegistry {

  /**
   * Claims {@code cardNumber} for {@code patientId}; fails with a business rule violation when
   * another patient holds it.
   */
  void claim(String cardNumber, PatientId patientId);
}
