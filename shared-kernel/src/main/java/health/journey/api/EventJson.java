package health.journey.api;

import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataModule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How messages are written as JSON, in one place so that the stored form never depends on what
 * happens to be on the classpath: ISO-8601 times, personal data sealed, and unknown properties
 * ignored on reading (an older reader of a newer event, or a field retired by an upcaster).
 */
public final class EventJson {

  private EventJson() {}

  /** Applies our settings to a mapper builder (the event serializer's, or a test's). */
  public static JsonMapper.Builder configure(
      JsonMapper.Builder builder, PersonalDataCipher cipher) {
    return builder
        .addModule(new PersonalDataModule(cipher))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
