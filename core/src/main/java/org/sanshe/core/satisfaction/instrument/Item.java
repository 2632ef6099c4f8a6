package org.sanshe.core.satisfaction.instrument;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * One question of a questionnaire: its scale, the points of its levels, its weight in the index,
 * whether it is reverse-scored (a high answer means dissatisfied, so levels are mirrored before
 * scoring) and whether it may be left unanswered. Immutable and thread-safe; all components are
 * non-null.
 *
 * @param id the item's code
 * @param scale the answer scale
 * @param points the points of each level, on the same scale
 * @param weight the weight in the questionnaire's index
 * @param reversed true when answers are mirrored before scoring
 * @param optional true when the item may be left unanswered
 */
public record Item(
    ItemId id,
    Scale scale,
    PointsMapping points,
    Weight weight,
    boolean reversed,
    boolean optional) {

  /**
   * Checks the components.
   *
   * @throws SatisfactionException with {@code SATISFACTION_POINTS_INVALID} if the points are for
   *     another scale
   */
  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(weight, "weight");
    if (points.scale() != scale) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_POINTS_INVALID,
          Wording.of("the points are for another scale than the item's", "分值映射所针对的量表与题目的量表不同"));
    }
  }

  /**
   * Returns a required, not reversed item with the preset points and weight 1.
   *
   * @param code the item's code, not null
   * @param scale the scale, not null
   * @return the item
   */
  public static Item of(String code, Scale scale) {
    return new Item(ItemId.of(code), scale, PointsMapping.preset(scale), Weight.ONE, false, false);
  }

  /**
   * Returns this item with another weight.
   *
   * @param newWeight the weight, not null
   * @return the copy
   */
  public Item weighted(Weight newWeight) {
    return new Item(id, scale, points, newWeight, reversed, optional);
  }

  /**
   * Returns this item with another weight, given as text such as {@code 0.25} or {@code 25%}.
   *
   * @param newWeight the weight, not null
   * @return the copy
   */
  public Item weighted(String newWeight) {
    return weighted(Weight.parse(newWeight));
  }

  /**
   * Returns this item reverse-scored.
   *
   * @return the copy
   */
  public Item reverseScored() {
    return new Item(id, scale, points, weight, true, optional);
  }

  /**
   * Returns this item as optional.
   *
   * @return the copy
   */
  public Item optionalItem() {
    return new Item(id, scale, points, weight, reversed, true);
  }

  /**
   * Returns this item with other points.
   *
   * @param newPoints the points, for this item's scale, not null
   * @return the copy
   */
  public Item withPoints(PointsMapping newPoints) {
    return new Item(id, scale, newPoints, weight, reversed, optional);
  }

  /**
   * Returns the level that counts for scoring: the answer, mirrored when reverse-scored.
   *
   * @param answer a level of the scale
   * @return the scored level
   */
  public int scoredLevel(int answer) {
    return reversed ? scale.reverse(answer) : answer;
  }
}
