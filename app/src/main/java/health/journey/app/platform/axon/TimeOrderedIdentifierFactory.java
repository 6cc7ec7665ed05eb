package health.journey.app.platform.axon;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.common.IdentifierFactory;

/**
 * Message identifiers as time-ordered UUIDs (version 7, RFC 9562): 48 bits of milliseconds and 74
 * random bits. Axon's default draws every identifier from one shared {@code SecureRandom}, on which
 * concurrent commands queue; and random identifiers land all over the event table's unique index,
 * where time-ordered ones append at its end. Identifiers need to be unique, not unpredictable.
 */
public class TimeOrderedIdentifierFactory extends IdentifierFactory {

  @Override
  public String generateIdentifier() {
    return next().toString();
  }

  static UUID next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long millis = System.currentTimeMillis();
    long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
