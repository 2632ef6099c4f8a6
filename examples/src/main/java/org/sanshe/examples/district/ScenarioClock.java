package org.sanshe.examples.district;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The scenario's clock: it starts at a fixed instant and moves only when the scenario advances it,
 * so every run prints the same report. Clocks made by {@link #withZone(ZoneId)} share the time of
 * this one. Thread-safe.
 */
public final class ScenarioClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /**
   * Creates a clock standing at an instant.
   *
   * @param start the first instant, not null
   * @param zone the zone, not null
   */
  public ScenarioClock(Instant start, ZoneId zone) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
  }

  private ScenarioClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
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
    now.updateAndGet(t -> t.plus(step));
  }

  /**
   * Moves the clock forward to an instant, if it is not there yet.
   *
   * @param instant where to go, not null
   */
  public void advanceTo(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    now.updateAndGet(t -> t.isBefore(instant) ? instant : t);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new ScenarioClock(now, other);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
