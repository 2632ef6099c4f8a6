package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.fund.Funds;
import org.sanshe.core.fund.memory.InMemoryFunds;

/** The in-memory funds keep the {@link Funds} contract. */
class InMemoryFundsContractTest extends FundsContract {

  @Override
  protected Funds newFunds() {
    return new InMemoryFunds();
  }

  @Override
  protected Funds sameData(Funds funds) {
    return funds; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<Funds> newFundsWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryFunds(outbox), outbox);
  }
}
