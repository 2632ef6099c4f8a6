package org.sanshe.core.registry.access;

import java.time.LocalDate;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The record of the gate's decisions, refused ones included (the port; {@code
 * org.sanshe.core.registry.memory.InMemoryAccessDecisions} keeps them in memory, {@code
 * org.sanshe.jdbc.registry.JdbcAccessDecisions} on a relational database). Implementations are
 * thread-safe and keep each community's decisions in the order recorded; a decision, once recorded,
 * is never changed or removed. Every recording names who recorded it, and its event ({@link
 * AccessDecisionRecorded}) goes to the store's outbox, if it has one, with the decision. The burden
 * report is kept from counters per community and day that every recording moves, so it never reads
 * the decisions.
 */
public interface AccessDecisions {

  /** The aggregate type of the events written to an outbox: {@value} (the id is the community). */
  String AGGREGATE_TYPE = "access-decisions";

  /**
   * Records a decision.
   *
   * @param decision the decision, not null
   * @param actor who records it, 1 to 64 characters without white space
   * @return the decision's place among its community's decisions, from 1
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID} for a
   *     bad actor id (nothing is recorded)
   */
  long record(AccessDecision decision, String actor);

  /**
   * Returns the decisions on requests to one community handed over in a date range.
   *
   * @param community the community, not null
   * @param from the first day, not null
   * @param until the day after the last, not null, not before {@code from}
   * @return the decisions in the order recorded
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_DATE_ORDER}
   */
  List<AccessDecision> inCommunity(DivisionCode community, LocalDate from, LocalDate until);

  /**
   * Returns a community's burden report, from the store's counters; equal to {@link
   * BurdenReport#of} over the community's decisions.
   *
   * @param community the community, not null
   * @param from a day of the first period, not null
   * @param until the day after the last day reported, after {@code from}
   * @param period the length of a row, not null
   * @return the report
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_DATE_ORDER} or
   *     {@code ACCESS_REPORT_TOO_LONG}
   */
  BurdenReport report(
      DivisionCode community, LocalDate from, LocalDate until, ReportInterval period);
}
