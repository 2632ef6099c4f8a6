package org.sanshe.core.satisfaction.instrument;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * An indicator system: a weighted tree whose children's weights sum to exactly 1 at every inner
 * node (checked in basis points, no floating point). The composite score is the weighted sum of the
 * leaves' scores, computed exactly. Immutable and thread-safe.
 */
public final class IndicatorTree {

  private final Indicator root;
  private final Map<ItemId, Fraction> leafWeights;

  private IndicatorTree(Indicator root, Map<ItemId, Fraction> leafWeights) {
    this.root = root;
    this.leafWeights = leafWeights;
  }

  /**
   * Checks and returns a tree.
   *
   * @param root the root, weight 1, not null
   * @return the tree
   * @throws SatisfactionException with {@code SATISFACTION_WEIGHTS_NOT_ONE} naming the first node
   *     whose children do not sum to 1 (or the root if its weight is not 1), or {@code
   *     SATISFACTION_ITEM_DUPLICATE} if a code repeats
   */
  public static IndicatorTree of(Indicator root) {
    Objects.requireNonNull(root, "root");
    if (root.weight().basisPoints() != Weight.ONE_IN_BASIS_POINTS) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_WEIGHTS_NOT_ONE, root.code(), root.weight());
    }
    Map<ItemId, Fraction> leaves = new LinkedHashMap<>();
    walk(root, Fraction.ONE, new HashSet<>(), leaves);
    return new IndicatorTree(root, java.util.Collections.unmodifiableMap(leaves));
  }

  private static void walk(
      Indicator node, Fraction weight, Set<ItemId> seen, Map<ItemId, Fraction> leaves) {
    if (!seen.add(node.code())) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_ITEM_DUPLICATE, node.code());
    }
    if (node.isLeaf()) {
      leaves.put(node.code(), weight);
      return;
    }
    long sum = 0;
    for (Indicator child : node.children()) {
      sum += child.weight().basisPoints();
    }
    if (sum != Weight.ONE_IN_BASIS_POINTS) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_WEIGHTS_NOT_ONE,
          node.code(),
          BigDecimal.valueOf(sum, 4).stripTrailingZeros().toPlainString());
    }
    for (Indicator child : node.children()) {
      walk(child, weight.times(child.weight().toRational()), seen, leaves);
    }
  }

  /**
   * Returns the local preset for a community worker's score: street 30%, peers 10%, residents 60%.
   * The street's and peers' leaves are {@link IndicatorKind#APPRAISAL}s, the residents' leaf is
   * {@link IndicatorKind#RESIDENT_SATISFACTION}.
   *
   * @return the tree with leaves {@code street}, {@code peers}, {@code residents}
   */
  public static IndicatorTree communityWorker() {
    return of(
        Indicator.node(
            "community-worker",
            "1",
            Indicator.leaf("street", "0.3", IndicatorKind.APPRAISAL),
            Indicator.leaf("peers", "0.1", IndicatorKind.APPRAISAL),
            Indicator.leaf("residents", "0.6", IndicatorKind.RESIDENT_SATISFACTION)));
  }

  /**
   * Returns the share of the composite carried by leaves of a kind: the sum of their effective
   * weights (a leaf counts when it or an inner node above it is of the kind).
   *
   * @param kind the kind, not null
   * @return the exact share, from 0 to 1
   */
  public Fraction weightOf(IndicatorKind kind) {
    Objects.requireNonNull(kind, "kind");
    return weightOf(root, Fraction.ONE, kind, false);
  }

  private static Fraction weightOf(
      Indicator node, Fraction weight, IndicatorKind kind, boolean inside) {
    boolean counts = inside || node.kind() == kind;
    if (node.isLeaf()) {
      return counts ? weight : Fraction.ZERO;
    }
    Fraction sum = Fraction.ZERO;
    for (Indicator child : node.children()) {
      sum = sum.plus(weightOf(child, weight.times(child.weight().toRational()), kind, counts));
    }
    return sum;
  }

  /**
   * Returns the root.
   *
   * @return the root
   */
  public Indicator root() {
    return root;
  }

  /**
   * Returns each leaf's effective weight: the product of the weights on its path.
   *
   * @return an unmodifiable map in tree order; the values sum to 1
   */
  public Map<ItemId, Fraction> leafWeights() {
    return leafWeights;
  }

  /**
   * Returns the composite score: the sum of each leaf's score times its effective weight.
   *
   * @param leafScores a score for every leaf, not null
   * @return the exact composite
   * @throws org.sanshe.core.error.InvalidInputException listing every {@code
   *     SATISFACTION_INDICATOR_SCORE_MISSING} and {@code SATISFACTION_ITEM_UNKNOWN}
   */
  public Fraction evaluate(Map<ItemId, Fraction> leafScores) {
    Objects.requireNonNull(leafScores, "leafScores");
    org.sanshe.core.error.Problems.Builder problems = org.sanshe.core.error.Problems.builder();
    for (ItemId leaf : leafWeights.keySet()) {
      if (leafScores.get(leaf) == null) {
        problems.add(
            leaf.code(),
            new SatisfactionException(
                SatisfactionError.SATISFACTION_INDICATOR_SCORE_MISSING, leaf));
      }
    }
    for (ItemId key : leafScores.keySet()) {
      if (!leafWeights.containsKey(key)) {
        problems.add(
            String.valueOf(key),
            new SatisfactionException(SatisfactionError.SATISFACTION_ITEM_UNKNOWN, key));
      }
    }
    problems.build().throwIfErrors();
    Fraction total = Fraction.ZERO;
    for (Map.Entry<ItemId, Fraction> e : leafWeights.entrySet()) {
      total = total.plus(e.getValue().times(leafScores.get(e.getKey())));
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorTree t && t.root.equals(root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorTree[" + root.code() + ", leaves " + leafWeights + "]";
  }
}
