package org.sanshe.deliberation.contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * A proposal contest (提案大赛, "golden ideas", micro-projects): entries scored by weighted judges and
 * voted on by the public, ranked by the combination of {@link ContestRules}. All arithmetic is
 * exact.
 *
 * <p>Mutable, not thread-safe. A refused command changes nothing.
 */
public final class ProposalContest {

  private static final Wording ENTRY = Wording.of("entry", "参赛项目");
  private static final Wording JUDGE = Wording.of("judge", "评委");
  private static final Wording ENTRIES = Wording.of("entries", "参赛项目");
  private static final Wording JUDGES = Wording.of("judges", "评委");

  private final String title;
  private final ContestRules rules;
  private final Set<EntryId> entries = new LinkedHashSet<>();
  private final Map<JudgeId, Fraction> judges = new LinkedHashMap<>();
  private final Map<JudgeId, Map<EntryId, Integer>> scores = new HashMap<>();
  private final Map<EntryId, Long> publicVotes = new HashMap<>();

  private ProposalContest(String title, ContestRules rules) {
    this.title = title;
    this.rules = rules;
  }

  /**
   * Creates a contest.
   *
   * @param title the title, not blank
   * @param rules the rules, not null
   * @return the contest
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK}
   */
  public static ProposalContest create(String title, ContestRules rules) {
    return new ProposalContest(Checks.text(title, "title"), Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Adds an entry.
   *
   * @param entry the entry, not null
   * @return this contest
   * @throws AffairsException with {@code CONTEST_DUPLICATE}
   */
  public ProposalContest enter(EntryId entry) {
    Objects.requireNonNull(entry, "entry");
    if (entries.contains(entry)) {
      throw new AffairsException(AffairsError.CONTEST_DUPLICATE, ENTRY, entry);
    }
    entries.add(entry);
    return this;
  }

  /**
   * Adds a judge with a weight (for example 2 for an expert, 1 for a resident representative).
   *
   * @param judge the judge, not null
   * @param weight the weight, more than zero, not null
   * @return this contest
   * @throws AffairsException with {@code CONTEST_WEIGHT_NOT_POSITIVE} or {@code CONTEST_DUPLICATE}
   */
  public ProposalContest appoint(JudgeId judge, Fraction weight) {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() <= 0) {
      throw new AffairsException(AffairsError.CONTEST_WEIGHT_NOT_POSITIVE, judge, weight);
    }
    if (judges.containsKey(judge)) {
      throw new AffairsException(AffairsError.CONTEST_DUPLICATE, JUDGE, judge);
    }
    judges.put(judge, weight);
    return this;
  }

  /**
   * Records (or replaces) a judge's score for an entry.
   *
   * @param judge the judge, not null
   * @param entry the entry, not null
   * @param score the score, 0 to the rules' maximum
   * @return this contest
   * @throws AffairsException with {@code CONTEST_UNKNOWN} or {@code CONTEST_SCORE_OUT_OF_RANGE}
   */
  public ProposalContest score(JudgeId judge, EntryId entry, int score) {
    checkJudge(judge);
    checkEntry(entry);
    if (score < 0 || score > rules.maxScore()) {
      throw new AffairsException(AffairsError.CONTEST_SCORE_OUT_OF_RANGE, score, rules.maxScore());
    }
    scores.computeIfAbsent(judge, j -> new HashMap<>()).put(entry, score);
    return this;
  }

  /**
   * Records (or replaces) an entry's public votes, as counted by a vote.
   *
   * @param entry the entry, not null
   * @param votes the count, zero or more
   * @return this contest
   * @throws AffairsException with {@code CONTEST_UNKNOWN} or {@code CONTEST_VOTES_NEGATIVE}
   */
  public ProposalContest publicVotes(EntryId entry, long votes) {
    checkEntry(entry);
    if (votes < 0) {
      throw new AffairsException(AffairsError.CONTEST_VOTES_NEGATIVE, entry, votes);
    }
    publicVotes.put(entry, votes);
    return this;
  }

  private void checkJudge(JudgeId judge) {
    if (!judges.containsKey(Objects.requireNonNull(judge, "judge"))) {
      throw new AffairsException(AffairsError.CONTEST_UNKNOWN, JUDGE, judge);
    }
  }

  private void checkEntry(EntryId entry) {
    if (!entries.contains(Objects.requireNonNull(entry, "entry"))) {
      throw new AffairsException(AffairsError.CONTEST_UNKNOWN, ENTRY, entry);
    }
  }

  /**
   * Ranks the entries: every judge must have scored every entry; entries without public votes count
   * zero. Equal combined scores share a rank; among them the order is by entry id, for display
   * only.
   *
   * @return the standings, best first
   * @throws AffairsException with {@code CONTEST_INCOMPLETE} (no entries or no judges) or {@code
   *     CONTEST_SCORE_MISSING}
   */
  public List<Standing> ranking() {
    if (entries.isEmpty() || judges.isEmpty()) {
      throw new AffairsException(
          AffairsError.CONTEST_INCOMPLETE, entries.isEmpty() ? ENTRIES : JUDGES);
    }
    Fraction totalWeight = Fraction.ZERO;
    for (Fraction w : judges.values()) {
      totalWeight = totalWeight.plus(w);
    }
    long mostVotes = 0;
    for (EntryId e : entries) {
      mostVotes = Math.max(mostVotes, publicVotes.getOrDefault(e, 0L));
    }
    List<Standing> unranked = new ArrayList<>();
    for (EntryId entry : entries) {
      Fraction weighted = Fraction.ZERO;
      for (Map.Entry<JudgeId, Fraction> judge : judges.entrySet()) {
        Integer s = scores.getOrDefault(judge.getKey(), Map.of()).get(entry);
        if (s == null) {
          throw new AffairsException(AffairsError.CONTEST_SCORE_MISSING, judge.getKey(), entry);
        }
        weighted = weighted.plus(judge.getValue().times(s));
      }
      Fraction judgeScore = weighted.dividedBy(totalWeight);
      long votes = publicVotes.getOrDefault(entry, 0L);
      Fraction publicScore =
          mostVotes == 0 ? Fraction.ZERO : Fraction.of(votes, mostVotes).times(rules.maxScore());
      Fraction combined =
          rules.judgeShare().times(judgeScore).plus(rules.publicShare().times(publicScore));
      unranked.add(new Standing(0, entry, judgeScore, votes, publicScore, combined));
    }
    unranked.sort(
        Comparator.comparing(Standing::combined).reversed().thenComparing(Standing::entry));
    List<Standing> ranked = new ArrayList<>(unranked.size());
    for (int i = 0; i < unranked.size(); i++) {
      Standing s = unranked.get(i);
      int rank =
          i > 0 && s.combined().equals(unranked.get(i - 1).combined())
              ? ranked.get(i - 1).rank()
              : i + 1;
      ranked.add(
          new Standing(
              rank, s.entry(), s.judgeScore(), s.publicVotes(), s.publicScore(), s.combined()));
    }
    return List.copyOf(ranked);
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the rules.
   *
   * @return the rules
   */
  public ContestRules rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "ProposalContest["
        + title
        + ", "
        + entries.size()
        + " entries, "
        + judges.size()
        + " judges]";
  }
}
