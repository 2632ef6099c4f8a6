package org.sanshe.deliberation.contest;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.kernel.Fraction;

/** Something that happened in a proposal contest, in the past tense. Immutable records. */
public sealed interface ContestEvent {

  /**
   * Returns the contest.
   *
   * @return the id
   */
  ContestId contest();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * A contest was set up.
   *
   * @param contest the contest
   * @param title its title
   * @param rules its rules
   * @param at when
   */
  record ContestCreated(ContestId contest, String title, ContestRules rules, Instant at)
      implements ContestEvent {
    /** Checks the components. */
    public ContestCreated {
      Objects.requireNonNull(contest, "contest");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An entry joined.
   *
   * @param contest the contest
   * @param entry the entry
   * @param at when
   */
  record EntryEntered(ContestId contest, EntryId entry, Instant at) implements ContestEvent {
    /** Checks the components. */
    public EntryEntered {
      Objects.requireNonNull(contest, "contest");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A judge was appointed.
   *
   * @param contest the contest
   * @param judge the judge
   * @param weight the judge's weight
   * @param at when
   */
  record JudgeAppointed(ContestId contest, JudgeId judge, Fraction weight, Instant at)
      implements ContestEvent {
    /** Checks the components. */
    public JudgeAppointed {
      Objects.requireNonNull(contest, "contest");
      Objects.requireNonNull(judge, "judge");
      Objects.requireNonNull(weight, "weight");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A judge scored an entry (or replaced an earlier score).
   *
   * @param contest the contest
   * @param judge the judge
   * @param entry the entry
   * @param score the score
   * @param at when
   */
  record EntryScored(ContestId contest, JudgeId judge, EntryId entry, int score, Instant at)
      implements ContestEvent {
    /** Checks the components. */
    public EntryScored {
      Objects.requireNonNull(contest, "contest");
      Objects.requireNonNull(judge, "judge");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An entry's public votes were recorded (or replaced).
   *
   * @param contest the contest
   * @param entry the entry
   * @param votes the count
   * @param at when
   */
  record PublicVotesRecorded(ContestId contest, EntryId entry, long votes, Instant at)
      implements ContestEvent {
    /** Checks the components. */
    public PublicVotesRecorded {
      Objects.requireNonNull(contest, "contest");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(at, "at");
    }
  }
}
