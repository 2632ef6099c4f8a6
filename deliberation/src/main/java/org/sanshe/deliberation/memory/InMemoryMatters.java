package org.sanshe.deliberation.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterEvent;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterQuery;
import org.sanshe.deliberation.affairs.MatterResolved;
import org.sanshe.deliberation.affairs.MatterSnapshot;
import org.sanshe.deliberation.affairs.MatterStatus;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.OverdueReport;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.SettlementReport;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Matters kept in memory, for tests and small deployments. It keeps {@link MatterSnapshot}s, not
 * live objects: {@link #find(MatterId)} restores a fresh instance each time, and writes check the
 * version as the {@link Matters} port says, exactly as a database store does. With an {@link
 * OutboxSink}, every successful add or update appends the events the matter raised (aggregate type
 * {@value #AGGREGATE_TYPE}, at the version stored) in the same critical section; a refused write
 * appends nothing. Thread-safe (synchronized).
 *
 * <p><b>Indexes.</b> Beside each snapshot it keeps the matter's status, handler, due time and
 * settlement, and maintains on every write: the settled matters per community, counted (actual path
 * by triage intent) per UTC day and per quarter hour, so that {@link #settlementReport} sums the
 * whole days of its period and the quarter hours at its edges instead of reading matters; and the
 * matters per current handler, split into open and all, so that an inbox page ({@link #query})
 * reads only that handler's matters. A report whose period does not start and end on whole quarter
 * hours in its zone (local mean times before 1901 and the like) falls back to reading every matter.
 */
public final class InMemoryMatters implements Matters {

  private static final long QUARTER = 15 * 60_000;
  private static final long DAY = 86_400_000;
  private static final long QUARTERS_PER_DAY = DAY / QUARTER;

  /**
   * The settled matters of one community: counts per quarter hour and per UTC day, so that a period
   * sums its whole UTC days and the quarter hours at its two edges.
   */
  private record Buckets(TreeMap<Long, long[]> quarters, TreeMap<Long, long[]> days) {
    Buckets() {
      this(new TreeMap<>(), new TreeMap<>());
    }

    void add(long millis, int cell, int sign) {
      quarters.computeIfAbsent(Math.floorDiv(millis, QUARTER), k -> new long[12])[cell] += sign;
      days.computeIfAbsent(Math.floorDiv(millis, DAY), k -> new long[12])[cell] += sign;
    }

    /** Adds the counts of [from, to), both whole quarter hours, into counts. */
    void sum(long from, long to, long[] counts) {
      long fq = from / QUARTER;
      long tq = to / QUARTER;
      long fd = -Math.floorDiv(-from, DAY);
      long td = Math.floorDiv(to, DAY);
      if (fd < td) {
        add(days.subMap(fd, true, td, false), counts);
        add(quarters.subMap(fq, true, fd * QUARTERS_PER_DAY, false), counts);
        add(quarters.subMap(td * QUARTERS_PER_DAY, true, tq, false), counts);
      } else {
        add(quarters.subMap(fq, true, tq, false), counts);
      }
    }

    private static void add(java.util.SortedMap<Long, long[]> range, long[] counts) {
      for (long[] c : range.values()) {
        for (int i = 0; i < 12; i++) {
          counts[i] += c[i];
        }
      }
    }
  }

  /** What the indexes need of a stored matter. */
  private record Entry(
      MatterSnapshot snapshot,
      String community,
      MatterStatus status,
      Handler handler,
      Instant due,
      long settledMillis,
      int settledCell) {

    static Entry of(Matter m, long version) {
      Optional<MatterResolved> s = m.settlement();
      int cell = -1;
      long millis = 0;
      if (s.isPresent()) {
        int intended = m.triage().map(t -> t.path().ordinal()).orElse(3);
        cell = s.get().path().ordinal() * 4 + intended;
        millis = s.get().at().toEpochMilli();
      }
      return new Entry(
          m.snapshot().withVersion(version),
          m.community().value(),
          m.status(),
          m.handler().orElse(null),
          m.due().orElse(null),
          millis,
          cell);
    }

    boolean overdue(Instant at) {
      return status.isOpen() && due != null && at.isAfter(due);
    }

    boolean matches(MatterQuery q) {
      return (q.handler() == null || q.handler().equals(handler))
          && (q.statuses().isEmpty() || q.statuses().contains(status))
          && (q.within() == null || DivisionCode.parse(community).isWithin(q.within()))
          && (q.overdueAt() == null || overdue(q.overdueAt()));
    }
  }

  private final TreeMap<String, Entry> byId = new TreeMap<>();
  private final TreeMap<String, Buckets> settled = new TreeMap<>();
  private final Map<Handler, TreeSet<String>> openByHandler = new HashMap<>();
  private final Map<Handler, TreeSet<String>> allByHandler = new HashMap<>();

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "matter";

  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryMatters() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryMatters(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(Matter matter, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              matter.id().value(),
              version,
              matter.pendingEvents(),
              e -> ((MatterEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    if (byId.containsKey(matter.id().value())) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_DUPLICATE, matter.id());
    }
    if (matter.version() != 0) {
      throw Optimistic.conflict(Optimistic.MATTER, matter.id(), matter.version(), 0);
    }
    Entry next = Entry.of(matter, 1);
    publish(matter, 1);
    put(matter.id().value(), null, next);
  }

  @Override
  public synchronized void update(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    Entry stored = byId.get(matter.id().value());
    if (stored == null) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, matter.id());
    }
    long version = stored.snapshot().version();
    if (version != matter.version()) {
      throw Optimistic.conflict(Optimistic.MATTER, matter.id(), matter.version(), version);
    }
    Entry next = Entry.of(matter, version + 1);
    publish(matter, version + 1);
    put(matter.id().value(), stored, next);
  }

  private void put(String id, Entry old, Entry next) {
    if (old != null) {
      index(id, old, -1);
    }
    index(id, next, 1);
    byId.put(id, next);
  }

  private void index(String id, Entry e, int sign) {
    if (e.settledCell() >= 0) {
      settled
          .computeIfAbsent(e.community(), k -> new Buckets())
          .add(e.settledMillis(), e.settledCell(), sign);
    }
    if (e.handler() != null) {
      mark(allByHandler, e.handler(), id, sign);
      if (e.status().isOpen()) {
        mark(openByHandler, e.handler(), id, sign);
      }
    }
  }

  private static void mark(Map<Handler, TreeSet<String>> index, Handler h, String id, int sign) {
    if (sign > 0) {
      index.computeIfAbsent(h, k -> new TreeSet<>()).add(id);
    } else {
      TreeSet<String> ids = index.get(h);
      ids.remove(id);
      if (ids.isEmpty()) {
        index.remove(h);
      }
    }
  }

  @Override
  public Optional<Matter> find(MatterId id) {
    Objects.requireNonNull(id, "id");
    Entry e;
    synchronized (this) {
      e = byId.get(id.value());
    }
    return Optional.ofNullable(e).map(x -> Matter.restore(x.snapshot()));
  }

  @Override
  public List<Matter> all() {
    List<Entry> all;
    synchronized (this) {
      all = List.copyOf(byId.values());
    }
    return all.stream().map(e -> Matter.restore(e.snapshot())).toList();
  }

  @Override
  public List<Matter> page(MatterId after, int max) {
    Matters.checkPageSize(max);
    List<Entry> page;
    synchronized (this) {
      page =
          (after == null ? byId : byId.tailMap(after.value(), false))
              .values().stream().limit(max).toList();
    }
    return page.stream().map(e -> Matter.restore(e.snapshot())).toList();
  }

  @Override
  public List<Matter> query(MatterQuery query, MatterId after, int max) {
    Objects.requireNonNull(query, "query");
    Matters.checkPageSize(max);
    List<MatterSnapshot> page = new ArrayList<>();
    synchronized (this) {
      Iterable<String> ids;
      if (query.handler() != null) {
        boolean openOnly =
            !query.statuses().isEmpty() && query.statuses().stream().allMatch(MatterStatus::isOpen);
        TreeSet<String> set = (openOnly ? openByHandler : allByHandler).get(query.handler());
        if (set == null) {
          return List.of();
        }
        ids = after == null ? set : set.tailSet(after.value(), false);
      } else {
        ids = (after == null ? byId : byId.tailMap(after.value(), false)).keySet();
      }
      for (String id : ids) {
        Entry e = byId.get(id);
        if (e.matches(query)) {
          page.add(e.snapshot());
          if (page.size() == max) {
            break;
          }
        }
      }
    }
    return page.stream().map(Matter::restore).toList();
  }

  @Override
  public SettlementReport settlementReport(
      DivisionCode scope, ReportPeriod period, ZoneId zone, TriageTargets targets) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(targets, "targets");
    long from = startMillis(period.first(), zone);
    long to = startMillis(period.last().plusDays(1), zone);
    if (from % QUARTER != 0 || to % QUARTER != 0) {
      return Matters.super.settlementReport(scope, period, zone, targets);
    }
    long[] counts = new long[12];
    synchronized (this) {
      for (Buckets b : communities(scope).values()) {
        b.sum(from, to, counts);
      }
    }
    return SettlementReport.of(scope, period, counts, targets);
  }

  /** The communities within a division, as a range of the sorted community codes. */
  private NavigableMap<String, Buckets> communities(DivisionCode scope) {
    String v = scope.value();
    String prefix =
        switch (scope.level()) {
          case VILLAGE, TOWNSHIP, COUNTY -> v;
          case CITY -> v.substring(0, 4);
          case PROVINCE -> v.substring(0, 2);
          case NATIONAL -> "";
        };
    return prefix.isEmpty()
        ? settled
        : settled.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
  }

  /** The first epoch millisecond of a day in a zone, clamped to the range of a long. */
  private static long startMillis(LocalDate day, ZoneId zone) {
    try {
      return day.atStartOfDay(zone).toInstant().toEpochMilli();
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return day.getYear() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE - 1;
    }
  }

  @Override
  public OverdueReport overdueReport(DivisionCode scope, Instant at) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Map<Handler, Long> handlers = new HashMap<>();
    Map<DivisionCode, Long> streets = new HashMap<>();
    synchronized (this) {
      for (TreeSet<String> ids : openByHandler.values()) {
        for (String id : ids) {
          Entry e = byId.get(id);
          if (e.overdue(at)) {
            DivisionCode community = DivisionCode.parse(e.community());
            if (community.isWithin(scope)) {
              OverdueReport.count(handlers, streets, e.handler(), community);
            }
          }
        }
      }
    }
    return new OverdueReport(scope, at, new TreeMap<>(handlers), new TreeMap<>(streets));
  }

  @Override
  public synchronized String toString() {
    return "InMemoryMatters[" + byId.size() + "]";
  }
}
