package org.sanshe.benchmarks.timebank;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-invocation CPU time and collector pauses for single-shot benchmarks: {@link #start()} in the
 * invocation's setup, {@link #stop()} in its tear-down, {@link #summary(int)} at the end of the
 * trial. Reads the benchmark thread's CPU time, the process's CPU time (every thread: collector and
 * compiler threads included) and the collectors' accumulated pause time and count. Not thread-safe:
 * one benchmark thread uses it.
 */
final class CpuMeter {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final List<long[]> samples = new ArrayList<>();
  private long thread0;
  private long process0;
  private long gcMillis0;
  private long gcCount0;
  private long wall0;

  void start() {
    long[] gc = gc();
    gcMillis0 = gc[0];
    gcCount0 = gc[1];
    process0 = os.getProcessCpuTime();
    thread0 = threads.getCurrentThreadCpuTime();
    wall0 = System.nanoTime();
  }

  void stop() {
    long wall = System.nanoTime() - wall0;
    long thread = threads.getCurrentThreadCpuTime() - thread0;
    long process = os.getProcessCpuTime() - process0;
    long[] gc = gc();
    samples.add(new long[] {wall, thread, process, gc[0] - gcMillis0, gc[1] - gcCount0});
  }

  private static long[] gc() {
    long millis = 0;
    long count = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, b.getCollectionTime());
      count += Math.max(0, b.getCollectionCount());
    }
    return new long[] {millis, count};
  }

  /**
   * Summarizes the last invocations.
   *
   * @param last how many of the last invocations (the measured ones)
   * @return one line per figure
   */
  String summary(int last) {
    List<long[]> s = samples.subList(Math.max(0, samples.size() - last), samples.size());
    double[] sum = new double[5];
    for (long[] x : s) {
      for (int i = 0; i < 5; i++) {
        sum[i] += x[i];
      }
    }
    int n = Math.max(1, s.size());
    return String.format(
        Locale.ROOT,
        "per invocation over the last %d: wall %.1f ms, benchmark thread CPU %.1f ms,"
            + " process CPU %.1f ms; collections %d pausing %d ms in all (%.1f ms per invocation)",
        s.size(),
        sum[0] / n / 1e6,
        sum[1] / n / 1e6,
        sum[2] / n / 1e6,
        (long) sum[4],
        (long) sum[3],
        sum[3] / n);
  }
}
