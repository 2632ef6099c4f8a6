package org.sanshe.core.registry.project;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * At least a share (preset 80%) of a community's service space must serve a set of priority uses
 * (preset elderly, youth, charity and mediation). Areas are whole square metres; the comparison is
 * exact: {@code priority * 100 >= total * minimumPercent}. Share and uses are local configuration;
 * the preset is the local rule quoted in the field reports (80% for elderly, youth, charity and
 * mediation). The rules on office space for social organizations' public-welfare services and the
 * average area per community are {@link OfficeSpaceRules}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceSpacePolicy {

  private final int minimumPercent;
  private final Set<SpaceUse> priorityUses;

  private ServiceSpacePolicy(int minimumPercent, Set<SpaceUse> priorityUses) {
    this.minimumPercent = minimumPercent;
    this.priorityUses = priorityUses;
  }

  /**
   * Returns the preset: 80% for elderly, youth, charity and mediation.
   *
   * @return the policy
   */
  public static ServiceSpacePolicy preset() {
    return new ServiceSpacePolicy(
        80,
        Collections.unmodifiableSet(
            EnumSet.of(SpaceUse.ELDERLY, SpaceUse.YOUTH, SpaceUse.CHARITY, SpaceUse.MEDIATION)));
  }

  /**
   * Creates a policy.
   *
   * @param minimumPercent 0 to 100
   * @param priorityUses the uses that count, not empty
   * @return the policy
   * @throws RegistryException with {@code BUDGET_SETTING_INVALID}
   */
  public static ServiceSpacePolicy of(int minimumPercent, Set<SpaceUse> priorityUses) {
    Objects.requireNonNull(priorityUses, "priorityUses");
    if (minimumPercent < 0 || minimumPercent > 100) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID,
          Wording.of("minimumPercent", "最低比例"),
          minimumPercent);
    }
    if (priorityUses.isEmpty()) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID, Wording.of("priorityUses", "优先用途"), "[]");
    }
    return new ServiceSpacePolicy(
        minimumPercent, Collections.unmodifiableSet(EnumSet.copyOf(priorityUses)));
  }

  /**
   * Decides for a community's space.
   *
   * @param squareMetres area per use, not null, no negative area, total positive
   * @return the decision with the figures
   * @throws RegistryException with {@code BUDGET_FIGURE_INVALID}
   */
  public Decision decide(Map<SpaceUse, Long> squareMetres) {
    Objects.requireNonNull(squareMetres, "squareMetres");
    long total = 0;
    long priority = 0;
    for (Map.Entry<SpaceUse, Long> e : squareMetres.entrySet()) {
      long area = e.getValue();
      if (area < 0) {
        throw new RegistryException(RegistryError.BUDGET_FIGURE_INVALID, e.getKey(), area);
      }
      total = Math.addExact(total, area);
      if (priorityUses.contains(e.getKey())) {
        priority = Math.addExact(priority, area);
      }
    }
    if (total == 0) {
      throw new RegistryException(
          RegistryError.BUDGET_FIGURE_INVALID, Wording.of("total", "总额"), 0);
    }
    boolean met = Math.multiplyExact(priority, 100L) >= Math.multiplyExact(total, minimumPercent);
    long required = Math.floorDiv(Math.multiplyExact(total, (long) minimumPercent) + 99, 100);
    long share = Math.floorDiv(Math.multiplyExact(priority, 10_000L), total);
    return new Decision(met, priority, total, required, share, minimumPercent);
  }

  /**
   * The decision.
   *
   * @param met whether the priority uses reach the share
   * @param prioritySquareMetres the area serving priority uses
   * @param totalSquareMetres the whole service space
   * @param requiredSquareMetres the minimum priority area (rounded up)
   * @param shareBasisPoints the priority share in basis points (rounded down)
   * @param minimumPercent the share applied
   */
  public record Decision(
      boolean met,
      long prioritySquareMetres,
      long totalSquareMetres,
      long requiredSquareMetres,
      long shareBasisPoints,
      int minimumPercent) {}

  @Override
  public String toString() {
    return "ServiceSpacePolicy[" + minimumPercent + "% for " + priorityUses + "]";
  }
}
