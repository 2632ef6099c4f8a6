package org.sanshe.core.satisfaction.score;

import java.util.Arrays;
import java.util.Objects;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * A snapshot of one subject's whole-number counts in a {@link SatisfactionTally}: respondents,
 * categories, scores in milli-points and per-item level counts. Two snapshots are equal when every
 * count is equal. Immutable and thread-safe.
 */
public final class SubjectCounts {

  private final SubjectId subject;
  private final Questionnaire questionnaire;
  private final long[] row;

  SubjectCounts(SubjectId subject, Questionnaire questionnaire, long[] row) {
    this.subject = subject;
    this.questionnaire = questionnaire;
    this.row = row;
  }

  /**
   * Returns the subject.
   *
   * @return the subject
   */
  public SubjectId subject() {
    return subject;
  }

  /**
   * Returns the questionnaire.
   *
   * @return the questionnaire
   */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * Returns the number of respondents.
   *
   * @return the count
   */
  public long respondents() {
    return row[SatisfactionTally.RESPONDENTS];
  }

  /**
   * Returns the number of respondents of a category.
   *
   * @param category the category, not null
   * @return the count
   */
  public long respondents(RespondentCategory category) {
    return row[SatisfactionTally.CATEGORIES + Objects.requireNonNull(category, "category").code()];
  }

  /**
   * Returns how many responses had a score (answered at least one item of positive weight).
   *
   * @return the count
   */
  public long scored() {
    return row[SatisfactionTally.SCORED];
  }

  /**
   * Returns the sum of the respondents' scores in milli-points (1/1000 of a point).
   *
   * @return the sum
   */
  public long scoreSum() {
    return row[SatisfactionTally.SCORE_SUM];
  }

  /**
   * Returns the sum of the squares of the respondents' scores in milli-points.
   *
   * @return the sum of squares
   */
  public long scoreSquares() {
    return row[SatisfactionTally.SCORE_SQUARES];
  }

  /**
   * Returns how many answers to an item scored a level (after reverse scoring).
   *
   * @param position the item's 0-based position
   * @param level a level of the item's scale
   * @return the count, 0 for a level off the scale
   */
  public long levelCount(int position, int level) {
    Item item = questionnaire.item(position);
    if (!item.scale().contains(level)) {
      return 0;
    }
    return row[offset(position) + level - item.scale().min()];
  }

  /**
   * Returns how many respondents answered an item.
   *
   * @param position the item's 0-based position
   * @return the count
   */
  public long answered(int position) {
    Item item = questionnaire.item(position);
    long n = 0;
    for (int x = 0; x < item.scale().levels(); x++) {
      n += row[offset(position) + x];
    }
    return n;
  }

  /**
   * Returns how many respondents left an item unanswered.
   *
   * @param position the item's 0-based position
   * @return the count
   */
  public long unanswered(int position) {
    return row[offset(position) + questionnaire.item(position).scale().levels()];
  }

  private int offset(int position) {
    int offset = SatisfactionTally.HISTOGRAM;
    for (int i = 0; i < position; i++) {
      offset += questionnaire.item(i).scale().levels() + 1;
    }
    return offset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectCounts c
        && c.subject.equals(subject)
        && c.questionnaire.equals(questionnaire)
        && Arrays.equals(c.row, row);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, questionnaire.id(), Arrays.hashCode(row));
  }

  @Override
  public String toString() {
    return "SubjectCounts[" + subject + ", " + Arrays.toString(row) + "]";
  }
}
