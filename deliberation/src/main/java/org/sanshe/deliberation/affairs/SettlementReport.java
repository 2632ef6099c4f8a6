package org.sanshe.deliberation.affairs;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The "622" report by settlement: of the matters of a community, street or district settled
 * (resolved or closed, and not reopened since) on the period's days, how many were settled by each
 * path, beside how many of those same matters had been triaged to each path, and the gap between
 * the two; the targets are checked against the actual settlements. A matter settled without a
 * triage counts as settled and under {@link #untriaged()} intent. Immutable.
 *
 * @param scope the community, street or district
 * @param period the period, by the day each matter was settled
 * @param settled the settled matters per path, in {@link ResolutionPath} order (3 values)
 * @param intended the triage path of the same matters, in {@link ResolutionPath} order (3 values)
 * @param untriaged settled matters that were never triaged
 * @param checks one target check per path over the actual settlements, in path order
 */
public record SettlementReport(
    DivisionCode scope,
    ReportPeriod period,
    List<Long> settled,
    List<Long> intended,
    long untriaged,
    List<TargetCheck> checks) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count list does not have 3 values or the intents (with
   *     the untriaged) do not add up to the settled total
   */
  public SettlementReport {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    settled = List.copyOf(settled);
    intended = List.copyOf(intended);
    checks = List.copyOf(checks);
    if (settled.size() != 3 || intended.size() != 3) {
      throw invalid("one count per path", "每种方式一个数");
    }
    long s = settled.get(0) + settled.get(1) + settled.get(2);
    long i = intended.get(0) + intended.get(1) + intended.get(2) + untriaged;
    if (s != i) {
      throw invalid("every settled matter has one triage intent", "每个已办结事项有一个分流意图");
    }
  }

  private static AffairsException invalid(String rule, String ruleZh) {
    return new AffairsException(
        AffairsError.AFFAIRS_SNAPSHOT_INVALID,
        Wording.of("settlement report", "办结报告"),
        Wording.of(rule, ruleZh));
  }

  /**
   * Computes a report from counts.
   *
   * @param scope the scope, not null
   * @param period the period, not null
   * @param counts the matters per actual path (row) and intended path (column, 3 = untriaged),
   *     {@code counts[actual * 4 + intended]}, 12 values
   * @param targets the targets, not null
   * @return the report
   */
  public static SettlementReport of(
      DivisionCode scope, ReportPeriod period, long[] counts, TriageTargets targets) {
    Objects.requireNonNull(targets, "targets");
    long[] actual = new long[3];
    long[] intent = new long[4];
    for (int a = 0; a < 3; a++) {
      for (int i = 0; i < 4; i++) {
        actual[a] += counts[a * 4 + i];
        intent[i] += counts[a * 4 + i];
      }
    }
    return new SettlementReport(
        scope,
        period,
        List.of(actual[0], actual[1], actual[2]),
        List.of(intent[0], intent[1], intent[2]),
        intent[3],
        targets.check(actual[0], actual[1], actual[2]));
  }

  /**
   * Returns the settled total.
   *
   * @return the sum over the paths
   */
  public long total() {
    return settled.get(0) + settled.get(1) + settled.get(2);
  }

  /**
   * Returns the matters settled by one path.
   *
   * @param path the path, not null
   * @return the count
   */
  public long settled(ResolutionPath path) {
    return settled.get(path.ordinal());
  }

  /**
   * Returns the settled matters that had been triaged to one path.
   *
   * @param path the path, not null
   * @return the count
   */
  public long intended(ResolutionPath path) {
    return intended.get(path.ordinal());
  }

  /**
   * Returns the gap between practice and intent on one path.
   *
   * @param path the path, not null
   * @return settled minus intended (positive: more settled this way than triaged)
   */
  public long gap(ResolutionPath path) {
    return settled(path) - intended(path);
  }

  /**
   * Returns the check of one path.
   *
   * @param path the path, not null
   * @return the check
   */
  public TargetCheck check(ResolutionPath path) {
    return checks.get(path.ordinal());
  }

  /**
   * Tells whether every target holds.
   *
   * @return true when all checks hold
   */
  public boolean allHold() {
    return checks.stream().allMatch(TargetCheck::holds);
  }

  /**
   * Explains the report, one line per path with the gap, then one per check.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder b = new StringBuilder();
    b.append(scope).append(' ').append(period).append(": ").append(total()).append(" settled, ");
    b.append(untriaged).append(" without triage\n");
    for (ResolutionPath p : ResolutionPath.values()) {
      b.append(p)
          .append(": settled ")
          .append(settled(p))
          .append(", triaged ")
          .append(intended(p))
          .append(", gap ")
          .append(gap(p))
          .append('\n');
    }
    return b + checks.stream().map(TargetCheck::explain).collect(Collectors.joining("\n"));
  }
}
