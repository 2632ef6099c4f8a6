package org.sanshe.core.kernel;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a service does when one of its event listeners throws: the change is already stored, so the
 * failure must not reach the caller as if the command had been refused, and the remaining events
 * must still be delivered. The service hands each failure, with the event it concerned, to this
 * handler and goes on.
 *
 * <p>Implementations must be thread-safe when the service is shared between threads. A handler that
 * throws is itself reported to the current thread's uncaught-exception handler, with its exception
 * suppressed into the listener's, and delivery still goes on.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface ListenerFailureHandler<E> {

  /**
   * Receives the failure of a listener.
   *
   * @param event the event the listener was given, not null
   * @param failure what the listener threw, not null
   */
  void failed(E event, RuntimeException failure);

  /**
   * Returns the default handler: it passes the failure to the current thread's uncaught-exception
   * handler (which, unless one was installed, prints it to standard error), as an exception
   * escaping a thread would be.
   *
   * @param <E> the event type
   * @return the handler; stateless and thread-safe
   */
  static <E> ListenerFailureHandler<E> uncaughtExceptionHandler() {
    return (event, failure) -> {
      Thread current = Thread.currentThread();
      current.getUncaughtExceptionHandler().uncaughtException(current, failure);
    };
  }

  /**
   * Hands one event to a listener, sending a failure to a handler instead of the caller.
   *
   * @param <E> the event type
   * @param event the event, not null
   * @param listener the listener, not null
   * @param handler the handler of its failures, not null
   */
  static <E> void deliver(
      E event, Consumer<? super E> listener, ListenerFailureHandler<E> handler) {
    Objects.requireNonNull(event, "event");
    try {
      listener.accept(event);
    } catch (RuntimeException failure) {
      try {
        handler.failed(event, failure);
      } catch (RuntimeException handlerFailure) {
        failure.addSuppressed(handlerFailure);
        ListenerFailureHandler.<E>uncaughtExceptionHandler().failed(event, failure);
      }
    }
  }
}
