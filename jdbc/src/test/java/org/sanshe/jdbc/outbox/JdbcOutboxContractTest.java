package org.sanshe.jdbc.outbox;

import java.util.List;
import org.sanshe.core.event.Outbox;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.OutboxContract;

/** The JDBC outbox keeps the {@link Outbox} contract on a real PostgreSQL. */
class JdbcOutboxContractTest extends OutboxContract {

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  @Override
  protected Outbox newOutbox() {
    JdbcOutbox.migrate(jdbc);
    return JdbcOutbox.open(jdbc);
  }

  @Override
  protected void append(Outbox outbox, List<OutboxEvent> events) {
    jdbc.inTransaction(
        "append",
        c -> {
          ((JdbcOutbox) outbox).append(c, events);
          return null;
        });
  }

  @Override
  protected Outbox reopen(Outbox outbox) {
    return JdbcOutbox.open(jdbc);
  }
}
