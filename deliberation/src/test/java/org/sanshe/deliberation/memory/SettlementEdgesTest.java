package org.sanshe.deliberation.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.AffairsFixtures;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TriageTargets;

/** The incremental settlement counts at the edges of a period's days, in zones off UTC. */
class SettlementEdgesTest {

  private static final ActorId WORKER = ActorId.of("worker-1");

  private static Matter settledAt(String id, Instant at) {
    Matter m =
        Matter.record(
            MatterId.of(id), AffairsFixtures.parkingReport(at.minusSeconds(60)), WORKER, at);
    m.triage(WORKER, ResolutionPath.REFERRAL, "转部门", at);
    m.dispatch(WORKER, Handler.department("enforcement"), at, at);
    m.start(WORKER, at);
    m.resolve(WORKER, ResolutionPath.REFERRAL, "已办结", at);
    return m;
  }

  @Test
  void settlements_on_the_first_and_last_local_day_count_and_the_ones_beside_do_not() {
    for (String zoneId : new String[] {"Asia/Shanghai", "Asia/Kathmandu", "America/St_Johns"}) {
      ZoneId zone = ZoneId.of(zoneId);
      InMemoryMatters store = new InMemoryMatters();
      ZonedDateTime first = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, zone);
      ZonedDateTime end = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, zone);
      store.add(settledAt("in-first", first.toInstant()));
      store.add(settledAt("in-late-first", first.plusHours(23).toInstant()));
      store.add(settledAt("in-last", end.minusNanos(1).toInstant()));
      store.add(settledAt("in-last-morning", end.minusHours(20).toInstant()));
      store.add(settledAt("before", first.minusNanos(1).toInstant()));
      store.add(settledAt("after", end.toInstant()));
      assertThat(
              store
                  .settlementReport(
                      DivisionCode.parse("320114001"),
                      ReportPeriod.year(2026),
                      zone,
                      TriageTargets.preset622())
                  .total())
          .as(zoneId)
          .isEqualTo(4);
    }
  }
}
