package org.sanshe.core.registry.programme.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeEvent;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeSnapshot;
import org.sanshe.core.registry.programme.Programmes;

/**
 * Programmes kept in memory as snapshots, versions checked as the {@link Programmes} port says.
 * With an {@link OutboxSink}, every successful add or update appends the programme's pending events
 * (aggregate type {@value #AGGREGATE_TYPE}) in the same critical section. Thread-safe
 * (synchronized).
 */
public final class InMemoryProgrammes implements Programmes {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "programme";

  private final TreeMap<ProgrammeId, ProgrammeSnapshot> byId = new TreeMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryProgrammes() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes events to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryProgrammes(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(Programme p, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              p.id().value(),
              version,
              p.pendingEvents(),
              e -> ((ProgrammeEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    if (byId.containsKey(programme.id())) {
      throw new RegistryException(RegistryError.PROGRAMME_DUPLICATE, programme.id());
    }
    if (programme.version() != 0) {
      throw new StaleVersionException(
          RegistryError.PROGRAMME_VERSION_CONFLICT, programme.id(), programme.version(), 0);
    }
    publish(programme, 1);
    byId.put(programme.id(), programme.snapshot().withVersion(1));
  }

  @Override
  public synchronized void update(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    ProgrammeSnapshot stored = byId.get(programme.id());
    if (stored == null) {
      throw new RegistryException(RegistryError.PROGRAMME_NOT_FOUND, programme.id());
    }
    if (stored.version() != programme.version()) {
      throw new StaleVersionException(
          RegistryError.PROGRAMME_VERSION_CONFLICT,
          programme.id(),
          programme.version(),
          stored.version());
    }
    publish(programme, stored.version() + 1);
    byId.put(programme.id(), programme.snapshot().withVersion(stored.version() + 1));
  }

  @Override
  public Optional<Programme> find(ProgrammeId id) {
    Objects.requireNonNull(id, "id");
    ProgrammeSnapshot s;
    synchronized (this) {
      s = byId.get(id);
    }
    return Optional.ofNullable(s).map(Programme::restore);
  }

  @Override
  public List<Programme> ofYear(int year) {
    List<ProgrammeSnapshot> all;
    synchronized (this) {
      all = List.copyOf(byId.values());
    }
    return all.stream().filter(s -> s.year() == year).map(Programme::restore).toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryProgrammes[" + byId.size() + "]";
  }
}
