package org.sanshe.core.registry.access;

import java.time.LocalDate;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The record of the gate's decisions, refused ones included (the port; {@code
 * org.sanshe.core.registry.memory.InMemoryAccessDecisions} keeps them in memory). Implementations
 * are thread-safe and keep decisions in the order recorded; a decision, once recorded, is never
 * changed or removed.
 */
public interface AccessDecisions {

  /**
   * Records a decision.
   *
   * @param decision the decision, not null
   */
  void record(AccessDecision decision);

  /**
   * Returns the decisions on requests to one community handed over in a date range.
   *
   * @param community the community, not null
   * @param from the first day, not null
   * @param until the day after the last, not null, not before {@code from}
   * @return the decisions in the order recorded
   */
  List<AccessDecision> inCommunity(DivisionCode community, LocalDate from, LocalDate until);
}
