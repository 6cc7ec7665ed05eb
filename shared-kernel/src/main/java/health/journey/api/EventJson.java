package health.journey.api;

import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataModule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * How messages are written as JSON, in one place so that the stored form never depends on what
 * happens to be on the classpath: ISO-8601 times, personal data sealed, unknown properties ignored
 * on reading (an older reader of a newer event, or a field retired by an upcaster), and only known
 * types instantiated where stored JSON names a class.
 */
public final class EventJson {

  /**
   * Types a stored message may name for a polymorphic value (e.g. the tokens inside a replay
   * token): Axon's and ours, nothing else, so stored data cannot make the reader instantiate
   * arbitrary classes.
   */
  private static final PolymorphicTypeValidator KNOWN_TYPES =
      BasicPolymorphicTypeValidator.builder()
          .allowIfSubType("org.axonframework.")
          .allowIfSubType("health.journey.")
          .build();

  private EventJson() {}

  /** Applies our settings to a mapper builder (the event serializer's, or a test's). */
  public static JsonMapper.Builder configure(
      JsonMapper.Builder builder, PersonalDataCipher cipher) {
    return builder
        .polymorphicTypeValidator(KNOWN_TYPES)
        .addModule(new PersonalDataModule(cipher))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
