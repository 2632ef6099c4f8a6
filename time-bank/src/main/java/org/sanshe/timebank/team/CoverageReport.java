package org.sanshe.timebank.team;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.PartyId;

/**
 * A community's volunteer coverage against its targets: active teams, distinct members of those
 * teams, and distinct volunteers on the rotas of those teams. Immutable.
 *
 * @param community the community
 * @param targets the targets
 * @param activeTeams the number of active teams serving it
 * @param members the distinct members of those teams
 * @param volunteersOnRota the distinct volunteers on those teams' rotas
 */
public record CoverageReport(
    DivisionCode community,
    CoverageTargets targets,
    int activeTeams,
    int members,
    int volunteersOnRota) {

  /** Checks for nulls. */
  public CoverageReport {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(targets, "targets");
  }

  /**
   * Computes the report.
   *
   * @param community the community, not null
   * @param targets the targets, not null
   * @param teams the teams serving the community (inactive ones and those of other communities are
   *     ignored), not null
   * @param onRota for each team, the volunteers on its rotas (as {@code Rota#volunteers()} gives
   *     them), not null
   * @return the report
   */
  public static CoverageReport of(
      DivisionCode community,
      CoverageTargets targets,
      Collection<VolunteerTeam> teams,
      java.util.function.Function<TeamId, Collection<PartyId>> onRota) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(onRota, "onRota");
    int active = 0;
    Set<PartyId> members = new HashSet<>();
    Set<PartyId> rota = new HashSet<>();
    for (VolunteerTeam t : teams) {
      if (!t.isActive() || !t.community().equals(community)) {
        continue;
      }
      active++;
      members.addAll(t.members());
      rota.addAll(onRota.apply(t.id()));
    }
    return new CoverageReport(community, targets, active, members.size(), rota.size());
  }

  /**
   * Tells whether the team target is met.
   *
   * @return true if at least the target number of teams is active
   */
  public boolean teamsMet() {
    return activeTeams >= targets.teams();
  }

  /**
   * Tells whether the rota target is met.
   *
   * @return true if at least the target number of volunteers is on the rotas
   */
  public boolean rotaMet() {
    return volunteersOnRota >= targets.volunteersOnRota();
  }
}
