package org.sanshe.core.registry.access;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.satisfaction.instrument.Indicator;
import org.sanshe.core.satisfaction.instrument.IndicatorKind;
import org.sanshe.core.satisfaction.instrument.IndicatorTree;

/**
 * The indicator kinds that may not be used to assess a community, and the check that refuses an
 * indicator tree using one. The {@linkplain #jiangsu() preset} is Jiangsu's community work access
 * programme, which forbids ledgers, plaques, nameplates, bodies and venues as assessment
 * indicators; a preset's bans are a mandate, so an override may ban more kinds but lift none.
 * Immutable and thread-safe.
 */
public final class AssessmentIndicatorRules {

  private static final Set<IndicatorKind> JIANGSU =
      Collections.unmodifiableSet(
          EnumSet.of(
              IndicatorKind.LEDGER,
              IndicatorKind.PLAQUE,
              IndicatorKind.NAMEPLATE,
              IndicatorKind.BODY,
              IndicatorKind.VENUE));

  private final Set<IndicatorKind> banned;
  private final boolean preset;

  private AssessmentIndicatorRules(Set<IndicatorKind> banned, boolean preset) {
    this.banned = banned;
    this.preset = preset;
  }

  /**
   * Returns the preset of Jiangsu's community work access programme: ledgers, plaques, nameplates,
   * bodies and venues are banned.
   *
   * @return the rules
   */
  public static AssessmentIndicatorRules jiangsu() {
    return new AssessmentIndicatorRules(JIANGSU, true);
  }

  /**
   * Returns local rules with no source: exactly the kinds given are banned.
   *
   * @param banned the banned kinds, not null, may be empty
   * @return the rules
   */
  public static AssessmentIndicatorRules banning(Set<IndicatorKind> banned) {
    Objects.requireNonNull(banned, "banned");
    return new AssessmentIndicatorRules(
        Collections.unmodifiableSet(
            banned.isEmpty() ? EnumSet.noneOf(IndicatorKind.class) : EnumSet.copyOf(banned)),
        false);
  }

  /**
   * Overrides the banned kinds. Rules from a preset may ban more kinds, never fewer: lifting a
   * mandated ban contradicts the preset.
   *
   * @param newBanned the banned kinds, not null
   * @return the rules (still a preset when this one is)
   * @throws RegistryException with {@code REGISTRY_PRESET_OVERRIDE_CONTRADICTS} naming the first
   *     lifted kind
   */
  public AssessmentIndicatorRules withBanned(Set<IndicatorKind> newBanned) {
    Objects.requireNonNull(newBanned, "newBanned");
    if (preset) {
      for (IndicatorKind k : banned) {
        if (!newBanned.contains(k)) {
          throw new RegistryException(
              RegistryError.REGISTRY_PRESET_OVERRIDE_CONTRADICTS,
              org.sanshe.core.error.Wording.of("banned indicator kinds", "禁用指标类型"),
              k);
        }
      }
    }
    EnumSet<IndicatorKind> copy = EnumSet.noneOf(IndicatorKind.class);
    copy.addAll(newBanned);
    return new AssessmentIndicatorRules(Collections.unmodifiableSet(copy), preset);
  }

  /**
   * Checks a tree: no node, inner or leaf, may be of a banned kind.
   *
   * @param tree the tree, not null
   * @return the same tree
   * @throws RegistryException with {@code ACCESS_INDICATOR_BANNED} naming the first banned node in
   *     depth-first order and its kind
   */
  public IndicatorTree check(IndicatorTree tree) {
    Objects.requireNonNull(tree, "tree");
    Deque<Indicator> todo = new ArrayDeque<>();
    todo.push(tree.root());
    while (!todo.isEmpty()) {
      Indicator node = todo.pop();
      if (banned.contains(node.kind())) {
        throw new RegistryException(
            RegistryError.ACCESS_INDICATOR_BANNED, node.code(), node.kind());
      }
      for (int i = node.children().size() - 1; i >= 0; i--) {
        todo.push(node.children().get(i));
      }
    }
    return tree;
  }

  /**
   * Returns the banned kinds.
   *
   * @return an unmodifiable set
   */
  public Set<IndicatorKind> banned() {
    return banned;
  }

  /**
   * Tells whether these rules come from a preset.
   *
   * @return true for a preset and its overrides
   */
  public boolean isPreset() {
    return preset;
  }

  @Override
  public String toString() {
    return "AssessmentIndicatorRules[" + (preset ? "Jiangsu preset, " : "local, ") + banned + "]";
  }
}
