package org.sanshe.core.registry.programme;

import java.util.List;
import org.sanshe.core.money.Money;

/**
 * The complete state of a {@link Programme}, as a store keeps it. Immutable; lists are copied.
 *
 * @param id the id
 * @param version the stored version, 0 before the first save
 * @param name the name
 * @param sponsor who funds it (a department, foundation or street), by name
 * @param year the funding year
 * @param kind the kind
 * @param budget the budget
 * @param eligibility who may apply
 * @param calls the calls, in the order opened
 */
public record ProgrammeSnapshot(
    ProgrammeId id,
    long version,
    String name,
    String sponsor,
    int year,
    ProgrammeKind kind,
    Money budget,
    Eligibility eligibility,
    List<Call> calls) {

  /** Copies the calls. */
  public ProgrammeSnapshot {
    calls = calls == null ? null : List.copyOf(calls);
  }

  /**
   * Returns this state under another version.
   *
   * @param newVersion the version
   * @return the snapshot
   */
  public ProgrammeSnapshot withVersion(long newVersion) {
    return new ProgrammeSnapshot(
        id, newVersion, name, sponsor, year, kind, budget, eligibility, calls);
  }
}
