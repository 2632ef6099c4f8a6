package org.sanshe.deliberation.affairs;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The "622" report of one community, street or district over one period: how many matters were
 * recorded, how many are still untriaged, how many went each path, and each target checked with its
 * exact share. Shares are taken over triaged matters. Immutable.
 *
 * @param scope the community, street or district
 * @param period the period (by the day each matter was recorded)
 * @param deliberation matters settled by deliberation
 * @param service matters settled by social organizations' services
 * @param referral matters referred
 * @param untriaged matters recorded but not yet triaged
 * @param checks one check per path, in path order
 */
public record TriageReport(
    DivisionCode scope,
    ReportPeriod period,
    long deliberation,
    long service,
    long referral,
    long untriaged,
    List<TargetCheck> checks) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   */
  public TriageReport {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    checks = List.copyOf(checks);
  }

  /**
   * Computes a report from counts.
   *
   * @param scope the scope, not null
   * @param period the period, not null
   * @param counts the counts per path in {@link ResolutionPath} order, then untriaged (4 values)
   * @param targets the targets, not null
   * @return the report
   */
  static TriageReport of(
      DivisionCode scope, ReportPeriod period, long[] counts, TriageTargets targets) {
    return new TriageReport(
        scope,
        period,
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        targets.check(counts[0], counts[1], counts[2]));
  }

  /**
   * Returns the triaged total.
   *
   * @return deliberation + service + referral
   */
  public long triaged() {
    return deliberation + service + referral;
  }

  /**
   * Returns all matters recorded in the period.
   *
   * @return triaged + untriaged
   */
  public long recorded() {
    return triaged() + untriaged;
  }

  /**
   * Returns the count of one path.
   *
   * @param path the path, not null
   * @return the count
   */
  public long count(ResolutionPath path) {
    return switch (path) {
      case COMMUNITY_DELIBERATION -> deliberation;
      case SOCIAL_ORGANIZATION_SERVICE -> service;
      case REFERRAL -> referral;
    };
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
   * Explains the report, one line per check.
   *
   * @return the explanation
   */
  public String explain() {
    return scope
        + " "
        + period
        + ": "
        + recorded()
        + " recorded, "
        + untriaged
        + " untriaged\n"
        + checks.stream().map(TargetCheck::explain).collect(Collectors.joining("\n"));
  }
}
