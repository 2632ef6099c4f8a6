package org.sanshe.core.satisfaction.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * A questionnaire: an ordered list of items whose weights sum to exactly 1. Answers are held as an
 * {@code int[]} in item order, with {@link #MISSING} for an unanswered optional item; {@link
 * #answers(Map)} builds and checks one. Immutable and thread-safe.
 */
public final class Questionnaire {

  /** The level stored for an unanswered item. No scale has negative levels. */
  public static final int MISSING = -1;

  private final QuestionnaireId id;
  private final List<Item> items;
  private final Map<ItemId, Integer> index;

  private Questionnaire(QuestionnaireId id, List<Item> items, Map<ItemId, Integer> index) {
    this.id = id;
    this.items = items;
    this.index = index;
  }

  /**
   * Returns a questionnaire.
   *
   * @param id the id, not null
   * @param items the items in order, not null, at least one, distinct codes, weights summing to 1
   * @return the questionnaire
   * @throws SatisfactionException with {@code SATISFACTION_QUESTIONNAIRE_EMPTY}, {@code
   *     SATISFACTION_ITEM_DUPLICATE} or {@code SATISFACTION_WEIGHTS_NOT_ONE}
   */
  public static Questionnaire of(QuestionnaireId id, List<Item> items) {
    Objects.requireNonNull(id, "id");
    List<Item> copy = List.copyOf(Objects.requireNonNull(items, "items"));
    if (copy.isEmpty()) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_QUESTIONNAIRE_EMPTY, id);
    }
    Map<ItemId, Integer> index = new HashMap<>();
    long sum = 0;
    for (int i = 0; i < copy.size(); i++) {
      Item item = copy.get(i);
      if (index.putIfAbsent(item.id(), i) != null) {
        throw new SatisfactionException(SatisfactionError.SATISFACTION_ITEM_DUPLICATE, item.id());
      }
      sum += item.weight().basisPoints();
    }
    if (sum != Weight.ONE_IN_BASIS_POINTS) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_WEIGHTS_NOT_ONE,
          id,
          java.math.BigDecimal.valueOf(sum, 4).stripTrailingZeros().toPlainString());
    }
    return new Questionnaire(id, copy, Map.copyOf(index));
  }

  /**
   * Returns a questionnaire whose items share the weight equally. When 10,000 basis points do not
   * divide evenly, the first items get one basis point more (three items: 0.3334, 0.3333, 0.3333).
   *
   * @param id the id, not null
   * @param items the items in order; their own weights are replaced
   * @return the questionnaire
   * @throws SatisfactionException as {@link #of}
   */
  public static Questionnaire equallyWeighted(QuestionnaireId id, List<Item> items) {
    Objects.requireNonNull(items, "items");
    if (items.isEmpty()) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_QUESTIONNAIRE_EMPTY, id);
    }
    int n = items.size();
    int share = Weight.ONE_IN_BASIS_POINTS / n;
    int extra = Weight.ONE_IN_BASIS_POINTS % n;
    List<Item> weighted = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      weighted.add(items.get(i).weighted(Weight.ofBasisPoints(share + (i < extra ? 1 : 0))));
    }
    return of(id, weighted);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public QuestionnaireId id() {
    return id;
  }

  /**
   * Returns the items in order.
   *
   * @return an unmodifiable list
   */
  public List<Item> items() {
    return items;
  }

  /**
   * Returns the number of items.
   *
   * @return at least 1
   */
  public int size() {
    return items.size();
  }

  /**
   * Returns an item by position.
   *
   * @param position 0-based
   * @return the item
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public Item item(int position) {
    return items.get(position);
  }

  /**
   * Returns the position of an item.
   *
   * @param item the item's code, not null
   * @return the 0-based position
   * @throws SatisfactionException with {@code SATISFACTION_ITEM_UNKNOWN} if absent
   */
  public int positionOf(ItemId item) {
    Integer position = index.get(Objects.requireNonNull(item, "item"));
    if (position == null) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_ITEM_UNKNOWN, item);
    }
    return position;
  }

  /**
   * Builds and checks the answers of one respondent.
   *
   * @param answers the level of each answered item, not null
   * @return the levels in item order, {@link #MISSING} where unanswered
   * @throws org.sanshe.core.error.InvalidInputException listing every problem: {@code
   *     SATISFACTION_ITEM_UNKNOWN}, {@code SATISFACTION_ANSWER_OUT_OF_SCALE}, {@code
   *     SATISFACTION_ANSWER_REQUIRED}
   */
  public int[] answers(Map<ItemId, Integer> answers) {
    Objects.requireNonNull(answers, "answers");
    int[] levels = new int[items.size()];
    Arrays.fill(levels, MISSING);
    Problems.Builder problems = Problems.builder();
    answers.forEach(
        (item, level) -> {
          Integer position = index.get(item);
          if (position == null) {
            problems.add(
                String.valueOf(item),
                new SatisfactionException(SatisfactionError.SATISFACTION_ITEM_UNKNOWN, item));
          } else {
            levels[position] = Objects.requireNonNull(level, "level");
          }
        });
    check(levels, problems);
    problems.build().throwIfErrors();
    return levels;
  }

  /**
   * Builds and checks the answers of one respondent from numbers, as imported from a spreadsheet or
   * JSON: NaN, infinity and fractions are refused.
   *
   * @param answers the number given for each answered item, not null
   * @return the levels in item order, {@link #MISSING} where unanswered
   * @throws org.sanshe.core.error.InvalidInputException listing every problem, with the codes of
   *     {@link #answers(Map)} and of {@link Scale#level(ItemId, double)}
   */
  public int[] answersFromNumbers(Map<ItemId, Double> answers) {
    Objects.requireNonNull(answers, "answers");
    Map<ItemId, Integer> levels = new HashMap<>();
    Problems.Builder problems = Problems.builder();
    answers.forEach(
        (item, value) -> {
          Integer position = index.get(item);
          if (position == null) {
            problems.add(
                String.valueOf(item),
                new SatisfactionException(SatisfactionError.SATISFACTION_ITEM_UNKNOWN, item));
            return;
          }
          try {
            levels.put(item, items.get(position).scale().level(item, value));
          } catch (SatisfactionException e) {
            problems.add(item.code(), e);
          }
        });
    problems.build().throwIfErrors();
    return answers(levels);
  }

  /**
   * Checks answers already in item order.
   *
   * @param levels one level per item, {@link #MISSING} where unanswered, not null
   * @return the problems found, empty when the answers are valid
   */
  public Problems check(int[] levels) {
    Objects.requireNonNull(levels, "levels");
    Problems.Builder problems = Problems.builder();
    if (levels.length != items.size()) {
      problems.add(
          new Problem(
              "",
              Problem.Severity.ERROR,
              SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
              List.of("answers", items.size() + " levels, one per item")));
      return problems.build();
    }
    check(levels, problems);
    return problems.build();
  }

  private void check(int[] levels, Problems.Builder problems) {
    for (int i = 0; i < levels.length; i++) {
      Item item = items.get(i);
      if (levels[i] == MISSING) {
        if (!item.optional()) {
          problems.add(
              item.id().code(),
              new SatisfactionException(SatisfactionError.SATISFACTION_ANSWER_REQUIRED, item.id()));
        }
      } else if (!item.scale().contains(levels[i])) {
        problems.add(
            item.id().code(),
            new SatisfactionException(
                SatisfactionError.SATISFACTION_ANSWER_OUT_OF_SCALE,
                item.id(),
                levels[i],
                "[" + item.scale().min() + ".." + item.scale().max() + "]"));
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Questionnaire q && q.id.equals(id) && q.items.equals(items);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + items.hashCode();
  }

  @Override
  public String toString() {
    return "Questionnaire[" + id + ", " + items.size() + " items]";
  }
}
