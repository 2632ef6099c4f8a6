package org.sanshe.testkit.contract;

import java.time.Clock;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.Responses;
import org.sanshe.core.satisfaction.response.memory.InMemoryResponses;

/** The in-memory responses keep the {@link Responses} contract. */
class MemoryResponsesContractTest extends ResponsesContract {

  @Override
  protected Responses newStore(DuplicatePolicy policy) {
    return new InMemoryResponses(policy);
  }

  @Override
  protected Responses reopen(Responses store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<Responses> newStoreWithOutbox(DuplicatePolicy policy, Clock clock) {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryResponses(policy, outbox, clock), outbox);
  }
}
