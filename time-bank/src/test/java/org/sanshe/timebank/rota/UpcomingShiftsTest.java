package org.sanshe.timebank.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;
import static org.sanshe.timebank.TimeBankFixture.ORG;
import static org.sanshe.timebank.rota.RotaTest.CHINA;
import static org.sanshe.timebank.rota.RotaTest.TEAM;
import static org.sanshe.timebank.rota.RotaTest.m;
import static org.sanshe.timebank.rota.RotaTest.slot;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.timebank.VolunteeringFixture;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKey;
import org.sanshe.timebank.memory.MemoryRotas;

/** A volunteer's upcoming shifts across every rota, in pages by start and id. */
class UpcomingShiftsTest {

  private final VolunteeringFixture f = new VolunteeringFixture();
  private final MemoryRotas rotas = new MemoryRotas();
  private final RotaDesk desk =
      RotaDesk.builder()
          .rotas(rotas)
          .activities(f.activities)
          .attendance(f.desk)
          .roles(f.base.roles)
          .clock(f.base.clock)
          .build();

  private static Rota rota(String id, LocalDate first, int days, List<RotaSlot> slots) {
    return Rota.drawUp(
        RotaId.of(id),
        TEAM,
        ORG,
        "patrol",
        CHINA,
        first,
        first.plusDays(days - 1),
        slots,
        COORDINATOR,
        RotaTest.AT);
  }

  private static ActivityKey key(RotaShift s) {
    return new ActivityKey(s.start(), s.id());
  }

  private List<ActivityId> all(PartyId volunteer, Instant now, int pageSize) {
    List<ActivityId> out = new ArrayList<>();
    ActivityKey after = null;
    while (true) {
      List<RotaShift> page = desk.upcomingShiftsOf(volunteer, now, after, pageSize);
      assertThat(page.size()).isLessThanOrEqualTo(pageSize);
      page.forEach(s -> out.add(s.id()));
      if (page.size() < pageSize) {
        return out;
      }
      after = key(page.get(page.size() - 1));
    }
  }

  @Test
  void shifts_of_two_rotas_come_merged_by_start_across_a_page_boundary() {
    PartyId wang = f.volunteer("wang");
    LocalDate day = LocalDate.ofInstant(f.now(), CHINA).plusDays(1);
    // rota-a: Mondays and Wednesdays at 8; rota-b: Tuesdays at 8 and Wednesdays at 18
    DayOfWeek d0 = day.getDayOfWeek();
    rotas.add(
        rota(
            "rota-a",
            day,
            14,
            List.of(slot(d0, 8, 2, m("wang"), m("li")), slot(d0.plus(2), 8, 2, m("wang")))));
    rotas.add(
        rota(
            "rota-b",
            day,
            14,
            List.of(slot(d0.plus(1), 8, 2, m("wang")), slot(d0.plus(2), 18, 2, m("wang")))));
    rotas.add(rota("rota-c", day, 14, List.of(slot(d0, 8, 2, m("zhao")))));

    List<ActivityId> expected =
        List.of(
            ActivityId.of("rota-a:" + basic(day) + ":0"),
            ActivityId.of("rota-b:" + basic(day.plusDays(1)) + ":0"),
            ActivityId.of("rota-a:" + basic(day.plusDays(2)) + ":1"),
            ActivityId.of("rota-b:" + basic(day.plusDays(2)) + ":1"),
            ActivityId.of("rota-a:" + basic(day.plusDays(7)) + ":0"),
            ActivityId.of("rota-b:" + basic(day.plusDays(8)) + ":0"),
            ActivityId.of("rota-a:" + basic(day.plusDays(9)) + ":1"),
            ActivityId.of("rota-b:" + basic(day.plusDays(9)) + ":1"));
    assertThat(all(wang, f.now(), 3)).containsExactlyElementsOf(expected);
    assertThat(all(wang, f.now(), 1)).containsExactlyElementsOf(expected);
    assertThat(all(wang, f.now(), 100)).containsExactlyElementsOf(expected);
    List<RotaShift> first = desk.upcomingShiftsOf(wang, f.now(), null, 3);
    assertThat(desk.upcomingShiftsOf(wang, f.now(), key(first.get(2)), 3))
        .extracting(RotaShift::id)
        .containsExactlyElementsOf(expected.subList(3, 6));
    // a shift in progress is upcoming until it ends
    Instant during = first.get(0).start().plus(Duration.ofHours(1));
    assertThat(desk.upcomingShiftsOf(wang, during, null, 1))
        .extracting(RotaShift::id)
        .containsExactly(expected.get(0));
    assertThat(desk.upcomingShiftsOf(wang, first.get(0).end(), null, 1))
        .extracting(RotaShift::id)
        .containsExactly(expected.get(1));
    assertThat(all(PartyId.of("vol-nobody"), f.now(), 5)).isEmpty();
  }

  @Test
  void swaps_absences_and_opened_shifts_decide_who_is_on() {
    PartyId wang = f.volunteer("wang");
    PartyId li = f.volunteer("li");
    PartyId sun = f.volunteer("sun");
    LocalDate day = LocalDate.ofInstant(f.now(), CHINA).plusDays(1);
    DayOfWeek d0 = day.getDayOfWeek();
    rotas.add(rota("rota-a", day, 21, List.of(slot(d0, 8, 2, m("wang"), m("li")))));
    RotaId a = RotaId.of("rota-a");
    desk.swap(COORDINATOR, a, day, 0, li, m("sun"));
    desk.absent(wang, a, day.plusDays(7), 0, wang);
    assertThat(all(sun, f.now(), 10)).containsExactly(ActivityId.of("rota-a:" + basic(day) + ":0"));
    assertThat(all(li, f.now(), 10))
        .containsExactly(
            ActivityId.of("rota-a:" + basic(day.plusDays(7)) + ":0"),
            ActivityId.of("rota-a:" + basic(day.plusDays(14)) + ":0"));
    assertThat(all(wang, f.now(), 1))
        .containsExactly(
            ActivityId.of("rota-a:" + basic(day) + ":0"),
            ActivityId.of("rota-a:" + basic(day.plusDays(14)) + ":0"));
    // once opened, the activity's attendance decides: wang withdraws, sun stays signed up
    ActivityId opened = desk.openShift(COORDINATOR, a, day, 0).id();
    f.desk.withdraw(wang, opened, wang);
    assertThat(all(wang, f.now(), 1))
        .containsExactly(ActivityId.of("rota-a:" + basic(day.plusDays(14)) + ":0"));
    assertThat(all(sun, f.now(), 1)).containsExactly(opened);
    f.desk.cancel(COORDINATOR, opened);
    assertThat(all(sun, f.now(), 1)).isEmpty();
  }

  @Test
  void a_bad_page_size_is_refused_by_code() {
    for (int max : new int[] {0, -1, 10_001}) {
      assertThatThrownBy(() -> desk.upcomingShiftsOf(PartyId.of("vol-x"), f.now(), null, max))
          .isInstanceOf(SansheException.class)
          .hasMessageNotContaining("vol-x");
    }
  }

  /**
   * Property: for random rotas, swaps and absences, the pages of any size put together are exactly
   * the volunteer's shifts ending after now, computed the slow way (every dated shift of every
   * rota, its members after changes), sorted by start and id.
   */
  @Test
  void pages_put_together_are_every_shift_the_volunteer_is_on_in_key_order() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("UpcomingShiftsTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] names = {"wang", "li", "sun", "zhao"};
    for (int round = 0; round < 40; round++) {
      MemoryRotas store = new MemoryRotas();
      RotaDesk d =
          RotaDesk.builder()
              .rotas(store)
              .activities(f.activities)
              .attendance(f.desk)
              .roles(f.base.roles)
              .clock(f.base.clock)
              .build();
      LocalDate base = LocalDate.of(2026, 3, 2);
      List<Rota> made = new ArrayList<>();
      int nRotas = 1 + rnd.nextInt(4);
      for (int r = 0; r < nRotas; r++) {
        List<RotaSlot> slots = new ArrayList<>();
        int nSlots = 1 + rnd.nextInt(3);
        for (int s = 0; s < nSlots; s++) {
          // one member per weekday keeps the pattern free of overlaps
          slots.add(
              new RotaSlot(
                  DayOfWeek.of(1 + (s * 3 + r) % 7),
                  LocalTime.of(rnd.nextInt(24), 15 * rnd.nextInt(4)),
                  Duration.ofMinutes(30 + rnd.nextInt(20 * 60)),
                  "Grid",
                  List.of(m(names[rnd.nextInt(names.length)]))));
        }
        Rota rota;
        try {
          rota = rota("rota-" + r, base.plusDays(rnd.nextInt(10)), 1 + rnd.nextInt(40), slots);
        } catch (org.sanshe.timebank.error.TimeBankException e) {
          continue; // an overlapping pattern is not a rota
        }
        for (int c = 0; c < 6; c++) {
          List<RotaShift> shifts = rota.shifts(base, base.plusDays(60));
          if (shifts.isEmpty()) {
            break;
          }
          RotaShift s = shifts.get(rnd.nextInt(shifts.size()));
          if (s.members().isEmpty()) {
            continue;
          }
          PartyId leaving = s.members().get(0).volunteer();
          try {
            if (rnd.nextBoolean()) {
              rota.absent(s.day(), s.slot(), leaving, COORDINATOR, RotaTest.AT);
            } else {
              rota.swap(
                  s.day(),
                  s.slot(),
                  leaving,
                  m(names[rnd.nextInt(names.length)]),
                  COORDINATOR,
                  RotaTest.AT);
            }
          } catch (org.sanshe.timebank.error.TimeBankException e) {
            // a refused change changes nothing
          }
        }
        store.add(rota);
        made.add(rota);
      }
      Instant now =
          base.plusDays(rnd.nextInt(30)).atTime(rnd.nextInt(24), 0).atZone(CHINA).toInstant();
      for (String name : names) {
        PartyId v = PartyId.of("vol-" + name);
        List<RotaShift> slow = new ArrayList<>();
        for (Rota rota : made) {
          for (RotaShift s : rota.shifts(base.minusDays(1), base.plusDays(60))) {
            if (s.end().isAfter(now)
                && s.members().stream().anyMatch(x -> x.volunteer().equals(v))) {
              slow.add(s);
            }
          }
        }
        slow.sort(Comparator.comparing(UpcomingShiftsTest::key));
        int size = 1 + rnd.nextInt(5);
        List<ActivityId> paged = new ArrayList<>();
        ActivityKey after = null;
        while (true) {
          List<RotaShift> page = d.upcomingShiftsOf(v, now, after, size);
          page.forEach(s -> paged.add(s.id()));
          if (page.size() < size) {
            break;
          }
          after = key(page.get(page.size() - 1));
        }
        assertThat(paged)
            .as("seed %d round %d %s page %d", seed, round, name, size)
            .containsExactlyElementsOf(slow.stream().map(RotaShift::id).toList());
      }
    }
  }

  private static String basic(LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
  }
}
