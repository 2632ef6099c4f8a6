package org.sanshe.core.satisfaction.response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.sanshe.core.identifier.HashedIdentity;

/**
 * What makes a response unique: one respondent answers once per subject and period, even in an
 * anonymous survey (the respondent is a keyed hash). Immutable and thread-safe.
 *
 * @param respondent the keyed hash of the respondent
 * @param subject the subject evaluated
 * @param period the period
 */
public record ResponseKey(HashedIdentity respondent, SubjectId subject, Period period) {

  /** Checks the components are non-null. */
  public ResponseKey {
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
  }

  /**
   * Returns a stable id of this key for event outboxes, whose aggregate ids hold at most 64
   * characters: the SHA-256 of the period, the subject and the respondent's hash, in 64 lower-case
   * hex digits. It reveals nothing the respondent's keyed hash did not.
   *
   * @return the id
   */
  public String id() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
    byte[] digest =
        sha.digest(
            (period.code() + '\n' + subject + '\n' + respondent.hex())
                .getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }
}
