package org.sanshe.deliberation.contest;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.kernel.Fraction;

/**
 * The complete state of a proposal contest as plain data, for storage: {@link
 * ProposalContest#snapshot()} writes it, {@link ProposalContest#restore(ContestSnapshot)} checks
 * and reads it. Null lists read as empty. Immutable.
 *
 * @param id the id
 * @param version the stored version (0 if never stored)
 * @param title the title
 * @param rules the rules
 * @param entries the entries in the order they joined
 * @param judges the judges in the order they were appointed
 * @param scores the scores, by judge in appointment order, then by entry in joining order
 * @param publicVotes the public votes recorded, by entry in joining order
 */
public record ContestSnapshot(
    ContestId id,
    long version,
    String title,
    ContestRules rules,
    List<EntryId> entries,
    List<Judge> judges,
    List<Score> scores,
    List<EntryVotes> publicVotes) {

  /** Copies the lists, reading null as empty. */
  public ContestSnapshot {
    entries = entries == null ? List.of() : List.copyOf(entries);
    judges = judges == null ? List.of() : List.copyOf(judges);
    scores = scores == null ? List.of() : List.copyOf(scores);
    publicVotes = publicVotes == null ? List.of() : List.copyOf(publicVotes);
  }

  /**
   * A judge and their weight.
   *
   * @param judge the judge
   * @param weight the weight, more than zero
   */
  public record Judge(JudgeId judge, Fraction weight) {
    /** Checks the components. */
    public Judge {
      Objects.requireNonNull(judge, "judge");
      Objects.requireNonNull(weight, "weight");
    }
  }

  /**
   * One judge's score for one entry.
   *
   * @param judge the judge
   * @param entry the entry
   * @param score the score
   */
  public record Score(JudgeId judge, EntryId entry, int score) {
    /** Checks the components. */
    public Score {
      Objects.requireNonNull(judge, "judge");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /**
   * An entry's public votes.
   *
   * @param entry the entry
   * @param votes the count
   */
  public record EntryVotes(EntryId entry, long votes) {
    /** Checks the components. */
    public EntryVotes {
      Objects.requireNonNull(entry, "entry");
    }
  }
}
