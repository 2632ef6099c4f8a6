package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * What a channel reports about a community matter, before it is recorded. Build one with {@link
 * #builder()} (named setters) or the constructors. Immutable; {@link #toString()} masks the
 * reporter and shows no hash.
 *
 * @param channel where it came from
 * @param category what kind of matter
 * @param place where, down to grid and building; must lie within a community
 * @param reporter who reported it (masked when printed)
 * @param urgency how urgent
 * @param summary a short description, not blank
 * @param reportedAt when the channel received it (a work order's time, a visit's time)
 * @param resident the reporter's keyed hash, or null when unknown (anonymous reports, channels that
 *     do not identify residents): only this resident may confirm the settlement and give feedback
 * @param origin the record in another part of the system the report came from (a patrol shift), or
 *     null
 */
public record MatterReport(
    Channel channel,
    MatterCategory category,
    Place place,
    Reporter reporter,
    Urgency urgency,
    String summary,
    Instant reportedAt,
    HashedIdentity resident,
    MatterOrigin origin) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component other than resident and origin is null
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK} for a blank summary or {@code
   *     AFFAIRS_PLACE_NOT_IN_COMMUNITY} for a place above community level
   */
  public MatterReport {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(urgency, "urgency");
    summary = Checks.text(summary, "summary");
    Objects.requireNonNull(reportedAt, "reportedAt");
    if (place.community().isEmpty()) {
      throw new AffairsException(AffairsError.AFFAIRS_PLACE_NOT_IN_COMMUNITY, place);
    }
  }

  /**
   * Makes a report without a known resident or origin.
   *
   * @param channel where it came from
   * @param category what kind of matter
   * @param place where
   * @param reporter who reported it
   * @param urgency how urgent
   * @param summary a short description
   * @param reportedAt when the channel received it
   */
  public MatterReport(
      Channel channel,
      MatterCategory category,
      Place place,
      Reporter reporter,
      Urgency urgency,
      String summary,
      Instant reportedAt) {
    this(channel, category, place, reporter, urgency, summary, reportedAt, null, null);
  }

  /**
   * Returns the reporter's keyed hash.
   *
   * @return the hash, or empty
   */
  public Optional<HashedIdentity> residentGiven() {
    return Optional.ofNullable(resident);
  }

  /**
   * Returns the origin.
   *
   * @return the origin, or empty
   */
  public Optional<MatterOrigin> originGiven() {
    return Optional.ofNullable(origin);
  }

  /**
   * Returns a builder with the urgency {@link Urgency#ROUTINE} and an anonymous reporter.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "MatterReport["
        + channel
        + ", "
        + category
        + ", "
        + place
        + ", "
        + reporter
        + ", "
        + urgency
        + ", "
        + reportedAt
        + (origin == null ? "" : ", " + origin)
        + "]";
  }

  /**
   * Builds a {@link MatterReport} with named setters. Mutable and not thread-safe; {@link #build()}
   * checks everything as the constructor does.
   */
  public static final class Builder {
    private Channel channel;
    private MatterCategory category;
    private Place place;
    private Reporter reporter = Reporter.anonymous();
    private Urgency urgency = Urgency.ROUTINE;
    private String summary;
    private Instant reportedAt;
    private HashedIdentity resident;
    private MatterOrigin origin;

    private Builder() {}

    /**
     * Sets the channel.
     *
     * @param value the channel
     * @return this builder
     */
    public Builder channel(Channel value) {
      this.channel = value;
      return this;
    }

    /**
     * Sets the category.
     *
     * @param value the category
     * @return this builder
     */
    public Builder category(MatterCategory value) {
      this.category = value;
      return this;
    }

    /**
     * Sets the category by code.
     *
     * @param code the category's code
     * @return this builder
     */
    public Builder category(String code) {
      this.category = MatterCategory.of(code);
      return this;
    }

    /**
     * Sets the place.
     *
     * @param value the place
     * @return this builder
     */
    public Builder place(Place value) {
      this.place = value;
      return this;
    }

    /**
     * Sets the reporter (anonymous unless set).
     *
     * @param value the reporter
     * @return this builder
     */
    public Builder reporter(Reporter value) {
      this.reporter = value;
      return this;
    }

    /**
     * Sets the urgency ({@link Urgency#ROUTINE} unless set).
     *
     * @param value the urgency
     * @return this builder
     */
    public Builder urgency(Urgency value) {
      this.urgency = value;
      return this;
    }

    /**
     * Sets the summary.
     *
     * @param value the summary
     * @return this builder
     */
    public Builder summary(String value) {
      this.summary = value;
      return this;
    }

    /**
     * Sets when the channel received the report.
     *
     * @param value the instant
     * @return this builder
     */
    public Builder reportedAt(Instant value) {
      this.reportedAt = value;
      return this;
    }

    /**
     * Sets the reporter's keyed hash (none unless set).
     *
     * @param value the hash, or null
     * @return this builder
     */
    public Builder resident(HashedIdentity value) {
      this.resident = value;
      return this;
    }

    /**
     * Sets the origin (none unless set).
     *
     * @param value the origin, or null
     * @return this builder
     */
    public Builder origin(MatterOrigin value) {
      this.origin = value;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws NullPointerException if a required value was not set
     * @throws AffairsException as the constructor
     */
    public MatterReport build() {
      return new MatterReport(
          channel, category, place, reporter, urgency, summary, reportedAt, resident, origin);
    }
  }
}
