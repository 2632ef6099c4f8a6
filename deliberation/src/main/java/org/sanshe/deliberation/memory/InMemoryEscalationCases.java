package org.sanshe.deliberation.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationCaseSnapshot;
import org.sanshe.deliberation.escalation.EscalationCases;
import org.sanshe.deliberation.escalation.EscalationEvent;

/**
 * Escalation cases kept in memory. It keeps {@link EscalationCaseSnapshot}s, not live objects:
 * every read restores a fresh instance, and writes check the version as the {@link EscalationCases}
 * port says, exactly as a database store does. With an {@link OutboxSink}, every successful add or
 * update appends the events the case raised (aggregate type {@value #AGGREGATE_TYPE}, at the
 * version stored) in the same critical section; a refused write appends nothing. Thread-safe
 * (synchronized).
 */
public final class InMemoryEscalationCases implements EscalationCases {

  private final TreeMap<String, EscalationCaseSnapshot> byId = new TreeMap<>();
  private final Map<MatterId, CaseId> openByMatter = new HashMap<>();

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "escalation-case";

  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryEscalationCases() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryEscalationCases(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(EscalationCase escalationCase, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              escalationCase.id().value(),
              version,
              escalationCase.pendingEvents(),
              e -> ((EscalationEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(EscalationCase escalationCase) {
    Objects.requireNonNull(escalationCase, "escalationCase");
    if (byId.containsKey(escalationCase.id().value())
        || (!escalationCase.isClosed() && openByMatter.containsKey(escalationCase.matter()))) {
      throw new AffairsException(AffairsError.ESCALATION_CASE_DUPLICATE, escalationCase.matter());
    }
    if (escalationCase.version() != 0) {
      throw Optimistic.conflict(
          Optimistic.ESCALATION_CASE, escalationCase.id(), escalationCase.version(), 0);
    }
    publish(escalationCase, 1);
    byId.put(escalationCase.id().value(), escalationCase.snapshot().withVersion(1));
    if (!escalationCase.isClosed()) {
      openByMatter.put(escalationCase.matter(), escalationCase.id());
    }
  }

  @Override
  public synchronized void update(EscalationCase escalationCase) {
    Objects.requireNonNull(escalationCase, "escalationCase");
    EscalationCaseSnapshot stored = byId.get(escalationCase.id().value());
    if (stored == null) {
      throw new AffairsException(AffairsError.ESCALATION_CASE_UNKNOWN, escalationCase.id());
    }
    if (stored.version() != escalationCase.version()) {
      throw Optimistic.conflict(
          Optimistic.ESCALATION_CASE,
          escalationCase.id(),
          escalationCase.version(),
          stored.version());
    }
    publish(escalationCase, stored.version() + 1);
    byId.put(
        escalationCase.id().value(), escalationCase.snapshot().withVersion(stored.version() + 1));
    if (escalationCase.isClosed()) {
      openByMatter.remove(escalationCase.matter(), escalationCase.id());
    }
  }

  @Override
  public Optional<EscalationCase> find(CaseId id) {
    Objects.requireNonNull(id, "id");
    EscalationCaseSnapshot s;
    synchronized (this) {
      s = byId.get(id.value());
    }
    return Optional.ofNullable(s).map(EscalationCase::restore);
  }

  @Override
  public List<EscalationCase> open() {
    List<EscalationCaseSnapshot> open;
    synchronized (this) {
      open = byId.values().stream().filter(s -> s.resolutionNote() == null).toList();
    }
    return open.stream().map(EscalationCase::restore).toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryEscalationCases[" + byId.size() + "]";
  }
}
