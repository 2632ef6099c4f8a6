package org.sanshe.core.registry.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * Something recorded in the Party register, in the past tense, naming who recorded it (an actor id
 * as the integrator assigns it: a civil-affairs officer, a street's Party-building staff member, an
 * import job) and when (from the store's injected clock). Members of dual reports appear only as
 * the report's id, never by their hashed identity. Immutable records; equal when all components are
 * equal.
 */
public sealed interface PartyEvent {

  /**
   * Returns who recorded the change.
   *
   * @return the actor's id, 1 to 64 characters without white space
   */
  String actor();

  /**
   * Returns when the change was recorded.
   *
   * @return the instant, from the store's clock
   */
  Instant at();

  /**
   * A joint Party branch was formed.
   *
   * @param branch the branch's id
   * @param street its street or town
   * @param formedOn the date it was formed
   * @param actor who recorded it
   * @param at when
   */
  record JointBranchFormed(
      PartyRecordId branch, DivisionCode street, LocalDate formedOn, String actor, Instant at)
      implements PartyEvent {
    /** Checks for nulls. */
    public JointBranchFormed {
      Objects.requireNonNull(branch, "branch");
      Objects.requireNonNull(street, "street");
      Objects.requireNonNull(formedOn, "formedOn");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An organization's Party organization was recorded (first record or a change).
   *
   * @param affiliation the affiliation now in force
   * @param version the version of the organization's Party record this change stored, from 1
   * @param actor who recorded it
   * @param at when
   */
  record AffiliationRecorded(PartyAffiliation affiliation, long version, String actor, Instant at)
      implements PartyEvent {
    /** Checks for nulls. */
    public AffiliationRecorded {
      Objects.requireNonNull(affiliation, "affiliation");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A dual-reporting record was made.
   *
   * @param report the record's id
   * @param organization the organization
   * @param community the community
   * @param direction who reported to whom
   * @param actor who recorded it
   * @param at when
   */
  record DualReportRecorded(
      PartyRecordId report,
      OrganizationId organization,
      DivisionCode community,
      DualReport.Direction direction,
      String actor,
      Instant at)
      implements PartyEvent {
    /** Checks for nulls. */
    public DualReportRecorded {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(community, "community");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A Party-member volunteer service station was opened.
   *
   * @param station the station's id
   * @param community its community
   * @param actor who recorded it
   * @param at when
   */
  record StationOpened(PartyRecordId station, DivisionCode community, String actor, Instant at)
      implements PartyEvent {
    /** Checks for nulls. */
    public StationOpened {
      Objects.requireNonNull(station, "station");
      Objects.requireNonNull(community, "community");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }
}
