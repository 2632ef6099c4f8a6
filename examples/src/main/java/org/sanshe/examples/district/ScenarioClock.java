package org.sanshe.examples.district;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The scenario's clock: it starts at a fixed instant and moves only when the scenario advances it,
 * so every run prints the same report. Not thread-safe; the scenario runs on one thread.
 */
public final class ScenarioClock extends Clock {

  private final ZoneId zone;
  private Instant now;

  /**
   * Creates a clock standing at an instant.
   *
   * @param start the first instant, not null
   * @param zone the zone, not null
   */
  public ScenarioClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Moves the clock forward.
   *
   * @param step how far, not null and not negative
   * @throws IllegalArgumentException if the step is negative
   */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("the scenario clock only moves forward");
    }
    now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    ScenarioClock copy = new ScenarioClock(now, other);
    return copy;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
