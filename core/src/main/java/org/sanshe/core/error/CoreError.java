package org.sanshe.core.error;

import java.util.Locale;

/**
 * The error codes of the core kernel: input collections, identifiers and division codes. Messages
 * live in {@code META-INF/sanshe/core.properties} and {@code core_zh.properties}.
 */
public enum CoreError implements ErrorCode {
  /** Bulk input had errors; {0} how many, {1} the first. */
  INPUT_INVALID,
  /** A generic argument check failed; {0} the argument, {1} the rule. */
  ARGUMENT_INVALID,

  /** A USCC was null. */
  USCC_REQUIRED,
  /** A USCC was empty or white space. */
  USCC_BLANK,
  /** A USCC did not have 18 characters; {0} the length found. */
  USCC_LENGTH,
  /** A USCC had a character outside its charset; {0} the position (1-based), {1} the character. */
  USCC_CHARACTER,
  /** The 18th character was wrong; {0} the expected one, {1} the one found. */
  USCC_CHECK_CHARACTER,
  /** The GB 11714 check at position 17 failed; {0} the expected one, {1} the one found. */
  USCC_ORGANIZATION_CODE_CHECK,
  /** Warning: the region segment is no known division; {0} the segment. */
  USCC_REGION_UNKNOWN,

  /** A resident ID number was null. */
  RESIDENT_ID_REQUIRED,
  /** A resident ID number was empty or white space. */
  RESIDENT_ID_BLANK,
  /** A resident ID number did not have 18 characters; {0} the length found. */
  RESIDENT_ID_LENGTH,
  /** A resident ID number had a bad character; {0} the position (1-based). */
  RESIDENT_ID_CHARACTER,
  /** The birth date segment is no calendar date. */
  RESIDENT_ID_BIRTH_DATE,
  /** The ISO 7064 MOD 11-2 check character was wrong. */
  RESIDENT_ID_CHECK_CHARACTER,
  /** The birth date in a resident ID number is after today. */
  RESIDENT_ID_BIRTH_FUTURE,

  /** A division code was null. */
  DIVISION_CODE_REQUIRED,
  /** A division code was empty or white space. */
  DIVISION_CODE_BLANK,
  /** A division code did not have 6, 9 or 12 digits; {0} the length found. */
  DIVISION_CODE_LENGTH,
  /** A division code had a non-digit; {0} the position (1-based). */
  DIVISION_CODE_CHARACTER,
  /** A segment of a division code is not allowed; {0} the code, {1} the segment's digits. */
  DIVISION_CODE_SEGMENT,

  /** A keyed-hash secret was too short; {0} the minimum number of bytes. */
  HASH_KEY_TOO_SHORT,

  /** A name or text was empty, white space or invisible; {0} the field. */
  TEXT_BLANK,
  /** A name or text was too long; {0} the field, {1} the maximum in characters. */
  TEXT_TOO_LONG,
  /**
   * A name or text held a control, invisible or bidirectional-control character; {0} the field, {1}
   * the position (1-based, in code points).
   */
  TEXT_CHARACTER,
  /** A number was malformed, too long or out of range; {0} the field, {1} the rule. */
  NUMBER_INVALID,
  /**
   * A caller-supplied time was implausible (in the future, or out of range); {0} the field, {1} the
   * rule.
   */
  TIME_IMPLAUSIBLE,

  /** An outbox consumer name broke its rule; {0} the rule. */
  OUTBOX_CONSUMER_INVALID,
  /** An outbox read asked for a batch size outside its range; {0} the largest size. */
  OUTBOX_BATCH_INVALID,
  /** An acknowledged position was never handed out; {0} the consumer, {1} the last position. */
  OUTBOX_POSITION_UNKNOWN,
  /** Events given to an outbox broke a rule; {0} the rule. */
  OUTBOX_EVENT_INVALID,
  /**
   * A code of an open catalogue (channels and the like) has the wrong form; {0} the catalogue, {1}
   * the rule.
   */
  CATALOGUE_CODE_INVALID,
  /** A code is listed twice in an open catalogue; {0} the catalogue. */
  CATALOGUE_CODE_DUPLICATE,
  /** A code is not listed in the open catalogue in use; {0} the catalogue. */
  CATALOGUE_ENTRY_UNKNOWN;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(CoreError.class, "core");

  @Override
  public String code() {
    return name();
  }

  @Override
  public String template(Locale locale) {
    return MESSAGES.template(name(), locale);
  }

  /**
   * Returns this enum's catalog, for completeness tests.
   *
   * @return the catalog
   */
  public static MessageCatalog catalog() {
    return MESSAGES;
  }
}
