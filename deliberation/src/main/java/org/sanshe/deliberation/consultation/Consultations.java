package org.sanshe.deliberation.consultation;

import java.util.List;
import java.util.Optional;

/** The port to where consultations are kept. Implementations say whether they are thread-safe. */
public interface Consultations {

  /**
   * Adds a new consultation.
   *
   * @param consultation the consultation, not null
   * @throws org.sanshe.deliberation.affairs.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   *     if the id is taken
   */
  void add(Consultation consultation);

  /**
   * Stores a changed consultation.
   *
   * @param consultation the consultation, not null
   * @throws org.sanshe.deliberation.affairs.error.AffairsException with {@code
   *     CONSULTATION_UNKNOWN}
   */
  void update(Consultation consultation);

  /**
   * Finds a consultation.
   *
   * @param id the id, not null
   * @return the consultation, or empty
   */
  Optional<Consultation> find(ConsultationId id);

  /**
   * Returns every consultation, in the order they were added.
   *
   * @return a snapshot list
   */
  List<Consultation> all();
}
