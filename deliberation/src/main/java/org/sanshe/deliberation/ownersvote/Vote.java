package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

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
 * <p><b>Storage.</b> {@link #snapshot()} and {@link #restore(VoteSnapshot)} carry the register and
 * the counters as two separate components; {@link #version()} is the stored version (0 before the
 * first save), which ballots do not change: a store records ballots as they come ({@link
 * Votes#cast}) and they commute. {@link #unsavedBallots()} gives a store the ballots this instance
 * took since it was opened or restored, aggregated in the same two parts, and {@link
 * #pendingEvents()} the events raised since then.
 *
 * <p>An aggregate: mutable, not thread-safe, except that {@link #accept} only reads the terms fixed
 * when the vote was opened and may run in several threads at once while no command runs. A refused
 * ballot changes nothing.
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
  private long version;
  private final BitSet savedRegister;
  private final long[] savedHeads;
  private final long[] savedArea;
  private final List<VoteEvent> pending = new ArrayList<>();

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
    this.savedRegister = new BitSet(electorate.size());
    this.savedHeads = new long[options.size()];
    this.savedArea = new long[options.size()];
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
   * Sets up a vote and raises {@link VoteOpened} (see {@link #pendingEvents()}).
   *
   * @param id the id, not null
   * @param subject what is voted on, not blank
   * @param electorate who may vote, not null
   * @param options at least two distinct options, not null
   * @param window when ballots are accepted, not null
   * @param openedAt when it is set up, from the injected clock, not null
   * @return the vote, version 0
   * @throws AffairsException with {@code VOTE_OPTIONS_INVALID} or {@code AFFAIRS_TEXT_BLANK}
   */
  public static Vote open(
      VoteId id,
      String subject,
      Electorate electorate,
      List<Option> options,
      VotingWindow window,
      Instant openedAt) {
    Objects.requireNonNull(openedAt, "openedAt");
    Vote vote = open(id, subject, electorate, options, window);
    vote.pending.add(vote.opened(openedAt));
    return vote;
  }

  /**
   * Rebuilds a vote from a snapshot, checking every rule the commands keep: a valid roster, valid
   * and distinct options, one count per option in option order, registered voters who belong to the
   * electorate, as many ballots counted as voters registered, and the counted area equal to the
   * registered voters' area. The rebuilt vote has no pending events and no unsaved ballots.
   *
   * @param s the snapshot, not null
   * @return the vote at the snapshot's version
   * @throws AffairsException with {@code AFFAIRS_SNAPSHOT_INVALID} naming the first rule broken
   *     (never a value)
   */
  public static Vote restore(VoteSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null || s.subject() == null || s.window() == null) {
      throw invalid("every component is present", "各组成部分齐全");
    }
    if (s.version() < 0) {
      throw invalid("the version is not negative", "版本号不能为负数");
    }
    Electorate electorate;
    Vote vote;
    try {
      electorate = Electorate.of(s.electors());
      vote = open(s.id(), s.subject(), electorate, s.options(), s.window());
    } catch (SansheException | NullPointerException e) {
      throw invalid(
          "a valid roster, subject and at least two distinct options", "有效的选民名册、事由和至少两个不同的选项");
    }
    List<BallotCount> counts = s.counts();
    if (counts.size() != vote.options.size()) {
      throw invalid("one count per option, in option order", "每个选项一个计数，按选项顺序");
    }
    long registeredArea = 0;
    for (VoterId voter : s.register()) {
      int position = electorate.indexOf(voter);
      if (position < 0) {
        throw invalid("registered voters belong to the electorate", "登记的投票人属于选民名册");
      }
      vote.register.set(position);
      registeredArea += electorate.areaAt(position); // cannot overflow: the total did not
    }
    long ballots = 0;
    long countedArea = 0;
    try {
      for (int i = 0; i < counts.size(); i++) {
        BallotCount c = counts.get(i);
        if (!c.option().equals(vote.options.get(i))) {
          throw invalid("one count per option, in option order", "每个选项一个计数，按选项顺序");
        }
        vote.heads[i] = c.ballots();
        vote.area[i] = c.area().squareCentimetres();
        ballots = Math.addExact(ballots, c.ballots());
        countedArea = Math.addExact(countedArea, c.area().squareCentimetres());
      }
    } catch (ArithmeticException e) {
      throw invalid("the counts add up to the register", "计数与投票登记相符");
    }
    if (ballots != s.register().size() || countedArea != registeredArea) {
      throw invalid("the counts add up to the register", "计数与投票登记相符");
    }
    vote.turnout = ballots;
    vote.version = s.version();
    vote.markSaved();
    return vote;
  }

  private static AffairsException invalid(String english, String chinese) {
    return new AffairsException(
        AffairsError.AFFAIRS_SNAPSHOT_INVALID,
        Wording.of("vote", "表决"),
        Wording.of(english, chinese));
  }

  private void markSaved() {
    savedRegister.clear();
    savedRegister.or(register);
    System.arraycopy(heads, 0, savedHeads, 0, heads.length);
    System.arraycopy(area, 0, savedArea, 0, area.length);
  }

  /**
   * Returns the complete state: the register and the counters as separate components, nothing that
   * pairs a voter with a choice.
   *
   * @return the snapshot, at this instance's version
   */
  public VoteSnapshot snapshot() {
    List<Elector> electors = new ArrayList<>(electorate.size());
    List<VoterId> voters = electorate.voters();
    for (int i = 0; i < voters.size(); i++) {
      electors.add(
          electorate.weighedByArea()
              ? Elector.of(voters.get(i), FloorArea.ofSquareCentimetres(electorate.areaAt(i)))
              : Elector.of(voters.get(i)));
    }
    return new VoteSnapshot(
        id, version, subject, electors, options, window, voters(register), counts(heads, area));
  }

  private Set<VoterId> voters(BitSet positions) {
    List<VoterId> roster = electorate.voters();
    Set<VoterId> set = new HashSet<>(positions.cardinality() * 2);
    for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
      set.add(roster.get(i));
    }
    return set;
  }

  private List<BallotCount> counts(long[] h, long[] a) {
    List<BallotCount> list = new ArrayList<>(options.size());
    for (int i = 0; i < options.size(); i++) {
      list.add(new BallotCount(options.get(i), h[i], FloorArea.ofSquareCentimetres(a[i])));
    }
    return list;
  }

  /**
   * Returns the ballots this instance took since it was opened or restored, aggregated: the set of
   * voters and the sums per option. A store records them with the register key as the guard.
   *
   * @return the unsaved ballots, empty if none
   */
  public UnsavedBallots unsavedBallots() {
    BitSet fresh = (BitSet) register.clone();
    fresh.andNot(savedRegister);
    long[] h = new long[heads.length];
    long[] a = new long[area.length];
    for (int i = 0; i < heads.length; i++) {
      h[i] = heads[i] - savedHeads[i];
      a[i] = area[i] - savedArea[i];
    }
    return new UnsavedBallots(voters(fresh), counts(h, a));
  }

  /**
   * Returns the events this instance raised since it was opened or restored, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<VoteEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  /**
   * Returns the stored version: 0 before the first save. Ballots do not change it.
   *
   * @return the version
   */
  public long version() {
    return version;
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
    AcceptedBallot accepted = accept(voter, choice, now);
    int option = accepted.option();
    int position = accepted.position();
    if (register.get(position)) {
      throw new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, id, voter);
    }
    register.set(position);
    heads[option]++;
    area[option] = Math.addExact(area[option], electorate.areaAt(position));
    turnout++;
    BallotCast event = new BallotCast(id, turnout, now);
    pending.add(event);
    return event;
  }

  /**
   * Checks one secret ballot against this vote's terms, as {@link #cast} does, except whether the
   * voter has voted, which a store checks with its register key; changes nothing. For stores that
   * record a ballot without loading the register.
   *
   * @param voter the voter, not null
   * @param choice the chosen option, not null
   * @param now the current time, not null
   * @return the voter's position in the roster, the option's index and the voter's area
   * @throws AffairsException with {@code VOTE_OPTION_UNKNOWN}, {@code VOTE_OUTSIDE_WINDOW} or
   *     {@code VOTE_VOTER_INELIGIBLE}
   */
  public AcceptedBallot accept(VoterId voter, Option choice, Instant now) {
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
    return new AcceptedBallot(position, option, electorate.areaAt(position));
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
  public VoteTally tally(Instant now) {
    Objects.requireNonNull(now, "now");
    if (!window.isClosedAt(now)) {
      throw new AffairsException(AffairsError.VOTE_STILL_OPEN, id, window.closes());
    }
    return VoteTally.of(options, electorate, heads, area);
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
    return "Vote["
        + id
        + ", version "
        + version
        + ", "
        + options
        + ", "
        + window
        + ", turnout "
        + turnout
        + "]";
  }
}
