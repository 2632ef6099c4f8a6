package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.memory.InMemoryMatters;

/**
 * Random lifecycles: every command in random order with random arguments, legal or not. Plain JUnit
 * loops over a {@link SplittableRandom} whose seed is printed, so a failure can be replayed.
 */
class MatterLifecycleProperties {

  private static final DivisionCode[] COMMUNITIES = {
    DivisionCode.parse("320114001001"),
    DivisionCode.parse("320114001002"),
    DivisionCode.parse("320114002001"),
    DivisionCode.parse("320115001001")
  };
  private static final HashedIdentity[] RESIDENTS = {
    new HashedIdentity("a".repeat(64)), new HashedIdentity("b".repeat(64))
  };
  private static final Handler[] HANDLERS = {
    Handler.community(COMMUNITIES[0]),
    Handler.department("enforcement"),
    Handler.officeMeeting(DivisionCode.parse("320114001"))
  };
  private static final ActorId ACTOR = ActorId.of("worker-1");
  private static final java.time.ZoneId[] ZONES = {
    ZONE,
    java.time.ZoneOffset.UTC,
    java.time.ZoneId.of("Asia/Kathmandu"),
    java.time.ZoneId.of("America/St_Johns")
  };

  private static long seed() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("MatterLifecycleProperties seed " + seed);
    return seed;
  }

  /** Builds a random matter by random commands; every refused command must change nothing. */
  static Matter randomMatter(SplittableRandom r, String id, int steps) {
    Instant at = T0.plusSeconds(r.nextInt(300 * 86_400));
    MatterReport report =
        MatterReport.builder()
            .channel(Channel.presets().get(r.nextInt(Channel.presets().size())))
            .category("parking")
            .place(Place.of(COMMUNITIES[r.nextInt(COMMUNITIES.length)]))
            .urgency(Urgency.values()[r.nextInt(3)])
            .summary("事项 " + id)
            .reportedAt(at)
            .resident(r.nextInt(4) == 0 ? null : RESIDENTS[0])
            .build();
    Matter m = Matter.record(MatterId.of(id), report, ACTOR, at);
    for (int i = 0; i < steps; i++) {
      at = at.plusSeconds(r.nextInt(-60, 86_400));
      MatterSnapshot before = m.snapshot();
      int pendingBefore = m.pendingEvents().size();
      try {
        step(m, r, at);
        assertThat(m.pendingEvents()).hasSize(pendingBefore + 1);
      } catch (AffairsException refused) {
        assertThat(m.snapshot()).isEqualTo(before);
        assertThat(m.pendingEvents()).hasSize(pendingBefore);
      }
    }
    return m;
  }

  private static void step(Matter m, SplittableRandom r, Instant at) {
    ResolutionPath path = ResolutionPath.values()[r.nextInt(3)];
    switch (r.nextInt(11)) {
      case 0 -> m.accept(ACTOR, at);
      case 1 -> m.refuse(ACTOR, r.nextInt(5) == 0 ? " " : "不予受理", at);
      case 2 -> m.triage(ACTOR, path, "分流", at);
      case 3 -> m.dispatch(ACTOR, HANDLERS[r.nextInt(HANDLERS.length)], at.plusSeconds(3600), at);
      case 4 -> m.start(ACTOR, at);
      case 5 -> m.resolve(ACTOR, path, "办结", at);
      case 6 -> m.confirm(RESIDENTS[r.nextInt(2)], at);
      case 7 -> m.closeAfterWindow(ACTOR, Duration.ofDays(r.nextInt(3)), at);
      case 8 -> m.feedback(RESIDENTS[r.nextInt(2)], r.nextBoolean(), "理由", at);
      case 9 -> m.reopen(ACTOR, "投诉属实", at);
      default -> m.start(ACTOR, at); // start is the step most often illegal
    }
  }

  @Test
  void refused_commands_change_nothing_and_snapshots_round_trip() {
    SplittableRandom r = new SplittableRandom(seed());
    for (int n = 0; n < 2000; n++) {
      Matter m = randomMatter(r, "m-" + n, r.nextInt(40));
      MatterSnapshot s = m.snapshot();
      Matter back = Matter.restore(s);
      assertThat(back.snapshot()).isEqualTo(s);
      assertThat(back.status()).isEqualTo(m.status());
      assertThat(back.handler()).isEqualTo(m.handler());
      assertThat(back.due()).isEqualTo(m.due());
      assertThat(back.settlement()).isEqualTo(m.settlement());
    }
  }

  @Test
  void no_event_sequence_reaches_closed_without_resolved() {
    SplittableRandom r = new SplittableRandom(seed());
    int closed = 0;
    int reopened = 0;
    for (int n = 0; n < 2000; n++) {
      Matter m = randomMatter(r, "m-" + n, r.nextInt(60));
      closed += m.status() == MatterStatus.CLOSED ? 1 : 0;
      reopened += m.history().stream().anyMatch(e -> e instanceof MatterReopened) ? 1 : 0;
      boolean resolvedSinceReopen = false;
      for (MatterEvent e : m.history()) {
        if (e instanceof MatterResolved) {
          resolvedSinceReopen = true;
        } else if (e instanceof MatterReopened) {
          resolvedSinceReopen = false;
        } else if (e instanceof MatterClosed || e instanceof FeedbackGiven) {
          assertThat(resolvedSinceReopen).as("%s in %s", e, m.history()).isTrue();
        }
      }
      if (m.status() == MatterStatus.CLOSED) {
        assertThat(m.history()).anyMatch(e -> e instanceof MatterResolved);
      }
    }
    assertThat(closed).as("random lifecycles reach closure").isGreaterThan(20);
    assertThat(reopened).as("random lifecycles reopen").isGreaterThan(20);
  }

  @Test
  void settled_counts_per_path_sum_to_the_settled_total_and_match_a_naive_count() {
    SplittableRandom r = new SplittableRandom(seed());
    for (int round = 0; round < 40; round++) {
      InMemoryMatters store = new InMemoryMatters();
      List<Matter> all = new ArrayList<>();
      for (int n = 0; n < 150; n++) {
        Matter m = randomMatter(r, "m-" + round + "-" + n, r.nextInt(30));
        store.add(m);
        all.add(m);
      }
      // update some stored matters further, so the incremental counts see changes too
      for (int n = 0; n < 50; n++) {
        Matter m = store.find(all.get(r.nextInt(all.size())).id()).orElseThrow();
        Instant at = T0.plus(Duration.ofDays(400));
        for (int i = 0; i < 5; i++) {
          try {
            step(m, r, at.plusSeconds(i));
          } catch (AffairsException refused) {
            // refused steps leave the matter as it was
          }
        }
        store.update(m);
      }
      DivisionCode scope =
          r.nextBoolean()
              ? COMMUNITIES[r.nextInt(COMMUNITIES.length)]
              : COMMUNITIES[r.nextInt(COMMUNITIES.length)].parent().orElseThrow();
      java.time.ZoneId zone = ZONES[r.nextInt(ZONES.length)];
      // periods whose first and last days hold settlements, so that both edges are exercised
      List<java.time.LocalDate> days = new ArrayList<>();
      for (Matter stored : store.all()) {
        stored.settlement().ifPresent(s -> days.add(s.at().atZone(zone).toLocalDate()));
      }
      days.sort(null);
      ReportPeriod period;
      if (days.isEmpty() || r.nextInt(4) == 0) {
        period = ReportPeriod.year(2026 + r.nextInt(2));
      } else {
        int a = r.nextInt(days.size());
        int b = Math.min(days.size() - 1, a + r.nextInt(1 + days.size() / 4));
        period = ReportPeriod.of(days.get(a), days.get(b));
      }
      SettlementReport report =
          store.settlementReport(scope, period, zone, TriageTargets.preset622());
      long[] naive = new long[3];
      long settledTotal = 0;
      for (Matter stored : store.all()) {
        Optional<MatterResolved> s = stored.settlement();
        if (s.isPresent()
            && stored.community().isWithin(scope)
            && period.contains(s.get().at().atZone(zone).toLocalDate())) {
          naive[s.get().path().ordinal()]++;
          settledTotal++;
        }
      }
      assertThat(report.settled()).containsExactly(naive[0], naive[1], naive[2]);
      assertThat(report.total()).isEqualTo(settledTotal);
      assertThat(report.intended().stream().mapToLong(Long::longValue).sum() + report.untriaged())
          .isEqualTo(settledTotal);
    }
  }
}
