package org.sanshe.core.registry.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessDecisionRecorded;
import org.sanshe.core.registry.access.AccessDecisions;
import org.sanshe.core.registry.access.BurdenReport;
import org.sanshe.core.registry.access.ReportInterval;
import org.sanshe.core.registry.organization.Ids;

/**
 * Access decisions in memory, each community's in the order recorded, with counters per community
 * and day for the burden report. Thread-safe: every method holds this object's lock; a decision is
 * immutable, so a returned list can be read freely. Events go to the optional outbox in the same
 * critical section as the decision; an outbox that fails leaves the store unchanged.
 */
public final class InMemoryAccessDecisions implements AccessDecisions {

  private final Clock clock;
  private final OutboxSink outbox;
  private final Map<DivisionCode, List<AccessDecision>> decisions = new HashMap<>();
  private final Map<DivisionCode, TreeMap<LocalDate, BurdenReport.DayCount>> days = new HashMap<>();

  /**
   * Creates an empty record without an outbox.
   *
   * @param clock the clock that stamps events, not null
   */
  public InMemoryAccessDecisions(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = null;
  }

  /**
   * Creates an empty record that writes an event per decision to an outbox, as aggregate type
   * {@value AccessDecisions#AGGREGATE_TYPE}.
   *
   * @param clock the clock that stamps events, not null
   * @param outbox the outbox, not null
   */
  public InMemoryAccessDecisions(Clock clock, OutboxSink outbox) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public synchronized long record(AccessDecision decision, String actor) {
    Objects.requireNonNull(decision, "decision");
    if (!Ids.valid(actor)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("actor id", "操作人编号"));
    }
    DivisionCode community = decision.request().community();
    List<AccessDecision> list = decisions.get(community);
    long sequence = (list == null ? 0 : list.size()) + 1L;
    Instant at = clock.instant();
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              community.value(),
              sequence,
              List.of(new AccessDecisionRecorded(decision, sequence, actor, at)),
              e -> at));
    }
    decisions.computeIfAbsent(community, c -> new ArrayList<>()).add(decision);
    LocalDate day = decision.request().handedOn();
    days.computeIfAbsent(community, c -> new TreeMap<>())
        .merge(day, BurdenReport.DayCount.of(day, decision), BurdenReport.DayCount::plus);
    return sequence;
  }

  @Override
  public synchronized List<AccessDecision> inCommunity(
      DivisionCode community, LocalDate from, LocalDate until) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    List<AccessDecision> out = new ArrayList<>();
    for (AccessDecision d : decisions.getOrDefault(community, List.of())) {
      LocalDate on = d.request().handedOn();
      if (!on.isBefore(from) && on.isBefore(until)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized BurdenReport report(
      DivisionCode community, LocalDate from, LocalDate until, ReportInterval period) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    TreeMap<LocalDate, BurdenReport.DayCount> counts = days.get(community);
    List<BurdenReport.DayCount> range =
        counts == null || !until.isAfter(from)
            ? List.of()
            : List.copyOf(counts.subMap(from, until).values());
    return BurdenReport.ofDays(community, range, from, until, period);
  }

  @Override
  public synchronized String toString() {
    return "InMemoryAccessDecisions[" + decisions.size() + " communities]";
  }
}
