package org.sanshe.testkit.contract;

import java.util.List;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.event.Outbox;
import org.sanshe.core.event.OutboxEvent;

class InMemoryOutboxContractTest extends OutboxContract {

  @Override
  protected Outbox newOutbox() {
    return new InMemoryOutbox();
  }

  @Override
  protected void append(Outbox outbox, List<OutboxEvent> events) {
    ((InMemoryOutbox) outbox).append(events);
  }

  @Override
  protected Outbox reopen(Outbox outbox) {
    return outbox;
  }
}
