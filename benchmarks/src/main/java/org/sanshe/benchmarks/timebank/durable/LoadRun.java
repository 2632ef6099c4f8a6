package org.sanshe.benchmarks.timebank.durable;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Drives a workload from client threads, closed-loop (each thread calls again as soon as its call
 * returns) or open-loop at a fixed rate (each thread calls at scheduled instants; a call's latency
 * counts from its scheduled instant, so a system that falls behind shows its queueing delay rather
 * than hiding it). Calls during the warm-up are not counted. Not thread-safe: one run at a time.
 */
final class LoadRun {

  /** One client thread's calls. */
  interface Client {
    /**
     * Makes one call.
     *
     * @param call the number of the call in this thread, from 0
     * @throws Exception if the call fails (the run stops)
     */
    void call(long call) throws Exception;
  }

  /** The outcome of a run's measured window. */
  record Result(long calls, double seconds, long[] sortedNanos, double cpuSeconds) {

    double perSecond() {
      return calls / seconds;
    }

    double p50() {
      return Latencies.percentileMillis(sortedNanos, 50);
    }

    double p99() {
      return Latencies.percentileMillis(sortedNanos, 99);
    }

    double p999() {
      return Latencies.percentileMillis(sortedNanos, 99.9);
    }

    double max() {
      return Latencies.percentileMillis(sortedNanos, 100);
    }

    /** JVM CPU microseconds per call during the window (both cores count). */
    double cpuMicrosPerCall() {
      return calls == 0 ? 0 : cpuSeconds * 1e6 / calls;
    }
  }

  private LoadRun() {}

  /**
   * Runs closed-loop.
   *
   * @param threads the client threads
   * @param clients makes each thread's client
   * @param warmupSeconds the warm-up
   * @param seconds the measured window
   * @param marks called at the start and the end of the measured window
   * @return the result
   */
  static Result closed(
      int threads, IntFunction<Client> clients, double warmupSeconds, double seconds, Window marks)
      throws Exception {
    return run(threads, clients, warmupSeconds, seconds, 0, marks);
  }

  /**
   * Runs open-loop at a fixed total rate.
   *
   * @param threads the client threads
   * @param clients makes each thread's client
   * @param warmupSeconds the warm-up
   * @param seconds the measured window
   * @param perSecond the total rate of calls
   * @param marks called at the start and the end of the measured window
   * @return the result
   */
  static Result open(
      int threads,
      IntFunction<Client> clients,
      double warmupSeconds,
      double seconds,
      double perSecond,
      Window marks)
      throws Exception {
    return run(threads, clients, warmupSeconds, seconds, perSecond, marks);
  }

  /** Called by the driving thread when the measured window starts and ends. */
  interface Window {
    /** Nothing to do at either end. */
    Window NONE =
        new Window() {
          @Override
          public void started() {}

          @Override
          public void ended() {}
        };

    /** The window started. */
    void started();

    /** The window ended. */
    void ended();
  }

  private static Result run(
      int threads,
      IntFunction<Client> clients,
      double warmupSeconds,
      double seconds,
      double rate,
      Window marks)
      throws Exception {
    Client[] client = new Client[threads];
    for (int t = 0; t < threads; t++) {
      client[t] = clients.apply(t);
    }
    Latencies[] lat = new Latencies[threads];
    long[] counts = new long[threads];
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long[] window = new long[2]; // measure start and end, set before go
    Thread[] workers = new Thread[threads];
    double interval = rate > 0 ? threads * 1e9 / rate : 0;
    for (int t = 0; t < threads; t++) {
      int me = t;
      lat[t] = new Latencies();
      workers[t] =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  go.await();
                  long from = window[0];
                  long to = window[1];
                  long begin = from - (long) (warmupSeconds * 1e9);
                  Latencies mine = lat[me];
                  long n = 0;
                  for (long k = 0; ; k++) {
                    long intended;
                    if (interval > 0) {
                      intended = begin + (long) ((k + (double) me / threads) * interval);
                      if (intended >= to) {
                        break;
                      }
                      long wait = intended - System.nanoTime();
                      if (wait > 0) {
                        LockSupport.parkNanos(wait);
                        while (System.nanoTime() < intended) {
                          Thread.onSpinWait();
                        }
                      }
                    } else {
                      intended = System.nanoTime();
                      if (intended >= to) {
                        break;
                      }
                    }
                    client[me].call(k);
                    long end = System.nanoTime();
                    if (intended >= from && end < to) {
                      mine.record(end - intended);
                      n++;
                    }
                  }
                  counts[me] = n;
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "client-" + t);
      workers[t].setDaemon(true);
      workers[t].start();
    }
    ready.await();
    long now = System.nanoTime();
    window[0] = now + (long) (warmupSeconds * 1e9);
    window[1] = window[0] + (long) (seconds * 1e9);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    go.countDown();
    LockSupport.parkNanos(Math.max(0, window[0] - System.nanoTime()));
    long cpu0 = os.getProcessCpuTime();
    marks.started();
    LockSupport.parkNanos(Math.max(0, window[1] - System.nanoTime()));
    long cpu1 = os.getProcessCpuTime();
    marks.ended();
    for (Thread w : workers) {
      w.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a client failed", failure.get());
    }
    long calls = 0;
    for (long c : counts) {
      calls += c;
    }
    return new Result(calls, seconds, Latencies.sorted(lat), (cpu1 - cpu0) / 1e9);
  }
}
