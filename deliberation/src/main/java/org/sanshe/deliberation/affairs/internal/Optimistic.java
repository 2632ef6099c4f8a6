package org.sanshe.deliberation.affairs.internal;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Optimistic commands of the desks of matters, escalation cases and consultations: load a fresh
 * instance, check the expected version, apply the command, store it; on a version conflict a
 * command that is safe to re-run is run again on a fresh instance, up to {@value #ATTEMPTS} times,
 * after a short random wait that grows with each attempt. Stateless and thread-safe.
 */
public final class Optimistic {

  /** How often a command that may be re-run is tried before its conflict is reported. */
  public static final int ATTEMPTS = 12;

  /** The kind "matter" in messages. */
  public static final Wording MATTER = Wording.of("matter", "事项");

  /** The kind "escalation case" in messages. */
  public static final Wording ESCALATION_CASE = Wording.of("escalation case", "督办案件");

  /** The kind "consultation" in messages. */
  public static final Wording CONSULTATION = Wording.of("consultation", "协商");

  /** No expected version: the command may be re-run after a conflict. */
  public static final long ANY_VERSION = -1;

  private Optimistic() {}

  /**
   * Returns the version-conflict exception.
   *
   * @param kind the kind of aggregate, not null
   * @param id the aggregate's id, not null
   * @param read the version the writer read
   * @param stored the version stored
   * @return the exception to throw
   */
  public static AffairsException conflict(Wording kind, Object id, long read, long stored) {
    return new AffairsException(AffairsError.AFFAIRS_VERSION_CONFLICT, kind, id, read, stored);
  }

  /**
   * Checks a version a caller expects (from an edit form, an {@code If-Match} header).
   *
   * @param expectedVersion the version, at least 1 (a stored aggregate's version)
   * @return the version
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} below 1
   */
  public static long expected(long expectedVersion) {
    if (expectedVersion < 1) {
      throw new org.sanshe.core.error.SansheException(
          org.sanshe.core.error.CoreError.ARGUMENT_INVALID,
          Wording.of("The expected version", "预期版本号"),
          Wording.of("at least 1", "至少为 1"));
    }
    return expectedVersion;
  }

  /**
   * Tells whether an exception is a version conflict.
   *
   * @param e the exception, not null
   * @return true for {@code AFFAIRS_VERSION_CONFLICT}
   */
  public static boolean isConflict(RuntimeException e) {
    return e instanceof AffairsException a
        && a.errorCode() == AffairsError.AFFAIRS_VERSION_CONFLICT;
  }

  /**
   * Runs a command optimistically.
   *
   * @param kind the kind of aggregate, for the conflict message, not null
   * @param id the aggregate's id, not null
   * @param expectedVersion the version the caller saw ({@link #ANY_VERSION} for none)
   * @param retry whether the command may be re-run after a conflict (ignored, that is no retry,
   *     when an expected version is given)
   * @param load loads a fresh instance or throws the unknown-aggregate error, not null
   * @param version reads an instance's version, not null
   * @param command applies the command to the instance and returns its event, not null
   * @param store stores the changed instance (update), not null
   * @param <A> the aggregate type
   * @param <E> the event type
   * @return the command's event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} when the loaded version is not
   *     the expected one, or when the store refused every attempt; the command's own errors
   */
  public static <A, E> E run(
      Wording kind,
      Object id,
      long expectedVersion,
      boolean retry,
      Supplier<A> load,
      ToLongFunction<A> version,
      Function<A, E> command,
      java.util.function.Consumer<A> store) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    boolean mayRetry = retry && expectedVersion == ANY_VERSION;
    for (int attempt = 1; ; attempt++) {
      A aggregate = load.get();
      long loaded = version.applyAsLong(aggregate);
      if (expectedVersion != ANY_VERSION && loaded != expectedVersion) {
        throw conflict(kind, id, expectedVersion, loaded);
      }
      E event = command.apply(aggregate);
      try {
        store.accept(aggregate);
        return event;
      } catch (AffairsException e) {
        if (!isConflict(e) || !mayRetry || attempt >= ATTEMPTS) {
          throw e;
        }
        if (!backOff(attempt)) {
          throw e;
        }
      }
    }
  }

  /**
   * Waits a random time before the next attempt, up to 1, 2, 4, ... 256 milliseconds, so that
   * writers racing on one aggregate (several servers) do not collide again in lockstep and none
   * loses every round. Returns false, with the interrupt flag kept, when interrupted.
   *
   * @param attempt the attempt that just failed, from 1
   * @return whether to try again
   */
  public static boolean backOff(int attempt) {
    long bound = 1L << Math.min(attempt - 1, 8);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
      return true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
