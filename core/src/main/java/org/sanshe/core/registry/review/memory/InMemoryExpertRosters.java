package org.sanshe.core.registry.review.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.core.registry.review.ExpertRosterEvent;
import org.sanshe.core.registry.review.ExpertRosterSnapshot;
import org.sanshe.core.registry.review.ExpertRosters;

/**
 * Expert rosters kept in memory as snapshots, versions checked as the {@link ExpertRosters} port
 * says. With an {@link OutboxSink}, every successful add or update appends the roster's pending
 * events (aggregate type {@value #AGGREGATE_TYPE}, aggregate id {@link ExpertRoster#key()}) in the
 * same critical section. Thread-safe (synchronized).
 */
public final class InMemoryExpertRosters implements ExpertRosters {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "expert-roster";

  private final TreeMap<String, ExpertRosterSnapshot> byKey = new TreeMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryExpertRosters() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes events to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryExpertRosters(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(ExpertRoster g, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              g.key(),
              version,
              g.pendingEvents(),
              e -> ((ExpertRosterEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(ExpertRoster roster) {
    Objects.requireNonNull(roster, "roster");
    if (byKey.containsKey(roster.key())) {
      throw new RegistryException(
          RegistryError.REVIEW_ROSTER_DUPLICATE, roster.district(), roster.year());
    }
    if (roster.version() != 0) {
      throw new StaleVersionException(
          RegistryError.REVIEW_ROSTER_VERSION_CONFLICT, roster.key(), roster.version(), 0);
    }
    publish(roster, 1);
    byKey.put(roster.key(), roster.snapshot().withVersion(1));
  }

  @Override
  public synchronized void update(ExpertRoster roster) {
    Objects.requireNonNull(roster, "roster");
    ExpertRosterSnapshot stored = byKey.get(roster.key());
    if (stored == null) {
      throw new RegistryException(
          RegistryError.REVIEW_ROSTER_NOT_FOUND, roster.district(), roster.year());
    }
    if (stored.version() != roster.version()) {
      throw new StaleVersionException(
          RegistryError.REVIEW_ROSTER_VERSION_CONFLICT,
          roster.key(),
          roster.version(),
          stored.version());
    }
    publish(roster, stored.version() + 1);
    byKey.put(roster.key(), roster.snapshot().withVersion(stored.version() + 1));
  }

  @Override
  public Optional<ExpertRoster> find(DivisionCode district, int year) {
    String key = ExpertRoster.key(district, year);
    ExpertRosterSnapshot s;
    synchronized (this) {
      s = byKey.get(key);
    }
    return Optional.ofNullable(s).map(ExpertRoster::restore);
  }

  @Override
  public synchronized List<Integer> years(DivisionCode district) {
    Objects.requireNonNull(district, "district");
    return byKey.values().stream()
        .filter(s -> s.district().equals(district))
        .map(ExpertRosterSnapshot::year)
        .sorted()
        .toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryExpertRosters[" + byKey.size() + "]";
  }
}
