package org.sanshe.testkit.contract;

import org.sanshe.deliberation.consultation.Consultations;
import org.sanshe.deliberation.memory.InMemoryConsultations;

/** The in-memory store keeps the {@link Consultations} contract. */
class InMemoryConsultationsContractTest extends ConsultationsContract {

  @Override
  protected Consultations newConsultations() {
    return new InMemoryConsultations();
  }

  @Override
  protected Consultations sameData(Consultations consultations) {
    return consultations; // memory is not reopened: the same instance is the same data
  }
}
