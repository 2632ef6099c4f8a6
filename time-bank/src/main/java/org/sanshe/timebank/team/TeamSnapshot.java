package org.sanshe.timebank.team;

import java.time.Instant;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.PartyId;

/**
 * The complete state of a {@link VolunteerTeam} as plain data, for stores and JSON: {@link
 * VolunteerTeam#snapshot()} writes it, {@link VolunteerTeam#restore(TeamSnapshot)} checks and reads
 * it. Immutable (the member list is copied).
 *
 * @param id the team's id
 * @param version the stored version (0 if never stored)
 * @param name the team's name
 * @param community the community (社区) the team serves
 * @param organization the organization the team belongs to, or null for a community's own team
 * @param leader the leader, a member
 * @param guide the guiding social worker, or null while none is assigned
 * @param members the members in ascending order of id, the leader among them
 * @param formedAt when the team was formed
 * @param dissolvedAt when it was dissolved, or null while active
 */
public record TeamSnapshot(
    TeamId id,
    long version,
    String name,
    DivisionCode community,
    PartyId organization,
    PartyId leader,
    PartyId guide,
    List<PartyId> members,
    Instant formedAt,
    Instant dissolvedAt) {

  /**
   * Copies the member list.
   *
   * @throws NullPointerException if the member list is null or holds null
   */
  public TeamSnapshot {
    members = List.copyOf(members);
  }

  /**
   * Returns this snapshot at another version (what a store does when it writes it).
   *
   * @param newVersion the version
   * @return the copy
   */
  public TeamSnapshot withVersion(long newVersion) {
    return new TeamSnapshot(
        id,
        newVersion,
        name,
        community,
        organization,
        leader,
        guide,
        members,
        formedAt,
        dissolvedAt);
  }
}
