package org.sanshe.core.satisfaction.response;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;

/**
 * One respondent's answers to a questionnaire about one subject in one period. The respondent is
 * only a keyed hash ({@link HashedIdentity}), never the raw identity. Answers are checked against
 * the questionnaire when the response is made. Immutable and thread-safe.
 */
public final class Response {

  /** The highest level {@link #restore} accepts: {@value} (above any scale's top level). */
  public static final int MAX_STORED_LEVEL = 1000;

  private final ResponseKey key;
  private final RespondentCategory category;
  private final QuestionnaireId questionnaire;
  private final int[] levels;

  private Response(
      ResponseKey key, RespondentCategory category, QuestionnaireId questionnaire, int[] levels) {
    this.key = key;
    this.category = category;
    this.questionnaire = questionnaire;
    this.levels = levels;
  }

  /**
   * Makes a checked response.
   *
   * @param questionnaire the questionnaire answered, not null
   * @param key respondent, subject and period, not null
   * @param category the respondent's category, not null
   * @param answers the level of each answered item, not null
   * @return the response
   * @throws org.sanshe.core.error.InvalidInputException listing every unknown item, answer off its
   *     scale and unanswered required item
   */
  public static Response of(
      Questionnaire questionnaire,
      ResponseKey key,
      RespondentCategory category,
      Map<ItemId, Integer> answers) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    return new Response(key, category, questionnaire.id(), questionnaire.answers(answers));
  }

  /**
   * Makes a checked response from levels in item order.
   *
   * @param questionnaire the questionnaire answered, not null
   * @param key respondent, subject and period, not null
   * @param category the respondent's category, not null
   * @param levels one level per item, {@link Questionnaire#MISSING} where unanswered; copied
   * @return the response
   * @throws org.sanshe.core.error.InvalidInputException listing every problem
   */
  public static Response ofLevels(
      Questionnaire questionnaire, ResponseKey key, RespondentCategory category, int... levels) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    int[] copy = Objects.requireNonNull(levels, "levels").clone();
    questionnaire.check(copy).throwIfErrors();
    return new Response(key, category, questionnaire.id(), copy);
  }

  /**
   * Rebuilds a response that was checked when it was made, for stores that read it back without its
   * questionnaire: only the shape of the levels is checked here.
   *
   * @param key respondent, subject and period, not null
   * @param category the respondent's category, not null
   * @param questionnaire the questionnaire answered, not null
   * @param levels one level per item, each {@link Questionnaire#MISSING} or from 0 to {@value
   *     #MAX_STORED_LEVEL}, at least one; copied
   * @return the response
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for no levels or
   *     a level out of that range
   */
  public static Response restore(
      ResponseKey key, RespondentCategory category, QuestionnaireId questionnaire, int[] levels) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(questionnaire, "questionnaire");
    int[] copy = Objects.requireNonNull(levels, "levels").clone();
    if (copy.length == 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE, "levels", "at least one");
    }
    for (int level : copy) {
      if (level != Questionnaire.MISSING && (level < 0 || level > MAX_STORED_LEVEL)) {
        throw new SatisfactionException(
            SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
            "levels",
            "[0.." + MAX_STORED_LEVEL + "] or " + Questionnaire.MISSING);
      }
    }
    return new Response(key, category, questionnaire, copy);
  }

  /**
   * Returns what makes this response unique.
   *
   * @return the key
   */
  public ResponseKey key() {
    return key;
  }

  /**
   * Returns the keyed hash of the respondent.
   *
   * @return the respondent
   */
  public HashedIdentity respondent() {
    return key.respondent();
  }

  /**
   * Returns the subject.
   *
   * @return the subject
   */
  public SubjectId subject() {
    return key.subject();
  }

  /**
   * Returns the period.
   *
   * @return the period
   */
  public Period period() {
    return key.period();
  }

  /**
   * Returns the respondent's category.
   *
   * @return the category
   */
  public RespondentCategory category() {
    return category;
  }

  /**
   * Returns the questionnaire answered.
   *
   * @return its id
   */
  public QuestionnaireId questionnaire() {
    return questionnaire;
  }

  /**
   * Returns the levels in item order, {@link Questionnaire#MISSING} where unanswered.
   *
   * @return a copy
   */
  public int[] levels() {
    return levels.clone();
  }

  /**
   * Returns one item's level.
   *
   * @param position the item's 0-based position
   * @return the level, or {@link Questionnaire#MISSING}
   */
  public int level(int position) {
    return levels[position];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Response r
        && r.key.equals(key)
        && r.category == category
        && r.questionnaire.equals(questionnaire)
        && Arrays.equals(r.levels, levels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, category, questionnaire, Arrays.hashCode(levels));
  }

  @Override
  public String toString() {
    return "Response["
        + key.subject()
        + ", "
        + key.period()
        + ", "
        + category
        + ", "
        + questionnaire
        + ", "
        + Arrays.toString(levels)
        + "]";
  }
}
