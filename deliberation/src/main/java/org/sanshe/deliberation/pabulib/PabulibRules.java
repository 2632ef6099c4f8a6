package org.sanshe.deliberation.pabulib;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.budgeting.ComparisonStep;
import org.sanshe.deliberation.budgeting.EqualShares;
import org.sanshe.deliberation.budgeting.Greedy;
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;
import org.sanshe.deliberation.budgeting.Support;

/**
 * Runs a Pabulib file's {@code rule} label as written, and checks a city's outcome (the {@code
 * selected} column) against it in one call. Stateless and thread-safe.
 *
 * <p>Support for the greedy rules follows the vote type: approvals for {@code approval} and {@code
 * choose-1}, total points for {@code cumulative} and {@code scoring}, and for {@code ordinal} k
 * points for rank 1, k - 1 for rank 2, ... 1 for rank k, with k = {@code max_length} (or the
 * longest ballot when absent): the Borda-like scoring the format names as default (3, 2, 1 in
 * Kraków). Equal Shares uses cost utilities; every ballot supports the projects it names. Ties
 * everywhere: lower cost, then more approvals.
 */
public final class PabulibRules {

  private PabulibRules() {}

  /** The rule labels of the Pabulib format, and Poznań's variant. */
  public enum Label {
    /** {@code greedy}: by support, skipping what does not fit. */
    GREEDY("greedy"),
    /** {@code greedy-threshold}: greedy over projects with {@code min_project_score_threshold}. */
    GREEDY_THRESHOLD("greedy-threshold"),
    /** {@code greedy-no-skip}: greedy that stops at the first project that does not fit. */
    GREEDY_NO_SKIP("greedy-no-skip"),
    /**
     * {@code greedy-exclusive}: greedy with mutually exclusive projects. The format does not record
     * which projects exclude each other, so this label is refused with {@code
     * PABULIB_RULE_UNSUPPORTED}; run {@link #GREEDY} and compare.
     */
    GREEDY_EXCLUSIVE("greedy-exclusive"),
    /** {@code equalshares}: the Method of Equal Shares, no completion. */
    EQUALSHARES("equalshares"),
    /** {@code equalshares-comparison}: Equal Shares, then the comparison step. */
    EQUALSHARES_COMPARISON("equalshares-comparison"),
    /** {@code equalshares/add1}: Equal Shares with add1 completion (floored start). */
    EQUALSHARES_ADD1("equalshares/add1"),
    /** {@code equalshares/add1-comparison}: add1, then the comparison step. */
    EQUALSHARES_ADD1_COMPARISON("equalshares/add1-comparison"),
    /**
     * Poznań's greedy (Sanshe's label {@code greedy-poznan}; Pabulib files of Poznań say {@code
     * greedy}): the first project that does not fit is funded when the money left covers at least
     * 80% of its cost, see {@link Greedy#withOverrunCover(int)}.
     */
    GREEDY_POZNAN("greedy-poznan");

    private final String text;

    Label(String text) {
      this.text = text;
    }

    /**
     * Returns the label as written in META.
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    /**
     * Finds a label by its text.
     *
     * @param text the text, not null
     * @return the label
     * @throws VotingException {@code PABULIB_RULE_UNSUPPORTED} for another text
     */
    public static Label of(String text) {
      Objects.requireNonNull(text, "text");
      String t = text.strip();
      for (Label l : values()) {
        if (l.text.equals(t)) {
          return l;
        }
      }
      throw new VotingException(VotingError.PABULIB_RULE_UNSUPPORTED);
    }
  }

  /**
   * A city's outcome compared with the file's rule run as written.
   *
   * @param label the rule run
   * @param outcome the outcome of the rule, with its explanation
   * @param declared the projects the file marks {@code selected} = 1, in file order
   * @param missing declared but not selected by the rule, in file order
   * @param extra selected by the rule but not declared, in selection order
   */
  public record Check(
      Label label,
      BudgetOutcome outcome,
      List<CandidateId> declared,
      List<CandidateId> missing,
      List<CandidateId> extra) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if an argument is null
     */
    public Check {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(outcome, "outcome");
      declared = List.copyOf(declared);
      missing = List.copyOf(missing);
      extra = List.copyOf(extra);
    }

    /**
     * Returns whether the rule reproduces the city's outcome.
     *
     * @return whether there is no difference
     */
    public boolean matches() {
      return missing.isEmpty() && extra.isEmpty();
    }
  }

  /**
   * Runs the file's own rule label.
   *
   * @param file the file, not null
   * @return the outcome
   * @throws VotingException {@code PABULIB_RULE_UNSUPPORTED} for an absent, unknown or {@code
   *     greedy-exclusive} label, or what counting the file throws
   */
  public static BudgetOutcome run(PabulibFile file) {
    return run(file, Label.of(Objects.requireNonNull(file, "file").rule()));
  }

  /**
   * Runs a named rule on a file.
   *
   * @param file the file, not null
   * @param label the rule, not null
   * @return the outcome
   * @throws VotingException {@code PABULIB_RULE_UNSUPPORTED} for {@code greedy-exclusive}, {@code
   *     PABULIB_META_MISSING} for {@code greedy-threshold} without {@code
   *     min_project_score_threshold}, or what counting the file throws
   */
  public static BudgetOutcome run(PabulibFile file, Label label) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(label, "label");
    ParticipatoryBudget budget = file.toBudget();
    EqualShares es = EqualShares.costUtilities();
    EqualShares add1 = es.withCompletion(EqualShares.Completion.ADD1);
    return switch (label) {
      case GREEDY -> greedy(file, budget).allocate(budget);
      case GREEDY_THRESHOLD ->
          greedy(file, budget).withMinimumSupport(threshold(file)).allocate(budget);
      case GREEDY_NO_SKIP -> greedy(file, budget).withoutSkipping().allocate(budget);
      case GREEDY_POZNAN -> greedy(file, budget).withOverrunCover(80).allocate(budget);
      case GREEDY_EXCLUSIVE -> throw new VotingException(VotingError.PABULIB_RULE_UNSUPPORTED);
      case EQUALSHARES -> es.allocate(budget);
      case EQUALSHARES_COMPARISON -> ComparisonStep.choose(budget, es);
      case EQUALSHARES_ADD1 -> add1.allocate(budget);
      case EQUALSHARES_ADD1_COMPARISON -> ComparisonStep.choose(budget, add1);
    };
  }

  /**
   * Runs the file's own rule and compares it with the file's {@code selected} column.
   *
   * @param file the file, not null
   * @return the comparison
   * @throws VotingException as {@link #run(PabulibFile)}
   */
  public static Check check(PabulibFile file) {
    return check(file, Label.of(Objects.requireNonNull(file, "file").rule()));
  }

  /**
   * Runs a named rule and compares it with the file's {@code selected} column.
   *
   * @param file the file, not null
   * @param label the rule, not null
   * @return the comparison
   * @throws VotingException as {@link #run(PabulibFile, Label)}
   */
  public static Check check(PabulibFile file, Label label) {
    BudgetOutcome outcome = run(file, label);
    List<CandidateId> declared = file.selectedProjects();
    Set<CandidateId> computed = new LinkedHashSet<>(outcome.selectedIds());
    List<CandidateId> missing = new ArrayList<>();
    for (CandidateId id : declared) {
      if (!computed.contains(id)) {
        missing.add(id);
      }
    }
    Set<CandidateId> declaredSet = Set.copyOf(declared);
    List<CandidateId> extra = new ArrayList<>();
    for (CandidateId id : computed) {
      if (!declaredSet.contains(id)) {
        extra.add(id);
      }
    }
    return new Check(label, outcome, declared, missing, extra);
  }

  private static Greedy greedy(PabulibFile file, ParticipatoryBudget budget) {
    String type = file.voteType();
    Support support;
    if (type.equals("cumulative") || type.equals("scoring")) {
      support = Support.points();
    } else if (type.equals("ordinal")) {
      long k = file.constraints().maxLength();
      if (k == Integer.MAX_VALUE) {
        k = 0;
        for (BallotBox.Counted<? extends Ballot> c : budget.ballots().distinct()) {
          k = Math.max(k, c.ballot().named().size());
        }
      }
      k = Math.min(k, budget.projects().size());
      long[] points = new long[(int) k];
      for (int i = 0; i < k; i++) {
        points[i] = k - i;
      }
      support = Support.rankPoints(points);
    } else {
      support = Support.approvals();
    }
    return Greedy.bySupport(support);
  }

  private static long threshold(PabulibFile file) {
    String text = file.meta().get("min_project_score_threshold");
    if (text == null || text.isBlank()) {
      throw new VotingException(VotingError.PABULIB_META_MISSING, "min_project_score_threshold");
    }
    long t = PabulibNumbers.whole(text, 0, "META min_project_score_threshold");
    if (t < 0) {
      throw new VotingException(
          VotingError.PABULIB_NUMBER_INVALID, 0, "META min_project_score_threshold");
    }
    return t;
  }
}
