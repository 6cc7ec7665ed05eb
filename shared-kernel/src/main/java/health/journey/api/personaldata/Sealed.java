package health.journey.api.personaldata;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A personal or health fact of a structured type (a birth date, a list of conditions, lifestyle,
 * measurements), kept sealed with the subject's key as {@link PersonalData} is: stored as the JSON
 * of the value, encrypted. Read back it opens when first needed, and once the key is destroyed it
 * reads as erased while everything around it still loads. {@link #toString()} never shows it.
 */
public final class Sealed<T> {

  /** How a value is written before it is sealed: plain JSON, ISO dates. */
  static final JsonMapper PLAIN =
      JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private final PersonalData text;
  private final JavaType type;
  private final PersonalDataCipher cipher;
  private volatile T value;
  private volatile boolean opened;

  private Sealed(
      PersonalData text, JavaType type, T value, boolean opened, PersonalDataCipher cipher) {
    this.text = text;
    this.type = type;
    this.value = value;
    this.opened = opened;
    this.cipher = cipher;
  }

  /** A value given in the clear, to be sealed when it is stored. */
  public static <T> Sealed<T> of(Object subject, PersonalDataKind kind, T value) {
    Objects.requireNonNull(value, "value");
    PersonalData text = PersonalData.of(subject.toString(), kind, PLAIN.writeValueAsString(value));
    return new Sealed<>(text, PLAIN.constructType(value.getClass()), value, true, null);
  }

  /** Like {@link #of} but null for a null value. */
  public static <T> Sealed<T> ofNullable(Object subject, PersonalDataKind kind, T value) {
    return value == null ? null : of(subject, kind, value);
  }

  /** A value read back in its sealed form, of {@code type}; opened when first needed. */
  static Sealed<Object> read(PersonalData text, JavaType type) {
    return new Sealed<>(text, type, null, false, null);
  }

  /** A value a read model kept in its sealed form (as the event had it), of {@code type}. */
  public static <T> Sealed<T> stored(
      Object subject,
      PersonalDataKind kind,
      String sealed,
      PersonalDataCipher cipher,
      TypeReference<T> type) {
    return sealed == null
        ? null
        : new Sealed<>(
            PersonalData.sealed(subject.toString(), kind, sealed, cipher),
            PLAIN.constructType(type),
            null,
            false,
            null);
  }

  /**
   * A value an event stored in the clear before it was sealed (an older revision of the event): it
   * reads like a sealed one, and reads as erased once the subject's key is destroyed.
   */
  static Sealed<Object> legacy(
      String subject,
      PersonalDataKind kind,
      JsonNode plain,
      JavaType type,
      PersonalDataCipher cipher) {
    PersonalData text = PersonalData.of(subject, kind, PLAIN.writeValueAsString(plain));
    Object value = PLAIN.treeToValue(plain, type);
    return new Sealed<>(text, type, value, true, Objects.requireNonNull(cipher));
  }

  public String subject() {
    return text.subject();
  }

  public PersonalDataKind kind() {
    return text.kind();
  }

  /** The value, or empty when the subject's personal data was erased. */
  @SuppressWarnings("unchecked")
  public Optional<T> reveal() {
    if (cipher != null && cipher.erased(text.subject())) {
      return Optional.empty();
    }
    if (!opened) {
      synchronized (this) {
        if (!opened) {
          value = text.reveal().map(json -> (T) PLAIN.readValue(json, type)).orElse(null);
          opened = true;
        }
      }
    }
    return Optional.ofNullable(value);
  }

  public boolean isErased() {
    return reveal().isEmpty();
  }

  /** The masked form (e.g. {@code [withheld]}), or {@code [erased]}. */
  public String masked() {
    return isErased() ? "[erased]" : text.kind().mask("");
  }

  /** The sealed form, sealing the value with {@code cipher} the first time it is asked for. */
  public String sealedWith(PersonalDataCipher cipher) {
    return text.sealedWith(cipher);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Sealed<?> other)) {
      return false;
    }
    if (!subject().equals(other.subject()) || kind() != other.kind()) {
      return false;
    }
    Optional<T> mine = reveal();
    Optional<?> theirs = other.reveal();
    return mine.isPresent() && mine.equals(theirs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject(), kind());
  }

  @Override
  public String toString() {
    try {
      return masked();
    } catch (RuntimeException e) {
      return "[sealed]";
    }
  }
}
