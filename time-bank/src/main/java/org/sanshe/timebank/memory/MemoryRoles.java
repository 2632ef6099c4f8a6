package org.sanshe.timebank.memory;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;

/** An in-memory {@link Roles} for tests and small deployments. Thread-safe. */
public final class MemoryRoles implements Roles {

  private final Set<String> coordinators = ConcurrentHashMap.newKeySet();
  private final Set<String> guardians = ConcurrentHashMap.newKeySet();
  private final Set<PartyId> operators = ConcurrentHashMap.newKeySet();

  /** Creates an empty role register. */
  public MemoryRoles() {}

  /**
   * Makes a party a coordinator of an organization.
   *
   * @param party the party, not null
   * @param organization the organization, not null
   * @return this
   */
  public MemoryRoles coordinator(PartyId party, PartyId organization) {
    coordinators.add(key(party, organization));
    return this;
  }

  /**
   * Makes a party the guardian of another.
   *
   * @param party the guardian, not null
   * @param ward the ward, not null
   * @return this
   */
  public MemoryRoles guardian(PartyId party, PartyId ward) {
    guardians.add(key(party, ward));
    return this;
  }

  /**
   * Makes a party an operator.
   *
   * @param party the party, not null
   * @return this
   */
  public MemoryRoles operator(PartyId party) {
    operators.add(Objects.requireNonNull(party, "party"));
    return this;
  }

  private static String key(PartyId a, PartyId b) {
    return Objects.requireNonNull(a, "party").value() + " " + Objects.requireNonNull(b).value();
  }

  @Override
  public boolean isCoordinator(PartyId party, PartyId organization) {
    return coordinators.contains(key(party, organization));
  }

  @Override
  public boolean isGuardian(PartyId party, PartyId ward) {
    return guardians.contains(key(party, ward));
  }

  @Override
  public boolean isOperator(PartyId party) {
    return operators.contains(party);
  }
}
