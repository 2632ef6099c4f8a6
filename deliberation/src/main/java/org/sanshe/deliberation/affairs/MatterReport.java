package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * What a channel reports about a community matter, before it is recorded. Immutable; {@link
 * #toString()} masks the reporter.
 *
 * @param channel where it came from
 * @param category what kind of matter
 * @param place where, down to grid and building; must lie within a community
 * @param reporter who reported it (masked when printed)
 * @param urgency how urgent
 * @param summary a short description, not blank
 * @param reportedAt when the channel received it (a work order's time, a visit's time)
 */
public record MatterReport(
    Channel channel,
    MatterCategory category,
    Place place,
    Reporter reporter,
    Urgency urgency,
    String summary,
    Instant reportedAt) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
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
}
