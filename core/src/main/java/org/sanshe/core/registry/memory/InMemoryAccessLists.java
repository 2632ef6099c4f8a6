package org.sanshe.core.registry.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.Actors;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.access.AccessList;
import org.sanshe.core.registry.access.AccessListPublished;
import org.sanshe.core.registry.access.AccessLists;
import org.sanshe.core.registry.access.RecordedAccessList;

/**
 * Access lists in memory, one in force per issuer. Thread-safe: every method holds this object's
 * lock; the values returned are immutable. Events go to the optional outbox in the same critical
 * section as the list; an outbox that fails leaves the store unchanged.
 */
public final class InMemoryAccessLists implements AccessLists {

  private final Clock clock;
  private final OutboxSink outbox;
  private final Map<DivisionCode, RecordedAccessList> lists = new HashMap<>();

  /**
   * Creates an empty store without an outbox.
   *
   * @param clock the clock that stamps publications, not null
   */
  public InMemoryAccessLists(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes an event per publication to an outbox, as aggregate type
   * {@value AccessLists#AGGREGATE_TYPE}.
   *
   * @param clock the clock that stamps publications, not null
   * @param outbox the outbox, not null
   */
  public InMemoryAccessLists(Clock clock, OutboxSink outbox) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public synchronized RecordedAccessList publish(
      DivisionCode issuer, AccessList list, long expectedVersion, String actor) {
    RecordedAccessList.issuer(issuer);
    Objects.requireNonNull(list, "list");
    Actors.check(actor);
    RecordedAccessList old = lists.get(issuer);
    long current = old == null ? 0 : old.version();
    if (current != expectedVersion) {
      throw new StaleVersionException(
          RegistryError.ACCESS_LIST_VERSION_CONFLICT, issuer, expectedVersion, current);
    }
    Instant at = clock.instant();
    RecordedAccessList stored = new RecordedAccessList(issuer, list, current + 1, actor, at);
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              issuer.value(),
              stored.version(),
              List.of(new AccessListPublished(issuer, stored.version(), list.size(), actor, at)),
              e -> at));
    }
    lists.put(issuer, stored);
    return stored;
  }

  @Override
  public synchronized Optional<RecordedAccessList> find(DivisionCode issuer) {
    return Optional.ofNullable(lists.get(Objects.requireNonNull(issuer, "issuer")));
  }

  @Override
  public synchronized String toString() {
    return "InMemoryAccessLists[" + lists.size() + " issuers]";
  }
}
