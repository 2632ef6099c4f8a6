package org.sanshe.core.satisfaction.instrument;

import java.util.Arrays;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * Maps the levels of a scale to whole points from 0 to 100, non-decreasing, for the mean index. The
 * common preset for five levels is 0 / 30 / 60 / 80 / 100 (very dissatisfied to very satisfied).
 * {@code toString} gives {@code FIVE_LEVEL:0/30/60/80/100}, which {@link #parse} reads back.
 * Immutable and thread-safe.
 */
public final class PointsMapping {

  private final Scale scale;
  private final int[] points;

  private PointsMapping(Scale scale, int[] points) {
    this.scale = scale;
    this.points = points;
  }

  /**
   * Returns a mapping.
   *
   * @param scale the scale, not null
   * @param pointsFromLowestLevel the points of each level, lowest level first, each 0 to 100 and
   *     non-decreasing
   * @return the mapping
   * @throws SatisfactionException with {@code SATISFACTION_POINTS_INVALID} if the count differs
   *     from the scale's levels or a value is out of range or decreasing
   */
  public static PointsMapping of(Scale scale, int... pointsFromLowestLevel) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(pointsFromLowestLevel, "pointsFromLowestLevel");
    int[] copy = pointsFromLowestLevel.clone();
    if (copy.length != scale.levels()) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_POINTS_INVALID,
          Wording.of(
              scale + " has " + scale.levels() + " levels, not " + copy.length,
              "量表 " + scale + " 有 " + scale.levels() + " 档，而不是 " + copy.length + " 档"));
    }
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < 0 || copy[i] > 100 || (i > 0 && copy[i] < copy[i - 1])) {
        throw new SatisfactionException(
            SatisfactionError.SATISFACTION_POINTS_INVALID,
            Wording.of("points run from 0 to 100 and never decrease", "分值须在 0 至 100 之间且不递减"));
      }
    }
    return new PointsMapping(scale, copy);
  }

  /**
   * Returns the preset mapping of a scale: 0/30/60/80/100 for five levels, ten points a level for
   * the 1-10 and 0-10 scales, 0/100 for competence votes.
   *
   * @param scale the scale, not null
   * @return the preset
   */
  public static PointsMapping preset(Scale scale) {
    Objects.requireNonNull(scale, "scale");
    return switch (scale) {
      case FIVE_LEVEL -> of(scale, 0, 30, 60, 80, 100);
      case ONE_TO_TEN -> of(scale, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
      case ZERO_TO_TEN -> of(scale, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
      case COMPETENCE -> of(scale, 0, 100);
    };
  }

  /**
   * Parses {@code FIVE_LEVEL:0/30/60/80/100}.
   *
   * @param text the text, not null
   * @return the mapping
   * @throws SatisfactionException with {@code SATISFACTION_POINTS_INVALID} if malformed
   */
  public static PointsMapping parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int colon = s.indexOf(':');
    try {
      Scale scale = Scale.valueOf(s.substring(0, colon));
      int[] points =
          Arrays.stream(s.substring(colon + 1).split("/", -1))
              .mapToInt(Integer::parseInt)
              .toArray();
      return of(scale, points);
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_POINTS_INVALID,
          Wording.of("expected SCALE:p/p/...", "应为 量表:分值/分值/…"));
    }
  }

  /**
   * Returns the scale.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * Returns the points of a level.
   *
   * @param level a level of the scale
   * @return the points, 0 to 100
   * @throws SatisfactionException with {@code SATISFACTION_ANSWER_OUT_OF_SCALE} if off the scale
   */
  public int points(int level) {
    if (!scale.contains(level)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_ANSWER_OUT_OF_SCALE,
          Wording.of("points", "分值"),
          level,
          scale);
    }
    return points[level - scale.min()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PointsMapping m && m.scale == scale && Arrays.equals(m.points, points);
  }

  @Override
  public int hashCode() {
    return scale.hashCode() * 31 + Arrays.hashCode(points);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(scale.name()).append(':');
    for (int i = 0; i < points.length; i++) {
      b.append(i == 0 ? "" : "/").append(points[i]);
    }
    return b.toString();
  }
}
