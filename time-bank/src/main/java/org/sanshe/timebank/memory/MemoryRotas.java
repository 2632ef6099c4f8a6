package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.rota.Rota;
import org.sanshe.timebank.rota.RotaEvent;
import org.sanshe.timebank.rota.RotaId;
import org.sanshe.timebank.rota.RotaSnapshot;
import org.sanshe.timebank.rota.Rotas;
import org.sanshe.timebank.team.TeamId;

/**
 * Rotas kept in memory as snapshots, versions checked as a database store does; with an {@link
 * OutboxSink}, each save appends its events (aggregate type {@value #AGGREGATE_TYPE}) in the same
 * critical section. Thread-safe (synchronized).
 */
public final class MemoryRotas implements Rotas {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "rota";

  private final TreeMap<String, RotaSnapshot> byId = new TreeMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public MemoryRotas() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public MemoryRotas(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(Rota rota, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              rota.id().value(),
              version,
              rota.pendingEvents(),
              e -> ((RotaEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(Rota rota) {
    Objects.requireNonNull(rota, "rota");
    if (rota.version() != 0) {
      throw StoreRules.conflict(Rota.KIND, rota.version(), 0);
    }
    if (byId.containsKey(rota.id().value())) {
      throw StoreRules.duplicate(Rota.KIND);
    }
    RotaSnapshot next = rota.snapshot().withVersion(1);
    publish(rota, 1);
    byId.put(rota.id().value(), next);
  }

  @Override
  public synchronized void update(Rota rota) {
    Objects.requireNonNull(rota, "rota");
    RotaSnapshot stored = byId.get(rota.id().value());
    if (stored == null) {
      throw StoreRules.unknown(Rota.KIND);
    }
    if (stored.version() != rota.version()) {
      throw StoreRules.conflict(Rota.KIND, rota.version(), stored.version());
    }
    RotaSnapshot next = rota.snapshot().withVersion(stored.version() + 1);
    publish(rota, next.version());
    byId.put(rota.id().value(), next);
  }

  @Override
  public Optional<Rota> find(RotaId id) {
    Objects.requireNonNull(id, "id");
    RotaSnapshot s;
    synchronized (this) {
      s = byId.get(id.value());
    }
    return Optional.ofNullable(s).map(Rota::restore);
  }

  @Override
  public List<Rota> ofTeam(TeamId team) {
    Objects.requireNonNull(team, "team");
    List<RotaSnapshot> mine = new ArrayList<>();
    synchronized (this) {
      for (RotaSnapshot s : byId.values()) {
        if (s.team().equals(team)) {
          mine.add(s);
        }
      }
    }
    return mine.stream().map(Rota::restore).toList();
  }

  @Override
  public List<Rota> ofVolunteer(PartyId volunteer, RotaId after, int max) {
    Objects.requireNonNull(volunteer, "volunteer");
    StoreRules.checkPage(max);
    List<RotaSnapshot> all;
    synchronized (this) {
      all = new ArrayList<>((after == null ? byId : byId.tailMap(after.value(), false)).values());
    }
    List<Rota> page = new ArrayList<>();
    for (RotaSnapshot s : all) {
      Rota r = Rota.restore(s);
      if (r.names(volunteer)) {
        page.add(r);
        if (page.size() == max) {
          break;
        }
      }
    }
    return page;
  }
}
