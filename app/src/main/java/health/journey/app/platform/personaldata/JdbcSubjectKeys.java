package health.journey.app.platform.personaldata;

import com.zaxxer.hikari.HikariDataSource;
import health.journey.api.personaldata.PersonalDataErased;
import health.journey.api.personaldata.SubjectErased;
import health.journey.api.personaldata.SubjectKeys;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Subject keys in the {@code personal_data_key} table, wrapped with the master key, cached in
 * memory. Keys are created and destroyed on a connection pool of their own, in transactions of
 * their own: a key is committed before anything is sealed with it, so a command that rolls back can
 * never leave data sealed with a key that is gone.
 */
public class JdbcSubjectKeys implements SubjectKeys, AutoCloseable {

  private static final SecretKey ERASED = new javax.crypto.spec.SecretKeySpec(new byte[1], "NONE");

  private final HikariDataSource pool;
  private final JdbcTemplate jdbc;
  private final MasterKey masterKey;
  private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();
  private final int cacheSize;
  private final ApplicationEventPublisher events;

  JdbcSubjectKeys(
      HikariDataSource pool, MasterKey masterKey, int cacheSize, ApplicationEventPublisher events) {
    this.pool = pool;
    this.jdbc = new JdbcTemplate(pool);
    this.masterKey = masterKey;
    this.cacheSize = cacheSize;
    this.events = events;
  }

  @Override
  public SecretKey keyFor(String subject) {
    SecretKey key = cached(subject).orElseGet(() -> load(subject).orElseGet(() -> create(subject)));
    if (key == ERASED) {
      throw new SubjectErased(subject);
    }
    return key;
  }

  @Override
  public Optional<SecretKey> existingKeyFor(String subject) {
    Optional<SecretKey> key = cached(subject).or(() -> load(subject));
    return key.filter(k -> k != ERASED);
  }

  /** Loads the keys of many subjects with one query, e.g. before a page of patients is shown. */
  public void preload(Collection<String> subjects) {
    List<String> missing = subjects.stream().filter(s -> !cache.containsKey(s)).distinct().toList();
    if (missing.isEmpty()) {
      return;
    }
    jdbc.query(
        "SELECT subject, wrapped_key FROM personal_data_key WHERE subject = ANY (?)",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", missing.toArray())),
        rs -> {
          String subject = rs.getString(1);
          byte[] wrapped = rs.getBytes(2);
          remember(subject, wrapped == null ? ERASED : masterKey.unwrap(subject, wrapped));
        });
  }

  /**
   * Destroys the subject's key (crypto-shredding): everything sealed with it reads as erased from
   * now on, and no new personal data can be kept for the subject; read models that keep a value of
   * theirs in the clear are told to remove it. Other instances may serve the key from their caches
   * until restarted.
   */
  public void destroy(String subject) {
    jdbc.update(
        "INSERT INTO personal_data_key (subject, wrapped_key, destroyed_at) VALUES (?, NULL, now())"
            + " ON CONFLICT (subject) DO UPDATE SET wrapped_key = NULL, destroyed_at = now()",
        subject);
    remember(subject, ERASED);
    events.publishEvent(new PersonalDataErased(subject));
  }

  /** Keeps a key in memory; past the cache size the cache starts over (keys are one query away). */
  private void remember(String subject, SecretKey key) {
    if (cache.size() >= cacheSize) {
      cache.clear();
    }
    cache.put(subject, key);
  }

  private Optional<SecretKey> cached(String subject) {
    return Optional.ofNullable(cache.get(subject));
  }

  private Optional<SecretKey> load(String subject) {
    List<byte[]> rows =
        jdbc.query(
            "SELECT wrapped_key FROM personal_data_key WHERE subject = ?",
            (rs, n) -> {
              byte[] wrapped = rs.getBytes(1);
              return wrapped == null ? new byte[0] : wrapped;
            },
            subject);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    byte[] wrapped = rows.get(0);
    SecretKey key = wrapped.length == 0 ? ERASED : masterKey.unwrap(subject, wrapped);
    remember(subject, key);
    return Optional.of(key);
  }

  private SecretKey create(String subject) {
    SecretKey fresh = generate();
    jdbc.update(
        "INSERT INTO personal_data_key (subject, wrapped_key) VALUES (?, ?)"
            + " ON CONFLICT (subject) DO NOTHING",
        subject,
        masterKey.wrap(subject, fresh));
    // Another instance may have created it first: whatever is stored is the key.
    return load(subject).orElseThrow(() -> new IllegalStateException("No key for " + subject));
  }

  private static SecretKey generate() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("AES is not available", e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
