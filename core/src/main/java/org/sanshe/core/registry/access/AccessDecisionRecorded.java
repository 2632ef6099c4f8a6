package org.sanshe.core.registry.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A gate's decision was recorded: the decision (with its request and, if any, approval), its place
 * among the community's decisions, who recorded it and when (from the store's injected clock).
 * Immutable; equal when all components are equal.
 *
 * @param decision the decision
 * @param sequence its place among its community's decisions, from 1
 * @param actor who recorded it
 * @param at when
 */
public record AccessDecisionRecorded(
    AccessDecision decision, long sequence, String actor, Instant at) {

  /** Checks for nulls. */
  public AccessDecisionRecorded {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
