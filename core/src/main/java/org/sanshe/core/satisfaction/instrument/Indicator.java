package org.sanshe.core.satisfaction.instrument;

import java.util.List;
import java.util.Objects;

/**
 * A node of an indicator tree: a code, its weight among its siblings and its children (none for a
 * leaf, whose score is supplied). Immutable and thread-safe; all components are non-null.
 *
 * @param code the node's code
 * @param weight the weight among its siblings (1 for the root)
 * @param children the sub-indicators, empty for a leaf
 */
public record Indicator(ItemId code, Weight weight, List<Indicator> children) {

  /** Checks the components and copies the children. */
  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(weight, "weight");
    children = List.copyOf(Objects.requireNonNull(children, "children"));
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
