package health.journey.app.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers, for a short while, name and password pairs the delegate has verified. Only a salted
 * hash of the password is kept, in memory. A changed or removed account takes effect when the entry
 * expires.
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

  private static final int MAX_ENTRIES = 10_000;

  private final AuthenticationProvider delegate;
  private final Duration ttl;
  private final Clock clock;
  private final byte[] salt = new byte[32];
  private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

  CachingAuthenticationProvider(AuthenticationProvider delegate, Duration ttl, Clock clock) {
    this.delegate = delegate;
    this.ttl = ttl;
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    if (!(authentication.getCredentials() instanceof String password)) {
      return delegate.authenticate(authentication);
    }
    String key = authentication.getName() + '\u0000' + digest(password);
    Instant now = clock.instant();
    Entry entry = verified.get(key);
    if (entry != null && entry.expires().isAfter(now)) {
      return entry.authentication();
    }
    Authentication result = delegate.authenticate(authentication);
    if (result != null && result.isAuthenticated()) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
      // The role is read from the authorities here, once; from now on the principal carries it.
      UsernamePasswordAuthenticationToken stored =
          UsernamePasswordAuthenticationToken.authenticated(
              Staff.of(result), null, result.getAuthorities());
      verified.put(key, new Entry(stored, now.plus(ttl)));
      return stored;
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }

  private String digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return java.util.HexFormat.of()
          .formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Entry(Authentication authentication, Instant expires) {}
}
