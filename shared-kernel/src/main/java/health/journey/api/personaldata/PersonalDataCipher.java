package health.journey.api.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens personal data with the subject's key: AES-256-GCM, a fresh 96-bit nonce per
 * value, the subject id as associated data (a sealed value cannot be moved to another subject). The
 * sealed form is {@code v1.} followed by base64url of nonce and ciphertext.
 */
public final class PersonalDataCipher {

  private static final String PREFIX = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SubjectKeys keys;
  private final SecureRandom random = new SecureRandom();
  // Cipher.getInstance looks up providers on every call; a Cipher is reusable once initialised
  // again.
  private final ThreadLocal<Cipher> ciphers =
      ThreadLocal.withInitial(PersonalDataCipher::newCipher);

  public PersonalDataCipher(SubjectKeys keys) {
    this.keys = keys;
  }

  public String seal(String subject, String plaintext) {
    return seal(subject, plaintext, null);
  }

  /**
   * Seals {@code plaintext}; with a {@code context}, the nonce is derived from the context and the
   * plaintext (a synthetic nonce), so a value derived again from the same event (a read model
   * rebuilt by a replay) is sealed to the same bytes. A context names one place a value is stored
   * (e.g. a timeline entry's detail), so no nonce is used for two different values.
   */
  public String seal(String subject, String plaintext, String context) {
    SecretKey key = keys.keyFor(subject);
    byte[] nonce = new byte[NONCE_BYTES];
    if (context == null) {
      random.nextBytes(nonce);
    } else {
      System.arraycopy(syntheticNonce(key, context, plaintext), 0, nonce, 0, NONCE_BYTES);
    }
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
      byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(nonce.length + ciphertext.length);
      out.put(nonce).put(ciphertext);
      return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not seal personal data of subject " + subject, e);
    }
  }

  /** Whether the subject's key was destroyed (or never existed): its personal data is erased. */
  public boolean erased(String subject) {
    return keys.existingKeyFor(subject).isEmpty();
  }

  /** The plaintext, or empty when the subject's key was destroyed. */
  public Optional<String> open(String subject, String sealed) {
    Optional<SecretKey> key = keys.existingKeyFor(subject);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "Unknown sealed personal data format for subject " + subject);
    }
    byte[] data = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
    try {
      Cipher cipher = ciphers.get();
      cipher.init(
          Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
      cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
      return Optional.of(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Personal data of subject " + subject + " does not open with its key", e);
    }
  }

  private static byte[] syntheticNonce(SecretKey key, String context, String plaintext) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      mac.update("nonce\u0000".getBytes(StandardCharsets.UTF_8));
      mac.update(context.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is not available", e);
    }
  }
}
