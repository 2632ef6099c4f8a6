package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.timebank.care.CareEvent;
import org.sanshe.timebank.care.CarePairing;
import org.sanshe.timebank.care.CarePairingSnapshot;
import org.sanshe.timebank.care.CarePairings;
import org.sanshe.timebank.care.PairingId;
import org.sanshe.timebank.error.StoreRules;

/**
 * Care pairings kept in memory as snapshots, versions checked as a database store does; with an
 * {@link OutboxSink}, each save appends its events (aggregate type {@value #AGGREGATE_TYPE}) in the
 * same critical section. Thread-safe (synchronized).
 */
public final class MemoryCarePairings implements CarePairings {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "care-pairing";

  private final TreeMap<String, CarePairingSnapshot> byId = new TreeMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public MemoryCarePairings() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public MemoryCarePairings(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(CarePairing p, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              p.id().value(),
              version,
              p.pendingEvents(),
              e -> ((CareEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(CarePairing pairing) {
    Objects.requireNonNull(pairing, "pairing");
    if (pairing.version() != 0) {
      throw StoreRules.conflict(CarePairing.KIND, pairing.version(), 0);
    }
    if (byId.containsKey(pairing.id().value())) {
      throw StoreRules.duplicate(CarePairing.KIND);
    }
    CarePairingSnapshot next = pairing.snapshot().withVersion(1);
    publish(pairing, 1);
    byId.put(pairing.id().value(), next);
  }

  @Override
  public synchronized void update(CarePairing pairing) {
    Objects.requireNonNull(pairing, "pairing");
    CarePairingSnapshot stored = byId.get(pairing.id().value());
    if (stored == null) {
      throw StoreRules.unknown(CarePairing.KIND);
    }
    if (stored.version() != pairing.version()) {
      throw StoreRules.conflict(CarePairing.KIND, pairing.version(), stored.version());
    }
    CarePairingSnapshot next = pairing.snapshot().withVersion(stored.version() + 1);
    publish(pairing, next.version());
    byId.put(pairing.id().value(), next);
  }

  @Override
  public Optional<CarePairing> find(PairingId id) {
    Objects.requireNonNull(id, "id");
    CarePairingSnapshot s;
    synchronized (this) {
      s = byId.get(id.value());
    }
    return Optional.ofNullable(s).map(CarePairing::restore);
  }

  @Override
  public List<CarePairing> ofResident(HashedIdentity resident) {
    Objects.requireNonNull(resident, "resident");
    List<CarePairingSnapshot> mine = new ArrayList<>();
    synchronized (this) {
      for (CarePairingSnapshot s : byId.values()) {
        if (s.resident().equals(resident)) {
          mine.add(s);
        }
      }
    }
    return mine.stream().map(CarePairing::restore).toList();
  }
}
