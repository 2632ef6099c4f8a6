package org.sanshe.deliberation.affairs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;

/** Fixtures shared by the affairs tests. */
public final class AffairsFixtures {

  /** Beijing time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A street in Yuhuatai district, Nanjing (320114). */
  public static final DivisionCode STREET = DivisionCode.parse("320114001");

  /** A community of that street. */
  public static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");

  /** Another community of that street. */
  public static final DivisionCode OTHER_COMMUNITY = DivisionCode.parse("320114001002");

  /** A community of another street. */
  public static final DivisionCode FAR_COMMUNITY = DivisionCode.parse("320114002001");

  /** 2026-03-02 09:00 Beijing time. */
  public static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private AffairsFixtures() {}

  /**
   * A report of a parking matter in grid G03, building B12.
   *
   * @param at when reported
   * @return the report
   */
  public static MatterReport parkingReport(Instant at) {
    return new MatterReport(
        Channel.GRID,
        MatterCategory.of("parking"),
        Place.of(COMMUNITY, "G03", "B12"),
        Reporter.of("张三丰", "13812345678"),
        Urgency.ROUTINE,
        "Cars block the fire lane behind building 12",
        at);
  }

  /** A clock that tests set and advance by hand. */
  public static final class TestClock extends Clock {
    private Instant now;

    /**
     * Creates a clock.
     *
     * @param start the first instant
     */
    public TestClock(Instant start) {
      this.now = start;
    }

    /**
     * Moves the clock forward.
     *
     * @param d how far
     */
    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
