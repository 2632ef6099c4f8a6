package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.team.TeamEvent;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.TeamSnapshot;
import org.sanshe.timebank.team.VolunteerTeam;
import org.sanshe.timebank.team.VolunteerTeams;

/**
 * Volunteer teams kept in memory, for tests and small deployments. Keeps {@link TeamSnapshot}s, not
 * live objects, and checks versions exactly as a database store does. With an {@link OutboxSink},
 * every successful add or update appends the team's pending events (aggregate type {@value
 * #AGGREGATE_TYPE}) in the same critical section; a refused write appends nothing. Thread-safe
 * (synchronized).
 */
public final class MemoryVolunteerTeams implements VolunteerTeams {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "volunteer-team";

  private final TreeMap<String, TeamSnapshot> byId = new TreeMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public MemoryVolunteerTeams() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public MemoryVolunteerTeams(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(VolunteerTeam team, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              team.id().value(),
              version,
              team.pendingEvents(),
              e -> ((TeamEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(VolunteerTeam team) {
    Objects.requireNonNull(team, "team");
    if (team.version() != 0) {
      throw StoreRules.conflict(VolunteerTeam.KIND, team.version(), 0);
    }
    if (byId.containsKey(team.id().value())) {
      throw StoreRules.duplicate(VolunteerTeam.KIND);
    }
    TeamSnapshot next = team.snapshot().withVersion(1);
    publish(team, 1);
    byId.put(team.id().value(), next);
  }

  @Override
  public synchronized void update(VolunteerTeam team) {
    Objects.requireNonNull(team, "team");
    TeamSnapshot stored = byId.get(team.id().value());
    if (stored == null) {
      throw StoreRules.unknown(VolunteerTeam.KIND);
    }
    if (stored.version() != team.version()) {
      throw StoreRules.conflict(VolunteerTeam.KIND, team.version(), stored.version());
    }
    TeamSnapshot next = team.snapshot().withVersion(stored.version() + 1);
    publish(team, next.version());
    byId.put(team.id().value(), next);
  }

  @Override
  public Optional<VolunteerTeam> find(TeamId id) {
    Objects.requireNonNull(id, "id");
    TeamSnapshot s;
    synchronized (this) {
      s = byId.get(id.value());
    }
    return Optional.ofNullable(s).map(VolunteerTeam::restore);
  }

  @Override
  public List<VolunteerTeam> ofCommunity(DivisionCode community, TeamId after, int max) {
    Objects.requireNonNull(community, "community");
    StoreRules.checkPage(max);
    List<TeamSnapshot> page = new ArrayList<>();
    synchronized (this) {
      for (TeamSnapshot s : tail(after)) {
        if (s.community().equals(community)) {
          page.add(s);
          if (page.size() == max) {
            break;
          }
        }
      }
    }
    return page.stream().map(VolunteerTeam::restore).toList();
  }

  @Override
  public List<VolunteerTeam> ofMember(PartyId member, TeamId after, int max) {
    Objects.requireNonNull(member, "member");
    StoreRules.checkPage(max);
    List<TeamSnapshot> page = new ArrayList<>();
    synchronized (this) {
      for (TeamSnapshot s : tail(after)) {
        if (s.dissolvedAt() == null && s.members().contains(member)) {
          page.add(s);
          if (page.size() == max) {
            break;
          }
        }
      }
    }
    return page.stream().map(VolunteerTeam::restore).toList();
  }

  private Iterable<TeamSnapshot> tail(TeamId after) {
    return (after == null ? byId : byId.tailMap(after.value(), false)).values();
  }

  @Override
  public synchronized String toString() {
    return "MemoryVolunteerTeams[" + byId.size() + "]";
  }
}
