package org.sanshe.core.satisfaction.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * The score of one subject: {@link Scored}, or {@link Insufficient} when the sample fails the
 * minimum-sample rule, which carries the reasons and no number at all. Immutable and thread-safe.
 */
public sealed interface SubjectScore {

  /**
   * Returns the subject.
   *
   * @return the subject
   */
  SubjectId subject();

  /**
   * Returns the number of respondents.
   *
   * @return the count
   */
  long respondents();

  /**
   * Returns the number of respondents per category.
   *
   * @return an unmodifiable map with every category
   */
  Map<RespondentCategory, Long> categories();

  /**
   * A scored subject.
   *
   * @param subject the subject
   * @param respondents the number of respondents
   * @param categories respondents per category
   * @param index the exact mean index, 0 to 100: the mean of the respondents' scores (weighted mean
   *     points of the answered items, each rounded to 0.001)
   * @param interval the t-based confidence interval of the index, empty below two scores
   * @param shrunkIndex the Bayesian average (n x + m C) / (n + m) toward the prior mean C
   * @param satisfaction the share of satisfied answers over all items' valid answers (answers
   *     pooled as if independent) with its Wilson interval
   * @param items the scores of each item, in questionnaire order
   */
  record Scored(
      SubjectId subject,
      long respondents,
      Map<RespondentCategory, Long> categories,
      Fraction index,
      Optional<ConfidenceInterval> interval,
      Fraction shrunkIndex,
      Optional<Proportion> satisfaction,
      List<ItemScore> items)
      implements SubjectScore {

    /** Checks and copies the components. */
    public Scored {
      Objects.requireNonNull(subject, "subject");
      categories = inCategoryOrder(categories);
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(shrunkIndex, "shrunkIndex");
      Objects.requireNonNull(satisfaction, "satisfaction");
      items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * Returns the mean index as a double, for display.
     *
     * @return the index, 0 to 100
     */
    public double indexValue() {
      return index.doubleValue();
    }
  }

  /**
   * A subject whose sample fails the minimum-sample rule: no index is given.
   *
   * @param subject the subject
   * @param respondents the number of respondents
   * @param categories respondents per category
   * @param shortfalls why the sample is insufficient, at least one
   */
  record Insufficient(
      SubjectId subject,
      long respondents,
      Map<RespondentCategory, Long> categories,
      List<Shortfall> shortfalls)
      implements SubjectScore {

    /** Checks and copies the components. */
    public Insufficient {
      Objects.requireNonNull(subject, "subject");
      categories = inCategoryOrder(categories);
      shortfalls = List.copyOf(Objects.requireNonNull(shortfalls, "shortfalls"));
    }
  }

  /**
   * Copies counts per category into the categories' declared order, so that they are listed (and
   * written) the same way every time.
   *
   * @param categories the counts, not null, no null key or count
   * @return an unmodifiable copy in category order
   */
  private static Map<RespondentCategory, Long> inCategoryOrder(
      Map<RespondentCategory, Long> categories) {
    Objects.requireNonNull(categories, "categories");
    Map<RespondentCategory, Long> copy = new EnumMap<>(RespondentCategory.class);
    for (Map.Entry<RespondentCategory, Long> e : categories.entrySet()) {
      copy.put(
          Objects.requireNonNull(e.getKey(), "category"),
          Objects.requireNonNull(e.getValue(), "count"));
    }
    return Collections.unmodifiableMap(copy);
  }
}
