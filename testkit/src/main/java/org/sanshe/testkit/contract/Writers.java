package org.sanshe.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs writers in parallel threads, released together, and collects what each returned or threw.
 * Used by the contract tests' multi-writer checks. Not thread-safe itself: one per check.
 */
final class Writers {

  private Writers() {}

  /** What one writer did: its result, or the exception it threw. */
  record Outcome(Object result, RuntimeException failure) {

    boolean succeeded() {
      return failure == null;
    }
  }

  /**
   * Runs the tasks, each in its own thread, all starting at once after a barrier.
   *
   * @param tasks the tasks, not null
   * @return the outcomes in task order
   */
  static List<Outcome> race(List<Callable<?>> tasks) {
    CyclicBarrier start = new CyclicBarrier(tasks.size());
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Callable<?> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  try {
                    return new Outcome(task.call(), null);
                  } catch (RuntimeException e) {
                    return new Outcome(null, e);
                  }
                }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get(120, TimeUnit.SECONDS));
      }
      return outcomes;
    } catch (Exception e) {
      throw new AssertionError("a writer did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Returns the error code of a failure.
   *
   * @param outcome the outcome, not null
   * @return the code, or the exception's class name when it carries none
   */
  static String code(Outcome outcome) {
    RuntimeException e = outcome.failure();
    if (e instanceof org.sanshe.core.error.SansheException s) {
      return s.errorCode().code();
    }
    return e == null ? "none" : e.getClass().getName();
  }
}
