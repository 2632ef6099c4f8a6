package org.sanshe.timebank.team;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;

/** What happened to a volunteer team, in the past tense, naming who acted and when. Immutable. */
public sealed interface TeamEvent {

  /**
   * Returns the team.
   *
   * @return the team's id
   */
  TeamId team();

  /**
   * Returns who acted.
   *
   * @return the actor
   */
  PartyId by();

  /**
   * Returns when.
   *
   * @return the instant
   */
  Instant at();

  /**
   * A team was formed.
   *
   * @param team the team
   * @param leader its leader (its first member)
   * @param by who formed it
   * @param at when
   */
  record TeamFormed(TeamId team, PartyId leader, PartyId by, Instant at) implements TeamEvent {
    /** Checks for nulls. */
    public TeamFormed {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(leader, "leader");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A volunteer joined a team.
   *
   * @param team the team
   * @param member the volunteer
   * @param by who acted
   * @param at when
   */
  record MemberJoined(TeamId team, PartyId member, PartyId by, Instant at) implements TeamEvent {
    /** Checks for nulls. */
    public MemberJoined {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A volunteer left a team.
   *
   * @param team the team
   * @param member the volunteer
   * @param by who acted
   * @param at when
   */
  record MemberLeft(TeamId team, PartyId member, PartyId by, Instant at) implements TeamEvent {
    /** Checks for nulls. */
    public MemberLeft {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A member became the team's leader.
   *
   * @param team the team
   * @param leader the new leader
   * @param by who acted
   * @param at when
   */
  record LeaderChanged(TeamId team, PartyId leader, PartyId by, Instant at) implements TeamEvent {
    /** Checks for nulls. */
    public LeaderChanged {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(leader, "leader");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A social worker was assigned to guide the team.
   *
   * @param team the team
   * @param guide the social worker
   * @param by who acted
   * @param at when
   */
  record GuideAssigned(TeamId team, PartyId guide, PartyId by, Instant at) implements TeamEvent {
    /** Checks for nulls. */
    public GuideAssigned {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(guide, "guide");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A team was dissolved.
   *
   * @param team the team
   * @param by who acted
   * @param at when
   */
  record TeamDissolved(TeamId team, PartyId by, Instant at) implements TeamEvent {
    /** Checks for nulls. */
    public TeamDissolved {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }
}
