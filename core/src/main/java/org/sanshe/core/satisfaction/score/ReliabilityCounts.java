package org.sanshe.core.satisfaction.score;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;

/**
 * The whole-number counts behind Cronbach's alpha, over the complete responses of a {@link
 * SatisfactionTally} (every item answered): their number, the sum and sum of squares of their
 * totals (the sum of the scored levels), and each item's level counts. Immutable and thread-safe.
 */
public final class ReliabilityCounts {

  private final Questionnaire questionnaire;
  private final long complete;
  private final long totalSum;
  private final long totalSquares;
  private final long[] histogram;

  ReliabilityCounts(
      Questionnaire questionnaire,
      long complete,
      long totalSum,
      long totalSquares,
      long[] histogram) {
    this.questionnaire = questionnaire;
    this.complete = complete;
    this.totalSum = totalSum;
    this.totalSquares = totalSquares;
    this.histogram = histogram;
  }

  /**
   * Returns the number of complete responses.
   *
   * @return the count
   */
  public long completeResponses() {
    return complete;
  }

  /**
   * Returns Cronbach's alpha, k/(k-1) (1 - sum of item variances / variance of the totals),
   * computed exactly from the counts and rounded once to a double. Items are scored on their levels
   * (after reverse scoring), not on their points.
   *
   * @return the alpha, or why it cannot be computed (fewer than two items or complete responses, or
   *     totals that do not vary); never NaN or infinite
   */
  public Reliability alpha() {
    int k = questionnaire.size();
    if (k < 2) {
      return new Reliability.Unavailable("fewer than two items");
    }
    if (complete < 2) {
      return new Reliability.Unavailable("fewer than two complete responses");
    }
    BigInteger n = BigInteger.valueOf(complete);
    BigInteger totalSpread =
        n.multiply(BigInteger.valueOf(totalSquares)).subtract(BigInteger.valueOf(totalSum).pow(2));
    if (totalSpread.signum() == 0) {
      return new Reliability.Unavailable("the totals do not vary");
    }
    BigInteger itemSpread = BigInteger.ZERO;
    int offset = SatisfactionTally.HISTOGRAM;
    for (int i = 0; i < k; i++) {
      Item item = questionnaire.item(i);
      long s1 = 0;
      BigInteger s2 = BigInteger.ZERO;
      for (int x = 0; x < item.scale().levels(); x++) {
        long level = item.scale().min() + x;
        long count = histogram[offset + x];
        s1 += level * count;
        s2 = s2.add(BigInteger.valueOf(level * level).multiply(BigInteger.valueOf(count)));
      }
      itemSpread = itemSpread.add(n.multiply(s2).subtract(BigInteger.valueOf(s1).pow(2)));
      offset += item.scale().levels() + 1;
    }
    Fraction alpha =
        Fraction.of(k, k - 1).times(Fraction.ONE.minus(Fraction.of(itemSpread, totalSpread)));
    return new Reliability.Alpha(alpha.doubleValue(), k, complete);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReliabilityCounts c
        && c.questionnaire.equals(questionnaire)
        && c.complete == complete
        && c.totalSum == totalSum
        && c.totalSquares == totalSquares
        && Arrays.equals(c.histogram, histogram);
  }

  @Override
  public int hashCode() {
    return Objects.hash(complete, totalSum, totalSquares, Arrays.hashCode(histogram));
  }

  @Override
  public String toString() {
    return "ReliabilityCounts[" + complete + " complete responses]";
  }
}
