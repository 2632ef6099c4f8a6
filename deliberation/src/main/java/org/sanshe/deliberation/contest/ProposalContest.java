package org.sanshe.deliberation.contest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.contest.ContestEvent.ContestCreated;
import org.sanshe.deliberation.contest.ContestEvent.EntryEntered;
import org.sanshe.deliberation.contest.ContestEvent.EntryScored;
import org.sanshe.deliberation.contest.ContestEvent.JudgeAppointed;
import org.sanshe.deliberation.contest.ContestEvent.PublicVotesRecorded;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A proposal contest (提案大赛, "golden ideas", micro-projects): entries scored by weighted judges and
 * voted on by the public, ranked by the combination of {@link ContestRules}. All arithmetic is
 * exact.
 *
 * <p><b>Storage.</b> {@link #snapshot()} and {@link #restore(ContestSnapshot)} carry the whole
 * state; {@link #version()} is the stored version (0 before the first save, see {@link Contests});
 * {@link #pendingEvents()} lists the events raised since the contest was created or restored.
 *
 * <p>Mutable, not thread-safe. A refused command changes nothing.
 */
public final class ProposalContest {

  private static final Wording ENTRY = Wording.of("entry", "参赛项目");
  private static final Wording JUDGE = Wording.of("judge", "评委");
  private static final Wording ENTRIES = Wording.of("entries", "参赛项目");
  private static final Wording JUDGES = Wording.of("judges", "评委");

  private final ContestId id;
  private final String title;
  private final ContestRules rules;
  private final Set<EntryId> entries = new LinkedHashSet<>();
  private final Map<JudgeId, Fraction> judges = new LinkedHashMap<>();
  private final Map<JudgeId, Map<EntryId, Integer>> scores = new HashMap<>();
  private final Map<EntryId, Long> publicVotes = new HashMap<>();
  private final List<ContestEvent> pending = new ArrayList<>();
  private long version;

  private ProposalContest(ContestId id, String title, ContestRules rules) {
    this.id = id;
    this.title = title;
    this.rules = rules;
  }

  /**
   * Creates a contest and raises {@link ContestCreated}.
   *
   * @param id the id, not null
   * @param title the title, not blank
   * @param rules the rules, not null
   * @param at when, from the injected clock, not null
   * @return the contest, version 0
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK}
   */
  public static ProposalContest create(ContestId id, String title, ContestRules rules, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    ProposalContest c =
        new ProposalContest(
            id, Checks.text(title, "title"), Objects.requireNonNull(rules, "rules"));
    c.pending.add(new ContestCreated(id, c.title, rules, at));
    return c;
  }

  /**
   * Rebuilds a contest from a snapshot, checking every rule the commands keep: a valid title and
   * rules, distinct entries and judges, positive weights, scores and public votes only for known
   * judges and entries, at most one each, within the scale and not negative. The rebuilt contest
   * has no pending events.
   *
   * @param s the snapshot, not null
   * @return the contest at the snapshot's version
   * @throws AffairsException with {@code AFFAIRS_SNAPSHOT_INVALID} naming the first rule broken
   */
  public static ProposalContest restore(ContestSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null || s.title() == null || s.rules() == null) {
      throw invalid("every component is present", "各组成部分齐全");
    }
    if (s.version() < 0) {
      throw invalid("the version is not negative", "版本号不能为负数");
    }
    ProposalContest c;
    try {
      c = new ProposalContest(s.id(), Checks.text(s.title(), "title"), s.rules());
    } catch (SansheException e) {
      throw invalid("a valid title", "有效的标题");
    }
    for (EntryId entry : s.entries()) {
      if (entry == null || !c.entries.add(entry)) {
        throw invalid("entries are distinct", "参赛项目不重复");
      }
    }
    for (ContestSnapshot.Judge j : s.judges()) {
      if (j.weight().signum() <= 0) {
        throw invalid("judges' weights are more than zero", "评委权重大于零");
      }
      if (c.judges.put(j.judge(), j.weight()) != null) {
        throw invalid("judges are distinct", "评委不重复");
      }
    }
    for (ContestSnapshot.Score score : s.scores()) {
      if (!c.judges.containsKey(score.judge()) || !c.entries.contains(score.entry())) {
        throw invalid("scores are by appointed judges for entered entries", "评分来自已聘评委且针对已报名项目");
      }
      if (score.score() < 0 || score.score() > s.rules().maxScore()) {
        throw invalid("scores are within the scale", "评分在分值范围内");
      }
      Map<EntryId, Integer> byEntry = c.scores.computeIfAbsent(score.judge(), x -> new HashMap<>());
      if (byEntry.put(score.entry(), score.score()) != null) {
        throw invalid("one score per judge and entry", "每位评委对每个项目只有一个评分");
      }
    }
    for (ContestSnapshot.EntryVotes v : s.publicVotes()) {
      if (!c.entries.contains(v.entry()) || v.votes() < 0) {
        throw invalid("public votes are for entered entries and not negative", "公众投票针对已报名项目且不为负数");
      }
      if (c.publicVotes.put(v.entry(), v.votes()) != null) {
        throw invalid("one public count per entry", "每个项目只有一个公众票数");
      }
    }
    c.version = s.version();
    return c;
  }

  private static AffairsException invalid(String english, String chinese) {
    return new AffairsException(
        AffairsError.AFFAIRS_SNAPSHOT_INVALID,
        Wording.of("proposal contest", "提案评选"),
        Wording.of(english, chinese));
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot at this instance's version, in a canonical order
   */
  public ContestSnapshot snapshot() {
    List<ContestSnapshot.Judge> js = new ArrayList<>();
    List<ContestSnapshot.Score> ss = new ArrayList<>();
    for (Map.Entry<JudgeId, Fraction> j : judges.entrySet()) {
      js.add(new ContestSnapshot.Judge(j.getKey(), j.getValue()));
      Map<EntryId, Integer> byEntry = scores.getOrDefault(j.getKey(), Map.of());
      for (EntryId e : entries) {
        Integer score = byEntry.get(e);
        if (score != null) {
          ss.add(new ContestSnapshot.Score(j.getKey(), e, score));
        }
      }
    }
    List<ContestSnapshot.EntryVotes> vs = new ArrayList<>();
    for (EntryId e : entries) {
      Long votes = publicVotes.get(e);
      if (votes != null) {
        vs.add(new ContestSnapshot.EntryVotes(e, votes));
      }
    }
    return new ContestSnapshot(id, version, title, rules, List.copyOf(entries), js, ss, vs);
  }

  /**
   * Returns the stored version: 0 before the first save.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since the contest was created or restored, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<ContestEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  /**
   * Adds an entry.
   *
   * @param entry the entry, not null
   * @param at when, not null
   * @return this contest
   * @throws AffairsException with {@code CONTEST_DUPLICATE}
   */
  public ProposalContest enter(EntryId entry, Instant at) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(at, "at");
    if (entries.contains(entry)) {
      throw new AffairsException(AffairsError.CONTEST_DUPLICATE, ENTRY, entry);
    }
    entries.add(entry);
    pending.add(new EntryEntered(id, entry, at));
    return this;
  }

  /**
   * Adds a judge with a weight (for example 2 for an expert, 1 for a resident representative).
   *
   * @param judge the judge, not null
   * @param weight the weight, more than zero, not null
   * @param at when, not null
   * @return this contest
   * @throws AffairsException with {@code CONTEST_WEIGHT_NOT_POSITIVE} or {@code CONTEST_DUPLICATE}
   */
  public ProposalContest appoint(JudgeId judge, Fraction weight, Instant at) {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(at, "at");
    if (weight.signum() <= 0) {
      throw new AffairsException(AffairsError.CONTEST_WEIGHT_NOT_POSITIVE, judge, weight);
    }
    if (judges.containsKey(judge)) {
      throw new AffairsException(AffairsError.CONTEST_DUPLICATE, JUDGE, judge);
    }
    judges.put(judge, weight);
    pending.add(new JudgeAppointed(id, judge, weight, at));
    return this;
  }

  /**
   * Records (or replaces) a judge's score for an entry.
   *
   * @param judge the judge, not null
   * @param entry the entry, not null
   * @param score the score, 0 to the rules' maximum
   * @param at when, not null
   * @return this contest
   * @throws AffairsException with {@code CONTEST_UNKNOWN} or {@code CONTEST_SCORE_OUT_OF_RANGE}
   */
  public ProposalContest score(JudgeId judge, EntryId entry, int score, Instant at) {
    checkJudge(judge);
    checkEntry(entry);
    Objects.requireNonNull(at, "at");
    if (score < 0 || score > rules.maxScore()) {
      throw new AffairsException(AffairsError.CONTEST_SCORE_OUT_OF_RANGE, score, rules.maxScore());
    }
    scores.computeIfAbsent(judge, j -> new HashMap<>()).put(entry, score);
    pending.add(new EntryScored(id, judge, entry, score, at));
    return this;
  }

  /**
   * Records (or replaces) an entry's public votes, as counted by a vote.
   *
   * @param entry the entry, not null
   * @param votes the count, zero or more
   * @param at when, not null
   * @return this contest
   * @throws AffairsException with {@code CONTEST_UNKNOWN} or {@code CONTEST_VOTES_NEGATIVE}
   */
  public ProposalContest publicVotes(EntryId entry, long votes, Instant at) {
    checkEntry(entry);
    Objects.requireNonNull(at, "at");
    if (votes < 0) {
      throw new AffairsException(AffairsError.CONTEST_VOTES_NEGATIVE, entry, votes);
    }
    publicVotes.put(entry, votes);
    pending.add(new PublicVotesRecorded(id, entry, votes, at));
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
  public List<RankedEntry> ranking() {
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
    List<RankedEntry> unranked = new ArrayList<>();
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
      unranked.add(new RankedEntry(0, entry, judgeScore, votes, publicScore, combined));
    }
    unranked.sort(
        Comparator.comparing(RankedEntry::combined).reversed().thenComparing(RankedEntry::entry));
    List<RankedEntry> ranked = new ArrayList<>(unranked.size());
    for (int i = 0; i < unranked.size(); i++) {
      RankedEntry s = unranked.get(i);
      int rank =
          i > 0 && s.combined().equals(unranked.get(i - 1).combined())
              ? ranked.get(i - 1).rank()
              : i + 1;
      ranked.add(
          new RankedEntry(
              rank, s.entry(), s.judgeScore(), s.publicVotes(), s.publicScore(), s.combined()));
    }
    return List.copyOf(ranked);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ContestId id() {
    return id;
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
        + id
        + ", version "
        + version
        + ", "
        + title
        + ", "
        + entries.size()
        + " entries, "
        + judges.size()
        + " judges]";
  }
}
