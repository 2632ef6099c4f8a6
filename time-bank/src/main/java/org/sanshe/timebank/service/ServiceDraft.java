package org.sanshe.timebank.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.IdRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * What a recording organization states about one service: who served, for which organization, in
 * which category (and optional priced item), when, where and for whom. Immutable.
 *
 * @param volunteer who served
 * @param volunteerAccount the volunteer's account to credit
 * @param organization the organizing, recording organization
 * @param category the service category code
 * @param item the priced service item code, or null
 * @param start when the service began (travel excluded)
 * @param end when it ended
 * @param place where, free text without personal data: at most {@link #MAX_PLACE_LENGTH}
 *     characters, no control, invisible or bidirectional-control character (may be empty)
 * @param beneficiary who received it, or null
 */
public record ServiceDraft(
    PartyId volunteer,
    AccountId volunteerAccount,
    PartyId organization,
    String category,
    String item,
    Instant start,
    Instant end,
    String place,
    PartyId beneficiary) {

  /**
   * Checks for nulls and codes.
   *
   * @throws NullPointerException if a required component is null
   * @throws TimeBankException {@code TIMEBANK_ID_INVALID} for a malformed category or item, {@code
   *     TIMEBANK_PLACE_INVALID} for a place too long or with an invisible character
   */
  public ServiceDraft {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(volunteerAccount, "volunteerAccount");
    Objects.requireNonNull(organization, "organization");
    IdRules.check("category", category);
    if (item != null) {
      IdRules.check("item", item);
    }
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(place, "place");
    if (place.length() > MAX_PLACE_LENGTH || !place.codePoints().allMatch(BoundedText::isVisible)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_PLACE_INVALID, MAX_PLACE_LENGTH);
    }
  }

  /** The longest place, in characters: {@value}. */
  public static final int MAX_PLACE_LENGTH = 200;

  /**
   * Returns the time served.
   *
   * @return end minus start
   */
  public Duration served() {
    return Duration.between(start, end);
  }
}
