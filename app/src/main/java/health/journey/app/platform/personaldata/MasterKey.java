package health.journey.app.platform.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that wraps subject keys before they are stored, so a copy of the database alone opens no
 * personal data. It comes from configuration or from a file outside the database, created with
 * owner-only permissions.
 */
final class MasterKey {

  private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
  private static final int NONCE_BYTES = 12;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  private MasterKey(byte[] material) {
    if (material.length != 32) {
      throw new IllegalArgumentException(
          "The personal-data master key must be 256 bits (32 bytes), not "
              + material.length
              + " bytes");
    }
    this.key = new SecretKeySpec(material, "AES");
  }

  static MasterKey load(PersonalDataProperties properties) {
    if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
      return new MasterKey(Base64.getDecoder().decode(properties.masterKey().strip()));
    }
    Path file = properties.masterKeyFile().toAbsolutePath().normalize();
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return new MasterKey(Base64.getDecoder().decode(text));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the personal-data master key " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] material = new byte[32];
    new SecureRandom().nextBytes(material);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      return;
    }
    Files.writeString(
        file,
        Base64.getEncoder().encodeToString(material) + "\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING);
    log.warn(
        "Created a new personal-data master key in {}. Back it up: without it no personal data can be read.",
        file);
  }

  byte[] wrap(String subject, SecretKey subjectKey) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
      byte[] wrapped = cipher.doFinal(subjectKey.getEncoded());
      return ByteBuffer.allocate(nonce.length + wrapped.length).put(nonce).put(wrapped).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not wrap the key of subject " + subject, e);
    }
  }

  SecretKey unwrap(String subject, byte[] wrapped) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, wrapped, 0, NONCE_BYTES));
      cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
      byte[] material = cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
      SecretKey subjectKey = new SecretKeySpec(material, "AES");
      Arrays.fill(material, (byte) 0);
      return subjectKey;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "The key of subject " + subject + " does not open with this master key", e);
    }
  }
}
