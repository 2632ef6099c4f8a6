package org.sanshe.testkit.contract;

import org.sanshe.deliberation.affairs.memory.InMemoryEscalationCases;
import org.sanshe.deliberation.escalation.EscalationCases;

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
