package org.sanshe.examples.district;

import java.util.Objects;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.event.Outbox;
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.Organizations;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.escalation.EscalationCases;
import org.sanshe.deliberation.jdbc.JdbcEscalationCases;
import org.sanshe.deliberation.jdbc.JdbcMatters;
import org.sanshe.deliberation.jdbc.JdbcVotes;
import org.sanshe.deliberation.memory.InMemoryEscalationCases;
import org.sanshe.deliberation.memory.InMemoryMatters;
import org.sanshe.deliberation.memory.InMemoryVotes;
import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.registry.JdbcOrganizations;

/**
 * Where the district keeps its organizations, matters, escalation cases and owners' votes, and the
 * outbox their stores write every event to in the same step as the change: in memory, or in a
 * database. Immutable once created.
 *
 * @param organizations the registry's store
 * @param matters the community matters
 * @param cases the escalation cases
 * @param votes the owners' votes
 * @param outbox the events of every save, for a relay
 * @param description where the data lives, for the report
 */
public record AffairsStorage(
    Organizations organizations,
    Matters matters,
    EscalationCases cases,
    Votes votes,
    Outbox outbox,
    String description) {

  /**
   * Checks the parts are present.
   *
   * @throws NullPointerException if one is null
   */
  public AffairsStorage {
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(matters, "matters");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Keeps everything in this process's memory, with an in-memory outbox.
   *
   * @return the storage
   */
  public static AffairsStorage memory() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new AffairsStorage(
        new InMemoryOrganizations(outbox),
        new InMemoryMatters(outbox),
        new InMemoryEscalationCases(outbox),
        new InMemoryVotes(outbox),
        outbox,
        "memory");
  }

  /**
   * Keeps everything in a database: creates or upgrades the tables, then opens the stores, each
   * writing its events to the database's outbox in the transaction of its save.
   *
   * @param jdbc the database, not null
   * @return the storage
   */
  public static AffairsStorage database(SansheJdbc jdbc) {
    Objects.requireNonNull(jdbc, "jdbc");
    JdbcOutbox.migrate(jdbc);
    JdbcOrganizations.migrate(jdbc);
    JdbcMatters.migrate(jdbc);
    JdbcVotes.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new AffairsStorage(
        JdbcOrganizations.open(jdbc, outbox),
        JdbcMatters.open(jdbc, outbox),
        JdbcEscalationCases.open(jdbc, outbox),
        JdbcVotes.open(jdbc, JdbcVotes.DEFAULT_STRIPES, outbox),
        outbox,
        jdbc.dialect() + " (tables " + jdbc.tablePrefix() + "*)");
  }
}
