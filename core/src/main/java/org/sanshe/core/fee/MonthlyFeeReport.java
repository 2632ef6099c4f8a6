package org.sanshe.core.fee;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.sanshe.core.error.Wording;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.money.Money;

/**
 * The monthly report of a service: deliveries per tier and who paid (resident, fund, government
 * purchase), exact in fen. Computed by streaming: a {@link Tally} takes deliveries one at a time in
 * constant memory per tier, and two tallies of one month merge (for parallel or sharded input).
 *
 * <p>Immutable and thread-safe (the report; a {@link Tally} is not thread-safe).
 *
 * @param month the month
 * @param service the service's code
 * @param lines one line per tier, in the order tiers first appeared
 * @param total the totals over all tiers, under the pseudo-tier {@link #TOTAL}
 */
public record MonthlyFeeReport(YearMonth month, String service, List<Line> lines, Line total) {

  /** The pseudo-tier of the total line. */
  public static final FeeTier TOTAL = new FeeTier("TOTAL", "total", "合计");

  /** Copies the lines. */
  public MonthlyFeeReport {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(service, "service");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }

  /**
   * One line of the report.
   *
   * @param tier the tier
   * @param deliveries how many deliveries
   * @param resident what residents paid
   * @param fund what funds paid
   * @param purchase what government purchase paid
   */
  public record Line(FeeTier tier, long deliveries, Money resident, Money fund, Money purchase) {

    /** Checks for nulls. */
    public Line {
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(resident, "resident");
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(purchase, "purchase");
    }

    /**
     * Returns the cost of the line's deliveries.
     *
     * @return resident plus fund plus purchase
     */
    public Money cost() {
      return resident.plus(fund).plus(purchase);
    }
  }

  /**
   * Reports a stream of deliveries of one service in one month.
   *
   * @param month the month
   * @param service the service's code
   * @param deliveries the deliveries (consumed; not closed)
   * @return the report
   * @throws FundException with {@code FEE_REPORT_MISMATCH} for a delivery of another month or
   *     service
   */
  public static MonthlyFeeReport of(
      YearMonth month, String service, Stream<ServiceDelivery> deliveries) {
    Tally t = new Tally(month, service);
    deliveries.sequential().forEach(t::add);
    return t.report();
  }

  /** A running tally of one month's deliveries of one service. Not thread-safe; merge instead. */
  public static final class Tally {
    private final YearMonth month;
    private final String service;
    private final Map<FeeTier, long[]> byTier = new LinkedHashMap<>();

    /**
     * Starts a tally.
     *
     * @param month the month
     * @param service the service's code
     */
    public Tally(YearMonth month, String service) {
      this.month = Objects.requireNonNull(month, "month");
      this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * Adds a delivery.
     *
     * @param d the delivery
     * @return this tally
     * @throws FundException with {@code FEE_REPORT_MISMATCH}; {@code MONEY_OVERFLOW} from money
     */
    public Tally add(ServiceDelivery d) {
      Objects.requireNonNull(d, "d");
      if (!YearMonth.from(d.on()).equals(month) || !d.service().equals(service)) {
        throw new FundException(
            FundError.FEE_REPORT_MISMATCH,
            Wording.of("a report takes deliveries of its own service and month", "报表只收本服务本月的服务记录"));
      }
      long[] sums = byTier.computeIfAbsent(d.tier(), t -> new long[4]);
      long[] next = {
        Math.incrementExact(sums[0]),
        Money.of(sums[1]).plus(d.paidBy(Payer.RESIDENT)).fen(),
        Money.of(sums[2]).plus(d.paidBy(Payer.FUND)).fen(),
        Money.of(sums[3]).plus(d.paidBy(Payer.PURCHASE)).fen()
      };
      System.arraycopy(next, 0, sums, 0, 4);
      return this;
    }

    /**
     * Adds another tally of the same month and service.
     *
     * @param other the other tally
     * @return this tally
     * @throws FundException with {@code FEE_REPORT_MISMATCH}
     */
    public Tally merge(Tally other) {
      Objects.requireNonNull(other, "other");
      if (!other.month.equals(month) || !other.service.equals(service)) {
        throw new FundException(
            FundError.FEE_REPORT_MISMATCH,
            Wording.of("only tallies of one service and month merge", "只能合并同一服务同一月份的汇总"));
      }
      for (Map.Entry<FeeTier, long[]> e : other.byTier.entrySet()) {
        long[] sums = byTier.computeIfAbsent(e.getKey(), t -> new long[4]);
        long[] o = e.getValue();
        long[] next = {
          Math.addExact(sums[0], o[0]),
          Money.of(sums[1]).plus(Money.of(o[1])).fen(),
          Money.of(sums[2]).plus(Money.of(o[2])).fen(),
          Money.of(sums[3]).plus(Money.of(o[3])).fen()
        };
        System.arraycopy(next, 0, sums, 0, 4);
      }
      return this;
    }

    /**
     * Returns the report so far.
     *
     * @return the report
     */
    public MonthlyFeeReport report() {
      List<Line> lines = new ArrayList<>();
      long n = 0;
      Money r = Money.ZERO;
      Money f = Money.ZERO;
      Money p = Money.ZERO;
      for (Map.Entry<FeeTier, long[]> e : byTier.entrySet()) {
        long[] s = e.getValue();
        Line line = new Line(e.getKey(), s[0], Money.of(s[1]), Money.of(s[2]), Money.of(s[3]));
        lines.add(line);
        n = Math.addExact(n, s[0]);
        r = r.plus(line.resident());
        f = f.plus(line.fund());
        p = p.plus(line.purchase());
      }
      return new MonthlyFeeReport(month, service, lines, new Line(TOTAL, n, r, f, p));
    }
  }
}
