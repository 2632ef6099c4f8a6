package org.sanshe.core.satisfaction.grade;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.satisfaction.Rational;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * One line of a ranking: the subject's rank (ties share a rank: 1, 1, 3), its value, and its change
 * against the previous period when it was ranked then. Immutable and thread-safe.
 *
 * @param subject the subject
 * @param value the exact value ranked
 * @param rank the rank, from 1
 * @param previousRank the rank in the previous period, if ranked then
 * @param previousValue the value in the previous period, if ranked then
 */
public record RankedSubject(
    SubjectId subject,
    Rational value,
    int rank,
    Optional<Integer> previousRank,
    Optional<Rational> previousValue) {

  /** Checks the components. */
  public RankedSubject {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(previousRank, "previousRank");
    Objects.requireNonNull(previousValue, "previousValue");
  }

  /**
   * Returns how many places the subject moved up (negative: down).
   *
   * @return previous rank minus rank, empty if not ranked before
   */
  public Optional<Integer> rankChange() {
    return previousRank.map(p -> p - rank);
  }

  /**
   * Returns the change of the value.
   *
   * @return value minus previous value, empty if not ranked before
   */
  public Optional<Rational> valueChange() {
    return previousValue.map(value::minus);
  }
}
