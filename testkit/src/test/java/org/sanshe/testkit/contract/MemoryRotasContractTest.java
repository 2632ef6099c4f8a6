package org.sanshe.testkit.contract;

import org.sanshe.timebank.memory.MemoryRotas;
import org.sanshe.timebank.rota.Rotas;

/** The in-memory rotas keep the {@link Rotas} contract. */
class MemoryRotasContractTest extends RotasContract {

  @Override
  protected Rotas newRotas() {
    return new MemoryRotas();
  }

  @Override
  protected Rotas reopen(Rotas rotas) {
    return rotas; // memory is not reopened: the same instance is the same data
  }
}
