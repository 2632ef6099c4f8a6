package org.sanshe.testkit.contract;

import java.util.Objects;
import org.sanshe.core.event.Outbox;

/**
 * A store that writes the events of its saves to an outbox, with the reading side of that outbox:
 * what the store contracts ask for to check that events are written exactly when a change is.
 * Immutable if its parts are.
 *
 * @param <S> the store's port
 * @param store the store, not null
 * @param outbox the outbox it writes to, read as a relay would, not null
 */
public record WithOutbox<S>(S store, Outbox outbox) {

  /** Checks for nulls. */
  public WithOutbox {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(outbox, "outbox");
  }
}
