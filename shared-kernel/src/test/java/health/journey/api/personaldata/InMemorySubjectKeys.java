package health.journey.api.personaldata;

import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** Subject keys held in memory, for tests of the sealing itself. */
public final class InMemorySubjectKeys implements SubjectKeys {

  private final Map<String, SecretKey> keys = new HashMap<>();
  private final Set<String> destroyed = new HashSet<>();

  @Override
  public synchronized SecretKey keyFor(String subject) {
    if (destroyed.contains(subject)) {
      throw new SubjectErased(subject);
    }
    return keys.computeIfAbsent(subject, s -> generate());
  }

  @Override
  public synchronized Optional<SecretKey> existingKeyFor(String subject) {
    return Optional.ofNullable(keys.get(subject));
  }

  public synchronized void destroy(String subject) {
    keys.remove(subject);
    destroyed.add(subject);
  }

  private static SecretKey generate() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
