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
    if (place.length() > MAX_PLACE_LENGTH || !visible(place)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_PLACE_INVALID, MAX_PLACE_LENGTH);
    }
  }

  /** The longest place, in characters: {@value}. */
  public static final int MAX_PLACE_LENGTH = 200;

  /**
   * Starts a draft with named parts instead of nine positional ones:
   *
   * <pre>{@code
   * ServiceDraft draft = ServiceDraft.builder(volunteer, volunteerAccount, organization)
   *     .category("elder-visit")
   *     .between(start, end)
   *     .place("Community centre")   // optional, default empty
   *     .item("visit-60")            // optional priced item
   *     .beneficiary(elder)          // optional
   *     .build();
   * }</pre>
   *
   * @param volunteer who served, not null
   * @param volunteerAccount the volunteer's account to credit, not null
   * @param organization the organizing, recording organization, not null
   * @return the builder
   */
  public static Builder builder(
      PartyId volunteer, AccountId volunteerAccount, PartyId organization) {
    return new Builder(volunteer, volunteerAccount, organization);
  }

  /**
   * Builds a {@link ServiceDraft}; the category and the period are required, the item, place and
   * beneficiary optional. Not thread-safe.
   */
  public static final class Builder {

    private final PartyId volunteer;
    private final AccountId volunteerAccount;
    private final PartyId organization;
    private String category;
    private String item;
    private Instant start;
    private Instant end;
    private String place = "";
    private PartyId beneficiary;

    private Builder(PartyId volunteer, AccountId volunteerAccount, PartyId organization) {
      this.volunteer = Objects.requireNonNull(volunteer, "volunteer");
      this.volunteerAccount = Objects.requireNonNull(volunteerAccount, "volunteerAccount");
      this.organization = Objects.requireNonNull(organization, "organization");
    }

    /**
     * Sets the service category code.
     *
     * @param category the code, not null
     * @return this builder
     */
    public Builder category(String category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * Sets the priced service item code.
     *
     * @param item the code, not null
     * @return this builder
     */
    public Builder item(String item) {
      this.item = Objects.requireNonNull(item, "item");
      return this;
    }

    /**
     * Sets when the service began and ended (travel excluded).
     *
     * @param start the start, not null
     * @param end the end, not null
     * @return this builder
     */
    public Builder between(Instant start, Instant end) {
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /**
     * Sets where, free text without personal data.
     *
     * @param place the place, not null
     * @return this builder
     */
    public Builder place(String place) {
      this.place = Objects.requireNonNull(place, "place");
      return this;
    }

    /**
     * Sets who received the service.
     *
     * @param beneficiary the beneficiary, not null
     * @return this builder
     */
    public Builder beneficiary(PartyId beneficiary) {
      this.beneficiary = Objects.requireNonNull(beneficiary, "beneficiary");
      return this;
    }

    /**
     * Builds the draft.
     *
     * @return the draft
     * @throws NullPointerException naming the category or the start when not set
     * @throws TimeBankException as the record's constructor
     */
    public ServiceDraft build() {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(start, "start");
      return new ServiceDraft(
          volunteer,
          volunteerAccount,
          organization,
          category,
          item,
          start,
          end,
          place,
          beneficiary);
    }
  }

  /**
   * Returns the time served.
   *
   * @return end minus start
   */
  public Duration served() {
    return Duration.between(start, end);
  }

  private static boolean visible(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!BoundedText.isVisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
