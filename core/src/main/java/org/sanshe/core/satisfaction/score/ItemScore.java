package org.sanshe.core.satisfaction.score;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sanshe.core.satisfaction.Rational;
import org.sanshe.core.satisfaction.instrument.ItemId;

/**
 * The scores of one item for one subject. Values that do not apply (no answer; CSAT off the
 * five-level scale; NPS off the 0-10 scale) are empty, never NaN. Immutable and thread-safe.
 *
 * @param item the item
 * @param answered how many respondents answered it
 * @param meanPoints the exact mean points (0 to 100), empty without answers
 * @param satisfied the share of satisfied answers (top two levels, or competent) with its Wilson
 *     interval, empty without answers
 * @param csat the CSAT in percent (share of 4 and 5 on the five-level scale), five-level items only
 * @param nps the Net Promoter Score (% of 9-10 minus % of 0-6, from -100 to 100), 0-10 items only
 */
public record ItemScore(
    ItemId item,
    long answered,
    Optional<Rational> meanPoints,
    Optional<Proportion> satisfied,
    OptionalDouble csat,
    OptionalDouble nps) {

  /** Checks the components are non-null. */
  public ItemScore {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(meanPoints, "meanPoints");
    Objects.requireNonNull(satisfied, "satisfied");
    Objects.requireNonNull(csat, "csat");
    Objects.requireNonNull(nps, "nps");
  }
}
