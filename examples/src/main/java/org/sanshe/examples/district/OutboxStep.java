package org.sanshe.examples.district;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sanshe.core.event.Outbox;
import org.sanshe.core.event.OutboxEntry;

/**
 * A relay reads every event the month's commands wrote to the outbox, in order, and acknowledges
 * them: the feed a portal would send on to a message queue or a data exchange. Each event was
 * written with its change, so none is missing or extra. Stateless; not meant for concurrent use
 * beyond what the outbox allows.
 */
public final class OutboxStep implements Step {

  /** The relay's consumer name. */
  static final String CONSUMER = "district-report";

  /** Creates the step. */
  public OutboxStep() {}

  @Override
  public String key() {
    return "outbox";
  }

  @Override
  public String title() {
    return "Relay the month's events from the outbox";
  }

  @Override
  public String titleZh() {
    return "从发件箱转发本月事件";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    Outbox outbox = district.outbox();
    List<OutboxEntry> all = new ArrayList<>();
    for (List<OutboxEntry> batch = outbox.read(CONSUMER, 100);
        !batch.isEmpty();
        batch = outbox.read(CONSUMER, 100)) {
      all.addAll(batch);
      outbox.acknowledge(CONSUMER, batch.get(batch.size() - 1).position());
    }
    Map<String, Integer> byType = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    boolean ordered = true;
    long last = 0;
    for (OutboxEntry e : all) {
      byType.merge(e.aggregateType() + " / " + e.eventType(), 1, Integer::sum);
      ids.add(e.eventId());
      ordered &= e.position() > last;
      last = e.position();
    }
    out.columns("aggregate / event 聚合 / 事件", "count 数量");
    byType.forEach((k, v) -> out.row(k, v));
    out.figure("events relayed 已转发事件", all.size());
    out.figure("acknowledged position 已确认位置", outbox.acknowledged(CONSUMER));
    out.check(
        "organizations, matters, cases and votes all wrote events",
        all.stream().map(OutboxEntry::aggregateType).distinct().count() >= 4);
    out.check(
        "every event id is unique and positions only increase",
        ids.size() == all.size() && ordered);
    out.check("nothing is handed out again once acknowledged", outbox.read(CONSUMER, 1).isEmpty());
  }
}
