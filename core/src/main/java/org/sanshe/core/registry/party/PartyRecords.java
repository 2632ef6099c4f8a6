package org.sanshe.core.registry.party;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The Party register of a district's social organizations, as a port: joint branches, one versioned
 * Party record per organization, dual-reporting records and service stations, with coverage per
 * street and district from counters the store moves with every record (so a report never scans the
 * organizations, and the counters come back after a restart). {@link PartyRegister} keeps the
 * register in memory; {@code org.sanshe.jdbc.party.JdbcPartyRecords} on a relational database.
 *
 * <p>Rules every implementation keeps (the testkit's {@code PartyRecordsContract} checks them): a
 * joint branch's members are all of its street ({@code PARTY_JOINT_BRANCH_OTHER_STREET}); an
 * affiliation names a known joint branch ({@code PARTY_BRANCH_UNKNOWN}); ids of branches, reports
 * and stations are not reused ({@code PARTY_RECORD_DUPLICATE}); a dual report names an organization
 * with a Party record ({@code PARTY_ORGANIZATION_UNKNOWN}); a change names the version it read, 0
 * for an organization's first record, and a stale one is refused ({@code PARTY_VERSION_CONFLICT});
 * every command names who acts, and the events a command raises ({@link PartyEvent}) go to the
 * store's outbox, if it has one, with the change. A refused command changes nothing and writes no
 * event.
 *
 * <p>Implementations are thread-safe; the values they return are immutable.
 */
public interface PartyRecords {

  /**
   * The aggregate type of an organization's Party record in an outbox: {@value} (the aggregate id
   * is the organization's id, the version the record's).
   */
  String AGGREGATE_TYPE = "party";

  /** The aggregate type of a joint branch in an outbox: {@value} (version 1). */
  String BRANCH_TYPE = "party-branch";

  /** The aggregate type of a dual report in an outbox: {@value} (version 1). */
  String REPORT_TYPE = "party-report";

  /** The aggregate type of a service station in an outbox: {@value} (version 1). */
  String STATION_TYPE = "party-station";

  /**
   * Forms a joint branch.
   *
   * @param branch the branch, not null
   * @param actor who records it, 1 to 64 characters without white space
   * @throws org.sanshe.core.registry.RegistryException with {@code PARTY_RECORD_DUPLICATE} or
   *     {@code ORGANIZATION_ID_INVALID} for a bad actor id
   */
  void formJointBranch(JointBranch branch, String actor);

  /**
   * Records an organization's Party organization, replacing its earlier record.
   *
   * @param affiliation the affiliation, not null
   * @param expectedVersion the version of the organization's record the writer read, 0 when it has
   *     none
   * @param actor who records it, 1 to 64 characters without white space
   * @return the record as stored, at {@code expectedVersion + 1}
   * @throws org.sanshe.core.registry.RegistryException with {@code PARTY_BRANCH_UNKNOWN}, {@code
   *     PARTY_JOINT_BRANCH_OTHER_STREET} or {@code ORGANIZATION_ID_INVALID}
   * @throws org.sanshe.core.registry.StaleVersionException with {@code PARTY_VERSION_CONFLICT}
   */
  RecordedAffiliation record(PartyAffiliation affiliation, long expectedVersion, String actor);

  /**
   * Records a dual report.
   *
   * @param report the record, not null
   * @param actor who records it, 1 to 64 characters without white space
   * @throws org.sanshe.core.registry.RegistryException with {@code PARTY_RECORD_DUPLICATE}, {@code
   *     PARTY_ORGANIZATION_UNKNOWN} or {@code ORGANIZATION_ID_INVALID}
   */
  void recordDualReport(DualReport report, String actor);

  /**
   * Opens a service station.
   *
   * @param station the station, not null
   * @param actor who records it, 1 to 64 characters without white space
   * @throws org.sanshe.core.registry.RegistryException with {@code PARTY_RECORD_DUPLICATE} or
   *     {@code ORGANIZATION_ID_INVALID}
   */
  void openStation(ServiceStation station, String actor);

  /**
   * Returns an organization's Party record.
   *
   * @param organization the organization, not null
   * @return the record, or empty if none was recorded
   */
  Optional<RecordedAffiliation> affiliation(OrganizationId organization);

  /**
   * Returns a joint branch.
   *
   * @param id the id, not null
   * @return the branch, or empty
   */
  Optional<JointBranch> jointBranch(PartyRecordId id);

  /**
   * Returns the member organizations of a joint branch.
   *
   * @param branch the branch, not null
   * @return the members in id order
   * @throws org.sanshe.core.registry.RegistryException with {@code PARTY_BRANCH_UNKNOWN}
   */
  List<OrganizationId> members(PartyRecordId branch);

  /**
   * Returns the dual reports of an organization.
   *
   * @param organization the organization, not null
   * @return the reports in id order
   */
  List<DualReport> dualReports(OrganizationId organization);

  /**
   * Returns the service stations within a division.
   *
   * @param division a community, street or district, not null
   * @return the stations in id order
   */
  List<ServiceStation> stations(DivisionCode division);

  /**
   * Returns the coverage of a street or a district, from the counters.
   *
   * @param division a street or town (9 digits) or a district (6 digits), not null
   * @return the coverage, all zero when nothing was recorded there
   * @throws org.sanshe.core.registry.RegistryException with {@code PARTY_DIVISION_NOT_STREET} for
   *     another level
   */
  PartyCoverage coverage(DivisionCode division);

  /**
   * Returns the coverage of every street of a district with a recorded organization.
   *
   * @param district the district (6 digits), not null
   * @return the streets' coverage in code order
   */
  List<PartyCoverage> coverageByStreet(DivisionCode district);
}
