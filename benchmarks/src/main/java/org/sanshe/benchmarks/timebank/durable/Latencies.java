package org.sanshe.benchmarks.timebank.durable;

import java.util.Arrays;

/**
 * Latencies in nanoseconds recorded by one thread into a growing {@code long[]}, merged and sorted
 * afterwards for exact percentiles (no histogram library). Not thread-safe: one per thread.
 */
final class Latencies {

  private long[] values = new long[1 << 10];
  private int size;

  /**
   * Records one latency.
   *
   * @param nanos the latency
   */
  void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  /**
   * Returns the number recorded.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * Merges the recordings of several threads and sorts them.
   *
   * @param all the recordings
   * @return the sorted latencies
   */
  static long[] sorted(Latencies[] all) {
    int n = 0;
    for (Latencies l : all) {
      n += l.size;
    }
    long[] merged = new long[n];
    int at = 0;
    for (Latencies l : all) {
      System.arraycopy(l.values, 0, merged, at, l.size);
      at += l.size;
    }
    Arrays.sort(merged);
    return merged;
  }

  /**
   * Returns a percentile of sorted latencies in milliseconds.
   *
   * @param sorted the sorted latencies, not empty
   * @param p the percentile, 0 to 100
   * @return the latency in milliseconds
   */
  static double percentileMillis(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
