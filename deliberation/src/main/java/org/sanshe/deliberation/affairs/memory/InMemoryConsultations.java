package org.sanshe.deliberation.affairs.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.Consultations;

/**
 * Consultations kept in memory. Thread-safe (synchronized); it hands out the stored aggregates
 * themselves, so callers serialize commands on one consultation.
 */
public final class InMemoryConsultations implements Consultations {

  private final Map<ConsultationId, Consultation> byId = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryConsultations() {}

  @Override
  public synchronized void add(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    if (byId.containsKey(consultation.id())) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, Checks.field("consultation id"));
    }
    byId.put(consultation.id(), consultation);
  }

  @Override
  public synchronized void update(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    if (!byId.containsKey(consultation.id())) {
      throw new AffairsException(AffairsError.CONSULTATION_UNKNOWN, consultation.id());
    }
    byId.put(consultation.id(), consultation);
  }

  @Override
  public synchronized Optional<Consultation> find(ConsultationId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<Consultation> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public synchronized String toString() {
    return "InMemoryConsultations[" + byId.size() + "]";
  }
}
