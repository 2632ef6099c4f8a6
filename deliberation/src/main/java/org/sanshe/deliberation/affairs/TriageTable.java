package org.sanshe.deliberation.affairs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A compact, column-wise table of matters for the "622" report: per matter only an int index of its
 * community, the epoch day it was recorded (in the table's zone) and a byte for its path (or
 * untriaged). Communities are interned once; a report is one pass over primitive arrays into four
 * counters, so a million matters take a few milliseconds.
 *
 * <p>Not thread-safe while rows are added; reports do not change the table and may run concurrently
 * once adding has stopped.
 */
public final class TriageTable {

  private static final byte UNTRIAGED = 3;

  private final ZoneId zone;
  private final Map<DivisionCode, Integer> index = new HashMap<>();
  private final List<DivisionCode> communities = new ArrayList<>();
  private int[] community = new int[1024];
  private int[] day = new int[1024];
  private byte[] path = new byte[1024];
  private int size;

  private TriageTable(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Creates an empty table.
   *
   * @param zone the zone in which recording instants become days, not null
   * @return the table
   */
  public static TriageTable create(ZoneId zone) {
    return new TriageTable(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Creates a table of matters.
   *
   * @param matters the matters, not null
   * @param zone the zone in which recording instants become days, not null
   * @return the table
   */
  public static TriageTable of(Iterable<Matter> matters, ZoneId zone) {
    TriageTable table = create(zone);
    for (Matter matter : matters) {
      table.add(matter);
    }
    return table;
  }

  /**
   * Adds a matter as it stands now.
   *
   * @param matter the matter, not null
   */
  public void add(Matter matter) {
    add(
        matter.community(),
        LocalDate.ofInstant(matter.recordedAt(), zone),
        matter.triage().map(Triage::path).orElse(null));
  }

  /**
   * Adds a row.
   *
   * @param community the 12-digit community code, not null
   * @param recorded the day the matter was recorded, not null
   * @param resolution the path, or null while untriaged
   * @throws AffairsException with {@code AFFAIRS_PLACE_NOT_IN_COMMUNITY} for a code above community
   *     level
   */
  public void add(DivisionCode community, LocalDate recorded, ResolutionPath resolution) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(recorded, "recorded");
    if (community.level() != DivisionLevel.VILLAGE) {
      throw new AffairsException(AffairsError.AFFAIRS_PLACE_NOT_IN_COMMUNITY, community);
    }
    Integer c = index.get(community);
    if (c == null) {
      c = communities.size();
      index.put(community, c);
      communities.add(community);
    }
    if (size == this.community.length) {
      int capacity = Math.multiplyExact(size, 2);
      this.community = Arrays.copyOf(this.community, capacity);
      day = Arrays.copyOf(day, capacity);
      path = Arrays.copyOf(path, capacity);
    }
    this.community[size] = c;
    day[size] = Math.toIntExact(recorded.toEpochDay());
    path[size] = resolution == null ? UNTRIAGED : (byte) resolution.ordinal();
    size++;
  }

  /**
   * Returns the number of rows.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Reports on one community, street, town or district.
   *
   * @param scope the division whose matters count (itself and everything within), not null
   * @param period the period, not null
   * @param targets the targets, not null
   * @return the report
   */
  public TriageReport report(DivisionCode scope, ReportPeriod period, TriageTargets targets) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(targets, "targets");
    boolean[] inScope = new boolean[communities.size()];
    for (int c = 0; c < inScope.length; c++) {
      inScope[c] = communities.get(c).isWithin(scope);
    }
    int from = Math.toIntExact(period.first().toEpochDay());
    int to = Math.toIntExact(period.last().toEpochDay());
    long[] counts = new long[4];
    int[] community = this.community;
    int[] day = this.day;
    byte[] path = this.path;
    for (int i = 0; i < size; i++) {
      if (inScope[community[i]]) {
        int d = day[i];
        if (d >= from && d <= to) {
          counts[path[i]]++;
        }
      }
    }
    return TriageReport.of(scope, period, counts, targets);
  }

  /**
   * Reports on every community, street or district at once, in one pass.
   *
   * @param level {@code VILLAGE} for communities, {@code TOWNSHIP} for streets and towns, {@code
   *     COUNTY} for districts, not null
   * @param period the period, not null
   * @param targets the targets, not null
   * @return one report per division with at least one matter in the table, ordered by code
   */
  public List<TriageReport> reportsBy(
      DivisionLevel level, ReportPeriod period, TriageTargets targets) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(targets, "targets");
    Map<DivisionCode, Integer> groups = new TreeMap<>();
    int[] groupOf = new int[communities.size()];
    List<DivisionCode> ordered = new ArrayList<>();
    for (int c = 0; c < groupOf.length; c++) {
      DivisionCode group = ancestor(communities.get(c), level);
      Integer g = groups.get(group);
      if (g == null) {
        g = ordered.size();
        groups.put(group, g);
        ordered.add(group);
      }
      groupOf[c] = g;
    }
    int from = Math.toIntExact(period.first().toEpochDay());
    int to = Math.toIntExact(period.last().toEpochDay());
    long[] counts = new long[ordered.size() * 4];
    for (int i = 0; i < size; i++) {
      int d = day[i];
      if (d >= from && d <= to) {
        counts[groupOf[community[i]] * 4 + path[i]]++;
      }
    }
    List<TriageReport> reports = new ArrayList<>(groups.size());
    for (Map.Entry<DivisionCode, Integer> e : groups.entrySet()) {
      int g = e.getValue();
      reports.add(
          TriageReport.of(
              e.getKey(), period, Arrays.copyOfRange(counts, g * 4, g * 4 + 4), targets));
    }
    return reports;
  }

  private static DivisionCode ancestor(DivisionCode code, DivisionLevel level) {
    DivisionCode current = code;
    while (current.level().compareTo(level) > 0 && current.parent().isPresent()) {
      current = current.parent().get();
    }
    return current;
  }

  @Override
  public String toString() {
    return "TriageTable[" + size + " matters, " + communities.size() + " communities]";
  }
}
