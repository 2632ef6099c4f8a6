package org.sanshe.core.satisfaction.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.satisfaction.Rational;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.score.SubjectScore;
import org.sanshe.core.satisfaction.score.SurveyReport;

/**
 * Ranks subjects by a value, highest first, with standard competition ranking (ties share the best
 * rank and the next rank skips: 1, 1, 3), and compares with the previous period. Stateless and
 * thread-safe.
 */
public final class Ranking {

  private Ranking() {}

  /**
   * Ranks values and compares with the previous period's values.
   *
   * @param current this period's values, not null
   * @param previous the previous period's values, not null (may be empty)
   * @return the ranking, by rank then subject
   */
  public static List<RankedSubject> rank(
      Map<SubjectId, Rational> current, Map<SubjectId, Rational> previous) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Map<SubjectId, Integer> ranks = ranks(current);
    Map<SubjectId, Integer> previousRanks = ranks(previous);
    List<RankedSubject> out = new ArrayList<>();
    for (Map.Entry<SubjectId, Rational> e : current.entrySet()) {
      SubjectId subject = e.getKey();
      out.add(
          new RankedSubject(
              subject,
              e.getValue(),
              ranks.get(subject),
              Optional.ofNullable(previousRanks.get(subject)),
              Optional.ofNullable(previous.get(subject))));
    }
    out.sort(Comparator.comparingInt(RankedSubject::rank).thenComparing(RankedSubject::subject));
    return List.copyOf(out);
  }

  /**
   * Returns the standard competition rank of each value (1 + how many values are strictly greater).
   *
   * @param values the values, not null, no null value
   * @return each subject's rank
   */
  public static Map<SubjectId, Integer> ranks(Map<SubjectId, Rational> values) {
    Objects.requireNonNull(values, "values");
    List<Map.Entry<SubjectId, Rational>> sorted = new ArrayList<>(values.entrySet());
    sorted.sort(
        Map.Entry.<SubjectId, Rational>comparingByValue(
                Comparator.nullsLast(Comparator.<Rational>naturalOrder()))
            .reversed());
    Map<SubjectId, Integer> ranks = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Rational value = Objects.requireNonNull(sorted.get(i).getValue(), "value");
      int rank =
          i > 0 && value.equals(sorted.get(i - 1).getValue())
              ? ranks.get(sorted.get(i - 1).getKey())
              : i + 1;
      ranks.put(sorted.get(i).getKey(), rank);
    }
    return ranks;
  }

  /**
   * Returns the mean indexes of the scored subjects of a report (insufficient samples are left out,
   * never ranked).
   *
   * @param report the report, not null
   * @return subject to index
   */
  public static Map<SubjectId, Rational> indexes(SurveyReport report) {
    Objects.requireNonNull(report, "report");
    Map<SubjectId, Rational> out = new HashMap<>();
    for (SubjectScore score : report.subjects().values()) {
      if (score instanceof SubjectScore.Scored scored) {
        out.put(scored.subject(), scored.index());
      }
    }
    return out;
  }

  /**
   * Returns the Bayesian (shrunk) indexes of the scored subjects of a report.
   *
   * @param report the report, not null
   * @return subject to shrunk index
   */
  public static Map<SubjectId, Rational> shrunkIndexes(SurveyReport report) {
    Objects.requireNonNull(report, "report");
    Map<SubjectId, Rational> out = new HashMap<>();
    for (SubjectScore score : report.subjects().values()) {
      if (score instanceof SubjectScore.Scored scored) {
        out.put(scored.subject(), scored.shrunkIndex());
      }
    }
    return out;
  }
}
