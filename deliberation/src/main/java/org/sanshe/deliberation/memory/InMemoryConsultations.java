package org.sanshe.deliberation.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationEvent;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationSnapshot;
import org.sanshe.deliberation.consultation.Consultations;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Consultations kept in memory. It keeps {@link ConsultationSnapshot}s, not live objects: every
 * read restores a fresh instance, and writes check the version as the {@link Consultations} port
 * says, exactly as a database store does. With an {@link OutboxSink}, every successful add or
 * update appends the events the consultation raised (aggregate type {@value #AGGREGATE_TYPE}, at
 * the version stored) in the same critical section; a refused write appends nothing. Thread-safe
 * (synchronized).
 */
public final class InMemoryConsultations implements Consultations {

  private final TreeMap<String, ConsultationSnapshot> byId = new TreeMap<>();

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "consultation";

  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryConsultations() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryConsultations(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(Consultation consultation, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              consultation.id().value(),
              version,
              consultation.pendingEvents(),
              e -> ((ConsultationEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    if (byId.containsKey(consultation.id().value())) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, Checks.field("consultation id"));
    }
    if (consultation.version() != 0) {
      throw Optimistic.conflict(
          Optimistic.CONSULTATION, consultation.id(), consultation.version(), 0);
    }
    publish(consultation, 1);
    byId.put(consultation.id().value(), consultation.snapshot().withVersion(1));
  }

  @Override
  public synchronized void update(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    ConsultationSnapshot stored = byId.get(consultation.id().value());
    if (stored == null) {
      throw new AffairsException(AffairsError.CONSULTATION_UNKNOWN, consultation.id());
    }
    if (stored.version() != consultation.version()) {
      throw Optimistic.conflict(
          Optimistic.CONSULTATION, consultation.id(), consultation.version(), stored.version());
    }
    publish(consultation, stored.version() + 1);
    byId.put(consultation.id().value(), consultation.snapshot().withVersion(stored.version() + 1));
  }

  @Override
  public Optional<Consultation> find(ConsultationId id) {
    Objects.requireNonNull(id, "id");
    ConsultationSnapshot s;
    synchronized (this) {
      s = byId.get(id.value());
    }
    return Optional.ofNullable(s).map(Consultation::restore);
  }

  @Override
  public List<Consultation> all() {
    List<ConsultationSnapshot> all;
    synchronized (this) {
      all = List.copyOf(byId.values());
    }
    return all.stream().map(Consultation::restore).toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryConsultations[" + byId.size() + "]";
  }
}
