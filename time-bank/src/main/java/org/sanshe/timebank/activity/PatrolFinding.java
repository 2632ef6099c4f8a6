package org.sanshe.timebank.activity;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.timebank.account.PartyId;

/**
 * What a volunteer found on a patrol shift (巡查发现): the shift, the place, a category in free text, a
 * description and the reporter. The time bank knows nothing of matters: an integrator reads
 * findings from a {@link PatrolFindings} port and reports each as a matter on the volunteer-patrol
 * channel, carrying the shift id as the matter's origin reference. Immutable; {@link #toString()}
 * shows no free text (a description may name residents).
 *
 * @param shift the patrol shift
 * @param place where, at most {@value #MAX_PLACE} characters, a bounded name
 * @param category what kind of problem, at most {@value #MAX_CATEGORY} characters, a bounded name
 * @param description what was found, free text of at most {@value #MAX_DESCRIPTION} characters
 * @param reporter the volunteer who reports it, checked in on the shift
 * @param reportedAt when
 */
public record PatrolFinding(
    ActivityId shift,
    String place,
    String category,
    String description,
    PartyId reporter,
    Instant reportedAt) {

  /** The longest place: {@value}. */
  public static final int MAX_PLACE = 200;

  /** The longest category: {@value}. */
  public static final int MAX_CATEGORY = 60;

  /** The longest description: {@value}. */
  public static final int MAX_DESCRIPTION = 2000;

  /**
   * Checks and normalizes the texts.
   *
   * @throws NullPointerException if a component is null
   * @throws org.sanshe.core.error.SansheException {@code TEXT_BLANK}, {@code TEXT_TOO_LONG} or
   *     {@code TEXT_CHARACTER} naming the field
   */
  public PatrolFinding {
    Objects.requireNonNull(shift, "shift");
    place = BoundedText.name(place, Wording.of("The place", "地点"), MAX_PLACE);
    category = BoundedText.name(category, Wording.of("The finding category", "发现类别"), MAX_CATEGORY);
    description =
        BoundedText.freeText(description, Wording.of("The description", "情况描述"), MAX_DESCRIPTION);
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }

  @Override
  public String toString() {
    return "PatrolFinding[shift=" + shift + ", reporter=" + reporter + ", at=" + reportedAt + "]";
  }
}
