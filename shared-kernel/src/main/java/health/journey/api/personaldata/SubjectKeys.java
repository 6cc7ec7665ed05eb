package health.journey.api.personaldata;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The per-subject (per-patient) keys personal data is encrypted with, kept outside the events.
 * Destroying a subject's key erases every piece of its personal data at once (crypto-shredding).
 */
public interface SubjectKeys {

  /**
   * The subject's key, creating it when the subject has none yet. Fails when the key was destroyed.
   */
  SecretKey keyFor(String subject);

  /** The subject's key, or empty when it was destroyed (or never existed). */
  Optional<SecretKey> existingKeyFor(String subject);
}
