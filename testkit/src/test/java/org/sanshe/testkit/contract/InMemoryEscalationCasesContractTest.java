package org.sanshe.testkit.contract;

import org.sanshe.deliberation.escalation.EscalationCases;
import org.sanshe.deliberation.memory.InMemoryEscalationCases;

/** The in-memory store keeps the {@link EscalationCases} contract. */
class InMemoryEscalationCasesContractTest extends EscalationCasesContract {

  @Override
  protected EscalationCases newCases() {
    return new InMemoryEscalationCases();
  }

  @Override
  protected EscalationCases sameData(EscalationCases cases) {
    return cases; // memory is not reopened: the same instance is the same data
  }
}
