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
public record BurdenReport(DivisionCode community, ReportPeriod period, List<Row> rows) {

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
      ReportPeriod period) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(decisions, "decisions");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(period, "period");
    if (!until.isAfter(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate s = period.start(from); s.isBefore(until); s = period.next(s)) {
      if (starts.size() == MAX_ROWS) {
        throw new RegistryException(RegistryError.ACCESS_REPORT_TOO_LONG, MAX_ROWS);
      }
      starts.add(s);
    }
    int n = starts.size();
    int[] received = new int[n];
    int[] listed = new int[n];
    int[] approved = new int[n];
    int[] refused = new int[n];
    LocalDate first = starts.get(0);
    for (AccessDecision d : decisions) {
      TaskRequest r = d.request();
      LocalDate on = r.handedOn();
      if (!r.community().equals(community) || on.isBefore(from) || !on.isBefore(until)) {
        continue;
      }
      int i = index(first, on, period);
      received[i]++;
      if (d instanceof AccessDecision.Listed) {
        listed[i]++;
      } else if (d instanceof AccessDecision.Approved) {
        approved[i]++;
      } else {
        refused[i]++;
      }
    }
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
              received[i],
              listed[i],
              approved[i],
              refused[i],
              rebound));
    }
    return new BurdenReport(community, period, rows);
  }

  private static int index(LocalDate first, LocalDate on, ReportPeriod period) {
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
