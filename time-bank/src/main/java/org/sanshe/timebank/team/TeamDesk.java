package org.sanshe.timebank.team;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * The commands of volunteer teams: form, join, leave, change the leader, assign the guiding social
 * worker, dissolve. Who may act: for a team of an organization, a coordinator of that organization;
 * for a community's own team, an operator of the time bank; for joining, leaving and changing the
 * leader, also the team's leader. Each command loads, applies and stores with the version checked,
 * retrying on a conflict. A refused command changes nothing. Thread-safe if its ports are.
 */
public final class TeamDesk {

  private static final int ATTEMPTS = 16;

  private final VolunteerTeams teams;
  private final Roles roles;
  private final Clock clock;

  /**
   * Creates the desk.
   *
   * @param teams the team store, not null
   * @param roles who coordinates and operates, not null
   * @param clock the clock, not null
   */
  public TeamDesk(VolunteerTeams teams, Roles roles, Clock clock) {
    this.teams = Objects.requireNonNull(teams, "teams");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Forms and stores a team.
   *
   * @param actor a coordinator of the organization, or an operator for a community's own team
   * @param id the id, not null
   * @param name the name, not null
   * @param community the community served, not null
   * @param organization the organization, or null for a community's own team
   * @param leader the leader, not null
   * @return the stored team
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ENTITY_DUPLICATE} or
   *     a rule of {@link VolunteerTeam#form}
   */
  public VolunteerTeam form(
      PartyId actor,
      TeamId id,
      String name,
      DivisionCode community,
      PartyId organization,
      PartyId leader) {
    manager(actor, organization, null, Wording.of("form teams", "组建服务队"));
    VolunteerTeam t =
        VolunteerTeam.form(id, name, community, organization, leader, actor, clock.instant());
    teams.add(t);
    return teams.find(id).orElseThrow();
  }

  /**
   * Adds a member.
   *
   * @param actor a manager of the team or its leader, not null
   * @param id the team, not null
   * @param member the volunteer, not null
   * @throws TimeBankException as {@link VolunteerTeam#join}, {@code TIMEBANK_NOT_AUTHORIZED}
   */
  public void join(PartyId actor, TeamId id, PartyId member) {
    apply(
        actor,
        id,
        true,
        Wording.of("admit members", "吸收成员"),
        t -> t.join(member, actor, clock.instant()));
  }

  /**
   * Removes a member; a member may also leave on their own.
   *
   * @param actor a manager of the team, its leader, or the member, not null
   * @param id the team, not null
   * @param member the volunteer, not null
   * @throws TimeBankException as {@link VolunteerTeam#leave}, {@code TIMEBANK_NOT_AUTHORIZED}
   */
  public void leave(PartyId actor, TeamId id, PartyId member) {
    Objects.requireNonNull(member, "member");
    apply(
        actor,
        id,
        true,
        Wording.of("remove members", "移除成员"),
        actor.equals(member) ? null : Wording.of("remove members", "移除成员"),
        t -> t.leave(member, actor, clock.instant()));
  }

  /**
   * Makes a member the leader.
   *
   * @param actor a manager of the team or its leader, not null
   * @param id the team, not null
   * @param member the new leader, not null
   * @throws TimeBankException as {@link VolunteerTeam#changeLeader}, {@code
   *     TIMEBANK_NOT_AUTHORIZED}
   */
  public void changeLeader(PartyId actor, TeamId id, PartyId member) {
    apply(
        actor,
        id,
        true,
        Wording.of("change the leader", "更换队长"),
        t -> t.changeLeader(member, actor, clock.instant()));
  }

  /**
   * Assigns the guiding social worker.
   *
   * @param actor a manager of the team, not null
   * @param id the team, not null
   * @param socialWorker the social worker, not null
   * @throws TimeBankException as {@link VolunteerTeam#assignGuide}, {@code TIMEBANK_NOT_AUTHORIZED}
   */
  public void assignGuide(PartyId actor, TeamId id, PartyId socialWorker) {
    apply(
        actor,
        id,
        false,
        Wording.of("assign a social worker", "指派社工"),
        t -> t.assignGuide(socialWorker, actor, clock.instant()));
  }

  /**
   * Dissolves a team.
   *
   * @param actor a manager of the team, not null
   * @param id the team, not null
   * @throws TimeBankException as {@link VolunteerTeam#dissolve}, {@code TIMEBANK_NOT_AUTHORIZED}
   */
  public void dissolve(PartyId actor, TeamId id) {
    apply(
        actor,
        id,
        false,
        Wording.of("dissolve teams", "解散服务队"),
        t -> t.dissolve(actor, clock.instant()));
  }

  private void apply(
      PartyId actor,
      TeamId id,
      boolean leaderMay,
      Wording action,
      Consumer<VolunteerTeam> command) {
    apply(actor, id, leaderMay, action, action, command);
  }

  private void apply(
      PartyId actor,
      TeamId id,
      boolean leaderMay,
      Wording action,
      Wording check,
      Consumer<VolunteerTeam> command) {
    Objects.requireNonNull(actor, "actor");
    for (int attempt = 1; ; attempt++) {
      VolunteerTeam t =
          teams
              .find(Objects.requireNonNull(id, "id"))
              .orElseThrow(() -> StoreRules.unknown(VolunteerTeam.KIND));
      if (check != null) {
        manager(actor, t.organization(), leaderMay ? t.leader() : null, action);
      }
      command.accept(t);
      try {
        teams.update(t);
        return;
      } catch (TimeBankException e) {
        if (e.error() != TimeBankError.TIMEBANK_VERSION_CONFLICT || attempt >= ATTEMPTS) {
          throw e;
        }
        Thread.onSpinWait();
      }
    }
  }

  private void manager(PartyId actor, PartyId organization, PartyId leader, Wording action) {
    Objects.requireNonNull(actor, "actor");
    boolean may =
        actor.equals(leader)
            || (organization != null
                ? roles.isCoordinator(actor, organization)
                : roles.isOperator(actor));
    if (!may) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_NOT_AUTHORIZED,
          actor,
          action,
          Wording.of(
              "neither the team's leader nor a coordinator of its organization (an operator for a"
                  + " community's own team)",
              "既不是队长，也不是所属组织的协调员（社区自有服务队为运营人员）"));
    }
  }
}
