package org.sanshe.core.identifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;

/**
 * Keyed hashing (HMAC-SHA-256) of personal identifiers, so that uniqueness ("one response per
 * resident", "one account per volunteer") can be checked without storing the identifier. Without
 * the key the hash cannot be reversed by trying every possible ID number.
 *
 * <p>Keep the key secret and stable: a new key gives new hashes. Thread-safe (a {@link Mac} is
 * created per call); the key is copied and never exposed; {@link #toString()} shows no key
 * material.
 */
public final class PersonalDataHasher {

  /** The minimum key length in bytes. */
  public static final int MINIMUM_KEY_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  private PersonalDataHasher(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * Creates a hasher with a secret key.
   *
   * @param key at least {@value #MINIMUM_KEY_BYTES} bytes; copied
   * @return the hasher
   * @throws SansheException with {@code HASH_KEY_TOO_SHORT}
   */
  public static PersonalDataHasher withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MINIMUM_KEY_BYTES) {
      throw new SansheException(CoreError.HASH_KEY_TOO_SHORT, MINIMUM_KEY_BYTES);
    }
    return new PersonalDataHasher(Arrays.copyOf(key, key.length));
  }

  /**
   * Hashes a resident ID number.
   *
   * @param number the number, not null
   * @return the keyed hash
   */
  public HashedIdentity hash(ResidentIdNumber number) {
    return hash("resident-id", number.unmaskedValue());
  }

  /**
   * Hashes any personal identifier within a namespace, such as {@code ("phone", "13800000000")}.
   *
   * @param namespace what kind of identifier this is, so equal strings of different kinds differ
   * @param identifier the identifier
   * @return the keyed hash
   */
  public HashedIdentity hash(String namespace, String identifier) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(identifier, "identifier");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(namespace.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] digest = mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
      return new HashedIdentity(HexFormat.of().formatHex(digest));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /**
   * Compares two hashes in constant time.
   *
   * @param a one hash
   * @param b another
   * @return true if equal
   */
  public static boolean sameIdentity(HashedIdentity a, HashedIdentity b) {
    return MessageDigest.isEqual(
        a.hex().getBytes(StandardCharsets.US_ASCII), b.hex().getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "PersonalDataHasher[HmacSHA256]";
  }
}
