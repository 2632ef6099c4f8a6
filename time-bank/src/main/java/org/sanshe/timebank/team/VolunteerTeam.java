package org.sanshe.timebank.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * A volunteer team (志愿服务队): serves one community (社区), belongs to the community itself or to an
 * organization, has a leader among its members and a social worker (社工) who guides it. Members are
 * referred to by {@link PartyId} only, never by name.
 *
 * <p>Every command checks its rule first and changes nothing when refused (a {@link
 * TimeBankException} naming the rule); a successful command appends a past-tense {@link TeamEvent}
 * to {@link #pendingEvents()}, which a store writes to its outbox with the new version. Not
 * thread-safe: an instance is a unit of work read from a {@link VolunteerTeams} store; concurrency
 * is handled by the store's version check.
 */
public final class VolunteerTeam {

  /** The kind's name in messages. */
  public static final Wording KIND = Wording.of("team", "服务队");

  /** The longest team name, in characters: {@value}. */
  public static final int MAX_NAME = 100;

  /** The most members a team holds: {@value}. */
  public static final int MAX_MEMBERS = 10_000;

  private static final Wording NAME = Wording.of("The team name", "服务队名称");

  private final TeamId id;
  private final String name;
  private final DivisionCode community;
  private final PartyId organization;
  private final Instant formedAt;
  private final TreeSet<PartyId> members = new TreeSet<>(Comparator.comparing(PartyId::value));
  private PartyId leader;
  private PartyId guide;
  private Instant dissolvedAt;
  private final long version;
  private final List<TeamEvent> pending = new ArrayList<>();

  private VolunteerTeam(TeamSnapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.name = BoundedText.name(Objects.requireNonNull(s.name(), "name"), NAME, MAX_NAME);
    this.community = Objects.requireNonNull(s.community(), "community");
    this.organization = s.organization();
    this.leader = Objects.requireNonNull(s.leader(), "leader");
    this.guide = s.guide();
    this.formedAt = Objects.requireNonNull(s.formedAt(), "formedAt");
    this.dissolvedAt = s.dissolvedAt();
    this.version = s.version();
    if (community.level() != DivisionLevel.VILLAGE) {
      throw invalid(
          "a team serves a community or village (a 12-digit division code)",
          "服务队须服务于社区或村（12 位区划代码）");
    }
    members.addAll(s.members());
    if (members.size() != s.members().size()) {
      throw invalid("no member is listed twice", "成员不得重复");
    }
    if (!members.contains(leader)) {
      throw invalid("the leader is a member", "队长须为成员");
    }
    if (members.size() > MAX_MEMBERS) {
      throw invalid("at most " + MAX_MEMBERS + " members", "成员至多 " + MAX_MEMBERS + " 人");
    }
    if (version < 0 || (dissolvedAt != null && dissolvedAt.isBefore(formedAt))) {
      throw invalid(
          "a version from 0 and a dissolution after the formation", "版本号不小于 0，解散时间不早于成立时间");
    }
  }

  private static TimeBankException invalid(String english, String chinese) {
    return new TimeBankException(
        TimeBankError.TIMEBANK_POLICY_INVALID, Wording.of(english, chinese));
  }

  /**
   * Forms a team; its leader is its first member.
   *
   * @param id the id, not null
   * @param name the name, a bounded name of at most {@value #MAX_NAME} characters, not null
   * @param community the community it serves (a village-level division code), not null
   * @param organization the organization it belongs to, or null for the community's own team
   * @param leader the leader, not null
   * @param by who forms it, not null
   * @param at when, not null
   * @return the new team at version 0 with a {@link TeamEvent.TeamFormed} pending
   * @throws org.sanshe.core.error.SansheException a text code for a bad name, {@code
   *     TIMEBANK_POLICY_INVALID} for a community that is no community
   */
  public static VolunteerTeam form(
      TeamId id,
      String name,
      DivisionCode community,
      PartyId organization,
      PartyId leader,
      PartyId by,
      Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(leader, "leader");
    VolunteerTeam team =
        new VolunteerTeam(
            new TeamSnapshot(
                id, 0, name, community, organization, leader, null, List.of(leader), at, null));
    team.pending.add(new TeamEvent.TeamFormed(id, leader, by, at));
    return team;
  }

  /**
   * Restores a team from its snapshot, checking every rule.
   *
   * @param snapshot the snapshot, not null
   * @return the team, with no pending events
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} naming the broken rule
   */
  public static VolunteerTeam restore(TeamSnapshot snapshot) {
    return new VolunteerTeam(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * Adds a member.
   *
   * @param member the volunteer, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_TEAM_DISSOLVED}, {@code
   *     TIMEBANK_TEAM_MEMBER_DUPLICATE}, {@code TIMEBANK_POLICY_INVALID} when full
   */
  public void join(PartyId member, PartyId by, Instant at) {
    Objects.requireNonNull(member, "member");
    active(by, at);
    if (members.contains(member)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_TEAM_MEMBER_DUPLICATE);
    }
    if (members.size() >= MAX_MEMBERS) {
      throw invalid("at most " + MAX_MEMBERS + " members", "成员至多 " + MAX_MEMBERS + " 人");
    }
    members.add(member);
    pending.add(new TeamEvent.MemberJoined(id, member, by, at));
  }

  /**
   * Removes a member other than the leader.
   *
   * @param member the volunteer, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_TEAM_DISSOLVED}, {@code TIMEBANK_TEAM_NOT_MEMBER},
   *     {@code TIMEBANK_TEAM_LEADER_LEAVING}
   */
  public void leave(PartyId member, PartyId by, Instant at) {
    Objects.requireNonNull(member, "member");
    active(by, at);
    if (!members.contains(member)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_TEAM_NOT_MEMBER);
    }
    if (member.equals(leader)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_TEAM_LEADER_LEAVING);
    }
    members.remove(member);
    pending.add(new TeamEvent.MemberLeft(id, member, by, at));
  }

  /**
   * Makes a member the leader.
   *
   * @param member the new leader, a member, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_TEAM_DISSOLVED}, {@code TIMEBANK_TEAM_NOT_MEMBER}
   */
  public void changeLeader(PartyId member, PartyId by, Instant at) {
    Objects.requireNonNull(member, "member");
    active(by, at);
    if (!members.contains(member)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_TEAM_NOT_MEMBER);
    }
    leader = member;
    pending.add(new TeamEvent.LeaderChanged(id, member, by, at));
  }

  /**
   * Assigns the social worker who guides the team (replacing any earlier one).
   *
   * @param socialWorker the social worker, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_TEAM_DISSOLVED}
   */
  public void assignGuide(PartyId socialWorker, PartyId by, Instant at) {
    Objects.requireNonNull(socialWorker, "socialWorker");
    active(by, at);
    guide = socialWorker;
    pending.add(new TeamEvent.GuideAssigned(id, socialWorker, by, at));
  }

  /**
   * Dissolves the team; it takes no further change.
   *
   * @param by who acts, not null
   * @param at when, not before the formation, not null
   * @throws TimeBankException {@code TIMEBANK_TEAM_DISSOLVED}, {@code TIMEBANK_POLICY_INVALID} for
   *     a time before the formation
   */
  public void dissolve(PartyId by, Instant at) {
    active(by, at);
    if (at.isBefore(formedAt)) {
      throw invalid("a dissolution after the formation", "解散时间不早于成立时间");
    }
    dissolvedAt = at;
    pending.add(new TeamEvent.TeamDissolved(id, by, at));
  }

  private void active(PartyId by, Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (dissolvedAt != null) {
      throw new TimeBankException(TimeBankError.TIMEBANK_TEAM_DISSOLVED);
    }
  }

  /**
   * Returns the state as plain data.
   *
   * @return the snapshot at this instance's version
   */
  public TeamSnapshot snapshot() {
    return new TeamSnapshot(
        id,
        version,
        name,
        community,
        organization,
        leader,
        guide,
        List.copyOf(members),
        formedAt,
        dissolvedAt);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public TeamId id() {
    return id;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the community served.
   *
   * @return the community's division code
   */
  public DivisionCode community() {
    return community;
  }

  /**
   * Returns the organization the team belongs to, or null for a community's own team.
   *
   * @return the organization or null
   */
  public PartyId organization() {
    return organization;
  }

  /**
   * Returns the leader.
   *
   * @return the leader
   */
  public PartyId leader() {
    return leader;
  }

  /**
   * Returns the guiding social worker, or null.
   *
   * @return the social worker or null
   */
  public PartyId guide() {
    return guide;
  }

  /**
   * Returns the members.
   *
   * @return an immutable, ordered copy
   */
  public Set<PartyId> members() {
    return Set.copyOf(members);
  }

  /**
   * Tells whether a volunteer is a member.
   *
   * @param party the party, not null
   * @return true if a member
   */
  public boolean isMember(PartyId party) {
    return members.contains(Objects.requireNonNull(party, "party"));
  }

  /**
   * Tells whether the team is active (not dissolved).
   *
   * @return true while active
   */
  public boolean isActive() {
    return dissolvedAt == null;
  }

  /**
   * Returns the version read from the store (0 if new).
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since it was read or formed, oldest first.
   *
   * @return an immutable copy
   */
  public List<TeamEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  @Override
  public String toString() {
    return "VolunteerTeam[" + id + ", " + members.size() + " members, v" + version + "]";
  }
}
