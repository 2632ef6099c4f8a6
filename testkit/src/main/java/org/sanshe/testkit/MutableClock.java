package org.sanshe.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that tests set and advance by hand, so that deadlines, expiries and publicity periods can
 * be crossed without waiting. Thread-safe: reads and moves are atomic; clocks made by {@link
 * #withZone(ZoneId)} share the instant with this one.
 */
public final class MutableClock extends Clock {

  private final Object lock;
  private final Instant[] now;
  private final ZoneId zone;

  private MutableClock(Object lock, Instant[] now, ZoneId zone) {
    this.lock = lock;
    this.now = now;
    this.zone = zone;
  }

  /**
   * Creates a clock at an instant in a zone.
   *
   * @param start the first instant, not null
   * @param zone the zone, not null
   * @return the clock
   */
  public static MutableClock at(Instant start, ZoneId zone) {
    return new MutableClock(
        new Object(),
        new Instant[] {Objects.requireNonNull(start, "start")},
        Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Creates a clock in Beijing time ({@code Asia/Shanghai}) at an instant.
   *
   * @param start the first instant
   * @return the clock
   */
  public static MutableClock beijing(Instant start) {
    return at(start, ZoneId.of("Asia/Shanghai"));
  }

  /**
   * Moves the clock forward (or back, for a negative amount).
   *
   * @param amount the amount, not null
   * @return this clock
   */
  public MutableClock advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    synchronized (lock) {
      now[0] = now[0].plus(amount);
    }
    return this;
  }

  /**
   * Sets the clock to an instant.
   *
   * @param instant the instant, not null
   * @return this clock
   */
  public MutableClock set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    synchronized (lock) {
      now[0] = instant;
    }
    return this;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public MutableClock withZone(ZoneId newZone) {
    return new MutableClock(lock, now, Objects.requireNonNull(newZone, "zone"));
  }

  @Override
  public Instant instant() {
    synchronized (lock) {
      return now[0];
    }
  }

  @Override
  public String toString() {
    return "MutableClock[" + instant() + ", " + zone + "]";
  }
}
