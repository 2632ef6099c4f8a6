package org.sanshe.core.registry.access;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;

/**
 * An access list was published (first publication or revision). Immutable; equal when all
 * components are equal.
 *
 * @param issuer the district or city
 * @param version the version stored
 * @param tasks the number of tasks on the list
 * @param actor who published it
 * @param at when, from the store's clock
 */
public record AccessListPublished(
    DivisionCode issuer, long version, int tasks, String actor, Instant at) {

  /** Checks for nulls. */
  public AccessListPublished {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
