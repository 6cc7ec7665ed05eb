package health.journey.api.personaldata;

import java.util.Objects;
import java.util.Optional;

/**
 * A value that identifies a person (name, phone, ID number, address) or is free text. The event
 * serializer stores it sealed with the subject's key; read back, it opens lazily, and once the key
 * is destroyed it reads as erased while everything around it still loads. {@link #toString()} never
 * shows the full value.
 */
public final class PersonalData {

  private static final String ERASED = "[erased]";

  private final String subject;
  private final PersonalDataKind kind;
  private final PersonalDataCipher cipher;
  private final String context;
  private volatile String plaintext;
  private volatile String sealed;
  private volatile boolean opened;

  private PersonalData(
      String subject,
      PersonalDataKind kind,
      String plaintext,
      String sealed,
      PersonalDataCipher cipher,
      String context) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.plaintext = plaintext;
    this.sealed = sealed;
    this.cipher = cipher;
    this.context = context;
    this.opened = plaintext != null;
  }

  /** A value given in the clear, to be sealed when it is stored. */
  public static PersonalData of(String subject, PersonalDataKind kind, String value) {
    return new PersonalData(
        subject, kind, Objects.requireNonNull(value, "value"), null, null, null);
  }

  /**
   * A value a read model derives from an event (not given by anyone), sealed the same way each time
   * it is derived again in the same {@code context} (e.g. {@code timeline:<sequence>:detail}), so a
   * rebuilt read model holds the same bytes.
   */
  public static PersonalData derived(
      String subject, PersonalDataKind kind, String value, String context) {
    return new PersonalData(
        subject,
        kind,
        Objects.requireNonNull(value, "value"),
        null,
        null,
        Objects.requireNonNull(context, "context"));
  }

  /** Like {@link #of} but null for a null value. */
  public static PersonalData ofNullable(String subject, PersonalDataKind kind, String value) {
    return value == null ? null : of(subject, kind, value);
  }

  /** A value read back in its sealed form; it is opened with {@code cipher} when first needed. */
  public static PersonalData sealed(
      String subject, PersonalDataKind kind, String sealed, PersonalDataCipher cipher) {
    return new PersonalData(
        subject,
        kind,
        null,
        Objects.requireNonNull(sealed, "sealed"),
        Objects.requireNonNull(cipher),
        null);
  }

  public String subject() {
    return subject;
  }

  public PersonalDataKind kind() {
    return kind;
  }

  /** The full value, or empty when the subject's personal data was erased. */
  public Optional<String> reveal() {
    if (!opened) {
      synchronized (this) {
        if (!opened) {
          plaintext = cipher.open(subject, sealed).orElse(null);
          opened = true;
        }
      }
    }
    return Optional.ofNullable(plaintext);
  }

  public boolean isErased() {
    return reveal().isEmpty();
  }

  /** The masked form (e.g. 138****1234), or {@code [erased]}. */
  public String masked() {
    return reveal().map(kind::mask).orElse(ERASED);
  }

  /** The sealed form, sealing the value with {@code cipher} the first time it is asked for. */
  public String sealedWith(PersonalDataCipher cipher) {
    String s = sealed;
    if (s == null) {
      synchronized (this) {
        if (sealed == null) {
          sealed = cipher.seal(subject, plaintext, context);
        }
        s = sealed;
      }
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PersonalData other)) {
      return false;
    }
    if (!subject.equals(other.subject) || kind != other.kind) {
      return false;
    }
    if (sealed != null && sealed.equals(other.sealed)) {
      return true;
    }
    Optional<String> mine = reveal();
    Optional<String> theirs = other.reveal();
    return mine.isPresent() && mine.equals(theirs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, kind);
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
