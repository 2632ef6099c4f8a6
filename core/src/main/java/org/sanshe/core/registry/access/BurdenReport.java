package org.sanshe.core.registry.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * A community's burden-reduction report: per period the tasks received, accepted as listed,
 * accepted with approval and refused, and whether the period is a rebound. A period is a
 * <em>rebound</em> when its accepted count (listed plus approved) is higher than the period before
 * and some earlier period had already fallen below its own predecessor: reduction, then growth
 * again. Every period from the first to the last requested one is a row, quiet periods with zeros.
 * Immutable and thread-safe.
 *
 * @param community the community
 * @param period the length of a row
 * @param rows the rows, oldest first
 */
public record BurdenReport(DivisionCode community, ReportInterval period, List<Row> rows) {

  /** The most rows a report holds: {@value} (a century of months). */
  public static final int MAX_ROWS = 1200;

  /**
   * Checks the components and copies the rows.
   *
   * @throws NullPointerException if a component is null
   */
  public BurdenReport {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(period, "period");
    rows = List.copyOf(rows);
  }

  /**
   * One period.
   *
   * @param start the first day
   * @param until the day after the last
   * @param received requests received
   * @param listed requests accepted as listed
   * @param approved unlisted requests accepted with approval
   * @param refused requests refused
   * @param rebound whether the accepted count rose again after a reduction
   */
  public record Row(
      LocalDate start,
      LocalDate until,
      int received,
      int listed,
      int approved,
      int refused,
      boolean rebound) {

    /**
     * Returns the tasks the committee took on.
     *
     * @return listed plus approved
     */
    public int accepted() {
      return listed + approved;
    }
  }

  /**
   * Computes a report from decisions. Decisions on other communities or outside the range are
   * ignored.
   *
   * @param community the community, not null
   * @param decisions the decisions, not null
   * @param from a day of the first period, not null
   * @param until the day after the last day reported, after {@code from}
   * @param period the length of a row, not null
   * @return the report
   * @throws RegistryException with {@code ORGANIZATION_DATE_ORDER} if {@code until} is not after
   *     {@code from}, or {@code ACCESS_REPORT_TOO_LONG} beyond {@link #MAX_ROWS} rows
   */
  public static BurdenReport of(
      DivisionCode community,
      Collection<? extends AccessDecision> decisions,
      LocalDate from,
      LocalDate until,
      ReportInterval period) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(decisions, "decisions");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(period, "period");
    if (!until.isAfter(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    List<LocalDate> starts = starts(from, until, period);
    int n = starts.size();
    int[][] counts = new int[3][n];
    LocalDate first = starts.get(0);
    for (AccessDecision d : decisions) {
      TaskRequest r = d.request();
      LocalDate on = r.handedOn();
      if (!r.community().equals(community) || on.isBefore(from) || !on.isBefore(until)) {
        continue;
      }
      counts[outcome(d)][index(first, on, period)]++;
    }
    return build(community, period, starts, counts);
  }

  /**
   * Computes a report from a community's decisions counted per day, as a store keeps them; equal to
   * {@link #of} over the decisions counted.
   *
   * @param community the community, not null
   * @param days the counts per day, not null; days outside the range are ignored
   * @param from a day of the first period, not null
   * @param until the day after the last day reported, after {@code from}
   * @param period the length of a row, not null
   * @return the report
   * @throws RegistryException with {@code ORGANIZATION_DATE_ORDER} if {@code until} is not after
   *     {@code from}, or {@code ACCESS_REPORT_TOO_LONG} beyond {@link #MAX_ROWS} rows
   */
  public static BurdenReport ofDays(
      DivisionCode community,
      Collection<DayCount> days,
      LocalDate from,
      LocalDate until,
      ReportInterval period) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(period, "period");
    if (!until.isAfter(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    List<LocalDate> starts = starts(from, until, period);
    int[][] counts = new int[3][starts.size()];
    LocalDate first = starts.get(0);
    for (DayCount d : days) {
      if (d.day().isBefore(from) || !d.day().isBefore(until)) {
        continue;
      }
      int i = index(first, d.day(), period);
      counts[0][i] = Math.addExact(counts[0][i], d.listed());
      counts[1][i] = Math.addExact(counts[1][i], d.approved());
      counts[2][i] = Math.addExact(counts[2][i], d.refused());
    }
    return build(community, period, starts, counts);
  }

  /**
   * The decisions on one community's requests handed over on one day, by outcome.
   *
   * @param day the day
   * @param listed accepted as listed, not negative
   * @param approved accepted with approval, not negative
   * @param refused refused, not negative
   */
  public record DayCount(LocalDate day, int listed, int approved, int refused) {

    /**
     * Checks the components.
     *
     * @throws RegistryException with {@code ACCESS_COUNT_NEGATIVE} for a negative count
     */
    public DayCount {
      Objects.requireNonNull(day, "day");
      if (listed < 0 || approved < 0 || refused < 0) {
        throw new RegistryException(RegistryError.ACCESS_COUNT_NEGATIVE, day);
      }
    }

    /**
     * Returns the count of one decision, by its outcome.
     *
     * @param day the request's day, not null
     * @param decision the decision, not null
     * @return the count
     */
    public static DayCount of(LocalDate day, AccessDecision decision) {
      int o = outcome(Objects.requireNonNull(decision, "decision"));
      return new DayCount(day, o == 0 ? 1 : 0, o == 1 ? 1 : 0, o == 2 ? 1 : 0);
    }

    /**
     * Adds another count of the same day.
     *
     * @param other the other count, not null
     * @return the sum
     */
    public DayCount plus(DayCount other) {
      return new DayCount(
          day,
          Math.addExact(listed, other.listed),
          Math.addExact(approved, other.approved),
          Math.addExact(refused, other.refused));
    }
  }

  private static int outcome(AccessDecision d) {
    if (d instanceof AccessDecision.Listed) {
      return 0;
    }
    return d instanceof AccessDecision.Approved ? 1 : 2;
  }

  private static List<LocalDate> starts(LocalDate from, LocalDate until, ReportInterval period) {
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate s = period.start(from); s.isBefore(until); s = period.next(s)) {
      if (starts.size() == MAX_ROWS) {
        throw new RegistryException(RegistryError.ACCESS_REPORT_TOO_LONG, MAX_ROWS);
      }
      starts.add(s);
    }
    return starts;
  }

  private static BurdenReport build(
      DivisionCode community, ReportInterval period, List<LocalDate> starts, int[][] counts) {
    int n = starts.size();
    int[] listed = counts[0];
    int[] approved = counts[1];
    int[] refused = counts[2];
    List<Row> rows = new ArrayList<>(n);
    boolean reduced = false;
    for (int i = 0; i < n; i++) {
      boolean rebound = false;
      if (i > 0) {
        int now = listed[i] + approved[i];
        int before = listed[i - 1] + approved[i - 1];
        rebound = reduced && now > before;
        reduced |= now < before;
      }
      rows.add(
          new Row(
              starts.get(i),
              period.next(starts.get(i)),
              listed[i] + approved[i] + refused[i],
              listed[i],
              approved[i],
              refused[i],
              rebound));
    }
    return new BurdenReport(community, period, rows);
  }

  private static int index(LocalDate first, LocalDate on, ReportInterval period) {
    int months = (on.getYear() - first.getYear()) * 12 + on.getMonthValue() - first.getMonthValue();
    return months / period.months();
  }

  /**
   * Returns the rebound periods.
   *
   * @return the rows flagged as rebounds, oldest first
   */
  public List<Row> rebounds() {
    return rows.stream().filter(Row::rebound).toList();
  }

  /**
   * Tells whether the community reduced its burden without rebound: some period fell below its
   * predecessor and none rose again after.
   *
   * @return true for reduction without rebound
   */
  public boolean reducedWithoutRebound() {
    boolean reduced = false;
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).accepted() < rows.get(i - 1).accepted()) {
        reduced = true;
      }
      if (rows.get(i).rebound()) {
        return false;
      }
    }
    return reduced;
  }
}
