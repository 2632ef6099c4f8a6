package org.sanshe.core.registry.organization;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The explicit table of allowed lifecycle moves:
 *
 * <ul>
 *   <li>incubating to filed, registered or deregistered (incubation given up);
 *   <li>filed to registered (upgrade), active or deregistered;
 *   <li>registered to active or deregistered;
 *   <li>active to suspended, deregistered or revoked;
 *   <li>suspended to active (reinstated), deregistered or revoked;
 *   <li>deregistered and revoked are final.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class OrganizationLifecycle {

  private static final Map<OrganizationStatus, Set<OrganizationStatus>> ALLOWED =
      new EnumMap<>(OrganizationStatus.class);

  static {
    ALLOWED.put(
        OrganizationStatus.INCUBATING,
        EnumSet.of(
            OrganizationStatus.FILED,
            OrganizationStatus.REGISTERED,
            OrganizationStatus.DEREGISTERED));
    ALLOWED.put(
        OrganizationStatus.FILED,
        EnumSet.of(
            OrganizationStatus.REGISTERED,
            OrganizationStatus.ACTIVE,
            OrganizationStatus.DEREGISTERED));
    ALLOWED.put(
        OrganizationStatus.REGISTERED,
        EnumSet.of(OrganizationStatus.ACTIVE, OrganizationStatus.DEREGISTERED));
    ALLOWED.put(
        OrganizationStatus.ACTIVE,
        EnumSet.of(
            OrganizationStatus.SUSPENDED,
            OrganizationStatus.DEREGISTERED,
            OrganizationStatus.REVOKED));
    ALLOWED.put(
        OrganizationStatus.SUSPENDED,
        EnumSet.of(
            OrganizationStatus.ACTIVE,
            OrganizationStatus.DEREGISTERED,
            OrganizationStatus.REVOKED));
    ALLOWED.put(OrganizationStatus.DEREGISTERED, EnumSet.noneOf(OrganizationStatus.class));
    ALLOWED.put(OrganizationStatus.REVOKED, EnumSet.noneOf(OrganizationStatus.class));
  }

  private OrganizationLifecycle() {}

  /**
   * Tells whether a move is allowed.
   *
   * @param from the current status, not null
   * @param to the wanted status, not null
   * @return true if the table allows it
   */
  public static boolean allows(OrganizationStatus from, OrganizationStatus to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return ALLOWED.get(from).contains(to);
  }

  /**
   * Returns the statuses reachable in one move.
   *
   * @param from the current status, not null
   * @return an unmodifiable set, empty for final statuses
   */
  public static Set<OrganizationStatus> next(OrganizationStatus from) {
    Objects.requireNonNull(from, "from");
    return java.util.Collections.unmodifiableSet(ALLOWED.get(from));
  }
}
