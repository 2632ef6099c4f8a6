package org.sanshe.core.satisfaction.instrument;

import java.util.List;
import java.util.Objects;

/**
 * A node of an indicator tree: a code, its weight among its siblings, its children (none for a
 * leaf, whose score is supplied) and what it measures. Immutable and thread-safe; all components
 * are non-null.
 *
 * @param code the node's code
 * @param weight the weight among its siblings (1 for the root)
 * @param children the sub-indicators, empty for a leaf
 * @param kind what the indicator measures ({@link IndicatorKind#UNCLASSIFIED} when not stated)
 */
public record Indicator(ItemId code, Weight weight, List<Indicator> children, IndicatorKind kind) {

  /** Checks the components and copies the children. */
  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(weight, "weight");
    children = List.copyOf(Objects.requireNonNull(children, "children"));
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Creates an unclassified node.
   *
   * @param code the node's code, not null
   * @param weight the weight among its siblings, not null
   * @param children the sub-indicators, not null
   */
  public Indicator(ItemId code, Weight weight, List<Indicator> children) {
    this(code, weight, children, IndicatorKind.UNCLASSIFIED);
  }

  /**
   * Returns a leaf.
   *
   * @param code the code, not null
   * @param weight the weight as text ({@code 0.3} or {@code 30%}), not null
   * @return the leaf
   */
  public static Indicator leaf(String code, String weight) {
    return new Indicator(ItemId.of(code), Weight.parse(weight), List.of());
  }

  /**
   * Returns a leaf of a kind.
   *
   * @param code the code, not null
   * @param weight the weight as text, not null
   * @param kind what it measures, not null
   * @return the leaf
   */
  public static Indicator leaf(String code, String weight, IndicatorKind kind) {
    return new Indicator(ItemId.of(code), Weight.parse(weight), List.of(), kind);
  }

  /**
   * Returns this node with another kind.
   *
   * @param newKind the kind, not null
   * @return the node
   */
  public Indicator withKind(IndicatorKind newKind) {
    return new Indicator(code, weight, children, newKind);
  }

  /**
   * Returns an inner node.
   *
   * @param code the code, not null
   * @param weight the weight as text, not null
   * @param children the children, not null
   * @return the node
   */
  public static Indicator node(String code, String weight, Indicator... children) {
    return new Indicator(ItemId.of(code), Weight.parse(weight), List.of(children));
  }

  /**
   * Tells whether this node is a leaf.
   *
   * @return true without children
   */
  public boolean isLeaf() {
    return children.isEmpty();
  }
}
