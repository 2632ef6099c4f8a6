package org.sanshe.timebank.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.timebank.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.policy.Verdict;

/**
 * The daily maximum counted in seconds at one offset gives the verdict the zone's calendar gives,
 * for zones without daylight saving time (Shanghai, after its last change in 1991), fixed offsets
 * and UTC; and a zone with daylight saving time always goes by the calendar.
 */
class RecordingRulesProperties {

  private static final List<ZoneId> STEADY =
      List.of(
          ZoneId.of("Asia/Shanghai"),
          ZoneOffset.UTC,
          ZoneOffset.ofHoursMinutes(5, 45),
          ZoneOffset.ofHours(-11),
          ZoneId.of("Asia/Kolkata"));
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final PartyId V = PartyId.of("v1");

  @Test
  void counting_at_one_offset_gives_the_calendars_verdict() {
    qt().forAll(longs().all(), integers().between(0, 12))
        .checkAssert(RecordingRulesProperties::sameVerdict);
  }

  private static void sameVerdict(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    ZoneId zone = STEADY.get(random.nextInt(STEADY.size()));
    RecordingRules rules =
        new RecordingRules(Duration.ofMinutes(1 + random.nextInt(1440)), Duration.ofDays(30), zone);
    // records around a few days, touching day boundaries to the nanosecond now and then
    List<ServiceRecord> others = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      others.add(record("r" + i, random, random.nextInt(4) > 0));
    }
    ServiceDraft draft = draft(random);
    Verdict calendar = rules.checkDaysByCalendar(draft, others);
    assertThat(rules.checkDaysAtOneOffset(draft, others)).isEqualTo(calendar);
    // and through check(): the overlap rule first, then the days, whatever kind of list
    Verdict whole = rules.check(draft, others, T0.plus(Duration.ofDays(8)));
    assertThat(rules.check(draft, new LinkedList<>(others), T0.plus(Duration.ofDays(8))))
        .isEqualTo(whole);
    if (whole instanceof Verdict.Refused r
        && r.code() == org.sanshe.timebank.error.TimeBankError.TIMEBANK_SERVICE_DAILY_MAXIMUM) {
      assertThat(whole).isEqualTo(calendar);
    }
  }

  @Test
  void a_zone_with_daylight_saving_time_counts_its_short_and_long_days_by_the_calendar() {
    // Berlin's spring day has 23 hours: 23 hours of service fill it, 23 hours and a minute do not
    // fit in it
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    RecordingRules rules = new RecordingRules(Duration.ofHours(23), Duration.ofDays(30), berlin);
    Instant dayStart = Instant.parse("2026-03-28T23:00:00Z");
    Instant dayEnd = Instant.parse("2026-03-29T22:00:00Z");
    ServiceDraft whole = drafted(dayStart, dayEnd);
    assertThat(rules.check(whole, List.of(), dayEnd.plusSeconds(60)).isPermitted()).isTrue();
    RecordingRules tighter = new RecordingRules(Duration.ofHours(22), Duration.ofDays(30), berlin);
    assertThat(tighter.check(whole, List.of(), dayEnd.plusSeconds(60)).isPermitted()).isFalse();
  }

  private static Instant around(SplittableRandom random) {
    Instant day = T0.plus(Duration.ofDays(random.nextInt(5)));
    return switch (random.nextInt(4)) {
      case 0 -> day.plusSeconds(random.nextInt(-50_000, 50_000));
      case 1 -> day.plusNanos(random.nextLong(-3, 4));
      default -> day.plusSeconds(random.nextInt(0, 86_400)).plusNanos(random.nextInt(1_000_000));
    };
  }

  private static ServiceDraft draft(SplittableRandom random) {
    Instant start = around(random);
    Instant end =
        random.nextBoolean()
            ? start.plusSeconds(1 + random.nextInt(20_000))
            : start.plusNanos(1 + random.nextLong(200_000_000_000_000L));
    return drafted(start, end);
  }

  private static ServiceDraft drafted(Instant start, Instant end) {
    return new ServiceDraft(
        V, AccountId.of("acct-1"), PartyId.of("org"), "care", null, start, end, "", null);
  }

  private static ServiceRecord record(String id, SplittableRandom random, boolean current) {
    return new ServiceRecord(
        ServiceRecordId.of(id),
        draft(random),
        PartyId.of("coord"),
        T0,
        current ? ServiceStatus.VERIFIED : ServiceStatus.CORRECTED,
        TimeCredit.ofMinutes(60),
        null,
        null,
        null);
  }
}
