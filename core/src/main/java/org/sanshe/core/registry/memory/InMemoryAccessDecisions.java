package org.sanshe.core.registry.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessDecisions;

/**
 * Access decisions in memory, in the order recorded. Thread-safe: every method holds this object's
 * lock; a decision is immutable, so a returned list can be read freely.
 */
public final class InMemoryAccessDecisions implements AccessDecisions {

  private final List<AccessDecision> decisions = new ArrayList<>();

  /** Creates an empty record. */
  public InMemoryAccessDecisions() {}

  @Override
  public synchronized void record(AccessDecision decision) {
    decisions.add(Objects.requireNonNull(decision, "decision"));
  }

  @Override
  public synchronized List<AccessDecision> inCommunity(
      DivisionCode community, LocalDate from, LocalDate until) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    List<AccessDecision> out = new ArrayList<>();
    for (AccessDecision d : decisions) {
      LocalDate on = d.request().handedOn();
      if (d.request().community().equals(community) && !on.isBefore(from) && on.isBefore(until)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized String toString() {
    return "InMemoryAccessDecisions[" + decisions.size() + " decisions]";
  }
}
