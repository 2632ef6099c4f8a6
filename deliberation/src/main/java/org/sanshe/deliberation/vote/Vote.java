package org.sanshe.deliberation.vote;

import java.time.Instant;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * A secret vote of an electorate on one question, with a voting window.
 *
 * <p><b>Secrecy with one ballot per voter.</b> A vote keeps two things that are never joined. The
 * <em>voter register</em> is a bit set over the electorate's positions: it records <em>that</em> a
 * voter has voted, not when and not how, and it is what refuses a second ballot. The <em>ballot
 * box</em> is one pair of counters per option (ballots and floor area): a cast adds the voter's
 * weight to the chosen option's counters and keeps nothing else, so no stored ballot exists that
 * could be linked to a voter, not even by arrival order. The {@link BallotCast} event names neither
 * voter nor choice. The counters are shown only once the window has closed ({@link
 * #tally(Instant)}), so watching them change between two casts is not possible through this type.
 * With area weights the counters hold sums of areas, never one owner's area on its own.
 *
 * <p>An aggregate: mutable, not thread-safe. A refused ballot changes nothing.
 */
public final class Vote {

  private final VoteId id;
  private final String subject;
  private final Electorate electorate;
  private final List<Option> options;
  private final VotingWindow window;
  private final BitSet register;
  private final long[] heads;
  private final long[] area;
  private long turnout;

  private Vote(
      VoteId id, String subject, Electorate electorate, List<Option> options, VotingWindow window) {
    this.id = id;
    this.subject = subject;
    this.electorate = electorate;
    this.options = options;
    this.window = window;
    this.register = new BitSet(electorate.size());
    this.heads = new long[options.size()];
    this.area = new long[options.size()];
  }

  /**
   * Sets up a vote.
   *
   * @param id the id, not null
   * @param subject what is voted on, not blank
   * @param electorate who may vote, not null
   * @param options at least two distinct options, not null
   * @param window when ballots are accepted, not null
   * @return the vote
   * @throws AffairsException with {@code VOTE_OPTIONS_INVALID} or {@code AFFAIRS_TEXT_BLANK}
   */
  public static Vote open(
      VoteId id, String subject, Electorate electorate, List<Option> options, VotingWindow window) {
    Objects.requireNonNull(id, "id");
    String s = Checks.text(subject, "subject");
    Objects.requireNonNull(electorate, "electorate");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(window, "window");
    List<Option> copy = List.copyOf(options);
    if (copy.size() < 2 || new HashSet<>(copy).size() != copy.size()) {
      throw new AffairsException(AffairsError.VOTE_OPTIONS_INVALID, copy);
    }
    return new Vote(id, s, electorate, copy, window);
  }

  /**
   * Sets up a motion with the options {@code FOR}, {@code AGAINST} and {@code ABSTAIN}.
   *
   * @param id the id, not null
   * @param subject the motion, not blank
   * @param electorate who may vote, not null
   * @param window when ballots are accepted, not null
   * @return the vote
   */
  public static Vote motion(VoteId id, String subject, Electorate electorate, VotingWindow window) {
    return open(
        id, subject, electorate, List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN), window);
  }

  /**
   * Returns the event stating that the vote was set up.
   *
   * @param at when, from the injected clock, not null
   * @return the event
   */
  public VoteOpened opened(Instant at) {
    return new VoteOpened(id, subject, options, window, electorate.size(), at);
  }

  /**
   * Casts one secret ballot.
   *
   * @param voter the voter, not null
   * @param choice the chosen option, not null
   * @param now the current time, not null
   * @return the event, naming neither voter nor choice
   * @throws AffairsException with {@code VOTE_OPTION_UNKNOWN}, {@code VOTE_OUTSIDE_WINDOW}, {@code
   *     VOTE_VOTER_INELIGIBLE} or {@code VOTE_DUPLICATE_VOTER}; nothing is changed then
   */
  public BallotCast cast(VoterId voter, Option choice, Instant now) {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(now, "now");
    int option = options.indexOf(choice);
    if (option < 0) {
      throw new AffairsException(AffairsError.VOTE_OPTION_UNKNOWN, id, choice);
    }
    if (!window.contains(now)) {
      throw new AffairsException(AffairsError.VOTE_OUTSIDE_WINDOW, id, now, window);
    }
    int position = electorate.indexOf(voter);
    if (position < 0) {
      throw new AffairsException(AffairsError.VOTE_VOTER_INELIGIBLE, id, voter);
    }
    if (register.get(position)) {
      throw new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, id, voter);
    }
    register.set(position);
    heads[option]++;
    area[option] = Math.addExact(area[option], electorate.areaAt(position));
    turnout++;
    return new BallotCast(id, turnout, now);
  }

  /**
   * Tells whether a voter has voted (the register, which never says how).
   *
   * @param voter the voter, not null
   * @return true once the voter has cast a ballot
   */
  public boolean hasVoted(VoterId voter) {
    int position = electorate.indexOf(voter);
    return position >= 0 && register.get(position);
  }

  /**
   * Returns how many ballots were cast so far.
   *
   * @return the turnout
   */
  public long turnout() {
    return turnout;
  }

  /**
   * Counts the ballots of a closed vote.
   *
   * @param now the current time, not null
   * @return the tally
   * @throws AffairsException with {@code VOTE_STILL_OPEN} before the window closes
   */
  public Tally tally(Instant now) {
    Objects.requireNonNull(now, "now");
    if (!window.isClosedAt(now)) {
      throw new AffairsException(AffairsError.VOTE_STILL_OPEN, id, window.closes());
    }
    return Tally.of(options, electorate, heads, area);
  }

  /**
   * Decides a closed vote by a rule, for one option (usually {@link Option#FOR}).
   *
   * @param rule the rule, not null
   * @param option the option whose support is measured, not null
   * @param now the current time, not null
   * @return the decision with every figure checked
   * @throws AffairsException with {@code VOTE_STILL_OPEN}, {@code VOTE_OPTION_UNKNOWN} or {@code
   *     VOTE_AREA_NOT_RECORDED}
   */
  public VoteDecision decide(VoteRule rule, Option option, Instant now) {
    Objects.requireNonNull(rule, "rule");
    return rule.decide(tally(now), option);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public VoteId id() {
    return id;
  }

  /**
   * Returns the subject.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the electorate.
   *
   * @return the electorate
   */
  public Electorate electorate() {
    return electorate;
  }

  /**
   * Returns the options.
   *
   * @return an unmodifiable list
   */
  public List<Option> options() {
    return options;
  }

  /**
   * Returns the window.
   *
   * @return the window
   */
  public VotingWindow window() {
    return window;
  }

  @Override
  public String toString() {
    return "Vote[" + id + ", " + options + ", " + window + ", turnout " + turnout + "]";
  }
}
