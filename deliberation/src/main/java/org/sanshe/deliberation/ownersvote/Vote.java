package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A vote of an electorate on one question, with a voting window, by secret or by signed ballot
 * ({@link BallotMode}, chosen when it is opened).
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
 * <p><b>Signed ballots</b> (owners' assemblies, {@link BallotMode#SIGNED}). Besides the register
 * and the counters, a signed vote keeps a ballot register ({@link SignedBallot}: owner, unit, floor
 * area, option, and who cast it) for owners to inspect, the recorded proxy authorizations (a proxy
 * casts for an owner only with one, and an owner authorizes at most one proxy per vote), and its
 * {@link Scrutiny}: once the window has closed, named scrutineers sign the count ({@link
 * #signCount}), each after a recount from the ballot register that must equal the counters; the
 * count is final ({@link #finalCount}, used by {@link #decide}) only when the required number have
 * signed. Signed commands change the stored version: a store records them with {@link Votes#update}
 * and two writers give one success and one conflict; {@link Votes#cast} takes secret ballots only.
 * Every signed-mode event names its acting party; a secret {@link BallotCast} names nobody.
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
  private final BallotMode mode;
  private final Scrutiny scrutiny;
  private final List<ProxyAuthorization> proxies = new ArrayList<>();
  private final Map<VoterId, ProxyAuthorization> proxyByOwner = new HashMap<>();
  private final List<SignedBallot> ballots = new ArrayList<>();
  private final List<VoterId> signatures = new ArrayList<>();
  private int savedProxies;
  private int savedBallots;
  private int savedSignatures;
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
      VoteId id,
      String subject,
      Electorate electorate,
      List<Option> options,
      VotingWindow window,
      Scrutiny scrutiny) {
    this.id = id;
    this.subject = subject;
    this.electorate = electorate;
    this.options = options;
    this.window = window;
    this.mode = scrutiny == null ? BallotMode.SECRET : BallotMode.SIGNED;
    this.scrutiny = scrutiny;
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
    return create(id, subject, electorate, options, window, null);
  }

  private static Vote create(
      VoteId id,
      String subject,
      Electorate electorate,
      List<Option> options,
      VotingWindow window,
      Scrutiny scrutiny) {
    Objects.requireNonNull(id, "id");
    String s = Checks.text(subject, "subject");
    Objects.requireNonNull(electorate, "electorate");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(window, "window");
    List<Option> copy = List.copyOf(options);
    if (copy.size() < 2 || new HashSet<>(copy).size() != copy.size()) {
      throw new AffairsException(AffairsError.VOTE_OPTIONS_INVALID, copy);
    }
    return new Vote(id, s, electorate, copy, window, scrutiny);
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
    return open(id, subject, electorate, options, window, ActorId.UNRECORDED, openedAt);
  }

  /**
   * Sets up a secret vote and raises {@link VoteOpened} naming who set it up.
   *
   * @param id the id, not null
   * @param subject what is voted on, not blank
   * @param electorate who may vote, not null
   * @param options at least two distinct options, not null
   * @param window when ballots are accepted, not null
   * @param actor who sets it up, not null
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
      ActorId actor,
      Instant openedAt) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(openedAt, "openedAt");
    Vote vote = create(id, subject, electorate, options, window, null);
    vote.pending.add(vote.opened(actor, openedAt));
    return vote;
  }

  /**
   * Sets up a signed vote (an owners' assembly) and raises {@link VoteOpened} naming who set it up.
   *
   * @param id the id, not null
   * @param subject what is voted on, not blank
   * @param electorate who may vote, not null
   * @param options at least two distinct options, not null
   * @param window when ballots are accepted, not null
   * @param scrutiny the scrutineers who will sign the count, not null
   * @param actor who sets it up, not null
   * @param openedAt when it is set up, from the injected clock, not null
   * @return the vote, version 0
   * @throws AffairsException with {@code VOTE_OPTIONS_INVALID} or {@code AFFAIRS_TEXT_BLANK}
   */
  public static Vote openSigned(
      VoteId id,
      String subject,
      Electorate electorate,
      List<Option> options,
      VotingWindow window,
      Scrutiny scrutiny,
      ActorId actor,
      Instant openedAt) {
    Objects.requireNonNull(scrutiny, "scrutiny");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(openedAt, "openedAt");
    Vote vote = create(id, subject, electorate, options, window, scrutiny);
    vote.pending.add(vote.opened(actor, openedAt));
    return vote;
  }

  /**
   * Rebuilds a vote from a snapshot, checking every rule the commands keep: a valid roster, valid
   * and distinct options, one count per option in option order, registered voters who belong to the
   * electorate, as many ballots counted as voters registered, and the counted area equal to the
   * registered voters' area. For a signed vote also: a register entry exactly for each registered
   * voter, with the roster's area and an option on the ballot; proxies only with a matching
   * authorization; at most one authorization per owner; signatures by distinct scrutineers; and a
   * recount from the ballot register equal to the counters. The rebuilt vote has no pending events
   * and no unsaved ballots.
   *
   * @param s the snapshot, not null
   * @return the vote at the snapshot's version
   * @throws AffairsException with {@code VOTE_RECOUNT_MISMATCH} naming the first option whose
   *     recount differs from its counters, or {@code AFFAIRS_SNAPSHOT_INVALID} naming the first
   *     rule broken (never a value)
   */
  public static Vote restore(VoteSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null || s.subject() == null || s.window() == null) {
      throw invalid("every component is present", "各组成部分齐全");
    }
    if (s.version() < 0) {
      throw invalid("the version is not negative", "版本号不能为负数");
    }
    if ((s.mode() == BallotMode.SIGNED) != (s.signed() != null)) {
      throw invalid("a signed vote has a ballot register, a secret one none", "记名表决有投票登记，无记名表决没有");
    }
    Electorate electorate;
    Vote vote;
    try {
      electorate = Electorate.of(s.electors());
      vote =
          create(
              s.id(),
              s.subject(),
              electorate,
              s.options(),
              s.window(),
              s.signed() == null ? null : s.signed().scrutiny());
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
    if (s.signed() != null) {
      vote.restoreSigned(s.signed(), s.register());
    }
    if (ballots != s.register().size() || countedArea != registeredArea) {
      throw invalid("the counts add up to the register", "计数与投票登记相符");
    }
    vote.turnout = ballots;
    vote.version = s.version();
    vote.markSaved();
    return vote;
  }

  /** Reads a signed vote's register, proxies and signatures, checking them and the recount. */
  private void restoreSigned(SignedRegister signed, Set<VoterId> registered) {
    for (ProxyAuthorization p : signed.proxies()) {
      if (electorate.indexOf(p.owner()) < 0 || proxyByOwner.putIfAbsent(p.owner(), p) != null) {
        throw invalid("one proxy authorization per owner of the electorate", "选民名册中每名业主至多一份授权委托");
      }
      proxies.add(p);
    }
    Set<VoterId> owners = new HashSet<>();
    for (SignedBallot b : signed.ballots()) {
      int position = electorate.indexOf(b.owner());
      if (position < 0
          || !owners.add(b.owner())
          || b.area().squareCentimetres() != electorate.areaAt(position)
          || !options.contains(b.choice())) {
        throw invalid(
            "one ballot per owner of the electorate, with the roster's area and a listed option",
            "选民名册中每名业主一张选票，面积与名册一致，选项在选票上");
      }
      ProxyAuthorization p = proxyByOwner.get(b.owner());
      if (b.byProxy() && (p == null || !p.proxy().equals(b.castBy()))) {
        throw invalid("a proxy casts only with a written authorization", "代理投票须有书面授权委托");
      }
      ballots.add(b);
    }
    if (!owners.equals(registered)) {
      throw invalid("the ballot register names exactly the registered voters", "投票登记与已投票人一致");
    }
    for (VoterId who : signed.countSignatures()) {
      if (!scrutiny.isScrutineer(who) || signatures.contains(who)) {
        throw invalid("the count is signed by distinct scrutineers", "计票结果由不同的监票人签字");
      }
      signatures.add(who);
    }
    recount();
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
    savedProxies = proxies.size();
    savedBallots = ballots.size();
    savedSignatures = signatures.size();
  }

  /**
   * Returns the complete state: the register and the counters as separate components, nothing that
   * pairs a voter with a choice for a secret vote; for a signed vote also its {@link
   * SignedRegister}.
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
        id,
        version,
        subject,
        electors,
        options,
        window,
        voters(register),
        counts(heads, area),
        mode,
        mode == BallotMode.SIGNED
            ? new SignedRegister(scrutiny, proxies, ballots, signatures)
            : null);
  }

  /**
   * Returns what a signed vote recorded since it was opened or restored: the proxy authorizations,
   * register entries and count signatures not yet stored, in the order taken (the scrutiny as
   * opened). A store appends them after the stored ones. The ballots are also in {@link
   * #unsavedBallots()}.
   *
   * @return the new entries, or empty for a secret vote
   */
  public Optional<SignedRegister> unsavedSigned() {
    if (mode != BallotMode.SIGNED) {
      return Optional.empty();
    }
    return Optional.of(
        new SignedRegister(
            scrutiny,
            proxies.subList(savedProxies, proxies.size()),
            ballots.subList(savedBallots, ballots.size()),
            signatures.subList(savedSignatures, signatures.size())));
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
    return opened(ActorId.UNRECORDED, at);
  }

  /**
   * Returns the event stating that the vote was set up, with its mode and who set it up.
   *
   * @param actor who set it up, not null
   * @param at when, from the injected clock, not null
   * @return the event
   */
  public VoteOpened opened(ActorId actor, Instant at) {
    return new VoteOpened(id, subject, options, window, electorate.size(), mode, actor, at);
  }

  /**
   * Casts one secret ballot.
   *
   * @param voter the voter, not null
   * @param choice the chosen option, not null
   * @param now the current time, not null
   * @return the event, naming neither voter nor choice
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a signed vote, {@code
   *     VOTE_OPTION_UNKNOWN}, {@code VOTE_OUTSIDE_WINDOW}, {@code VOTE_VOTER_INELIGIBLE} or {@code
   *     VOTE_DUPLICATE_VOTER}; nothing is changed then
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
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a signed vote (its ballots go
   *     through {@link #castSigned} and {@link Votes#update}), {@code VOTE_OPTION_UNKNOWN}, {@code
   *     VOTE_OUTSIDE_WINDOW} or {@code VOTE_VOTER_INELIGIBLE}
   */
  public AcceptedBallot accept(VoterId voter, Option choice, Instant now) {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(now, "now");
    requireMode(BallotMode.SECRET);
    return acceptTerms(voter, choice, now);
  }

  private AcceptedBallot acceptTerms(VoterId voter, Option choice, Instant now) {
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

  private void requireMode(BallotMode wanted) {
    if (mode != wanted) {
      throw new AffairsException(
          AffairsError.VOTE_MODE_MISMATCH, id, wording(mode), wording(wanted));
    }
  }

  private static Wording wording(BallotMode m) {
    return m == BallotMode.SIGNED ? Wording.of("signed", "记名") : Wording.of("secret", "无记名");
  }

  /**
   * Records an owner's written authorization of a proxy in a signed vote, before its window closes.
   *
   * @param owner the owner, in the electorate, not null
   * @param proxy who may cast the owner's ballot, not null
   * @param document the reference of the written authorization, not blank
   * @param actor who records it, not null
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a secret vote, {@code
   *     VOTE_VOTER_INELIGIBLE}, {@code VOTE_OUTSIDE_WINDOW} once the window has closed, {@code
   *     VOTE_DUPLICATE_VOTER} if the owner has voted, {@code VOTE_PROXY_DUPLICATE} if the owner has
   *     authorized a proxy already, or {@code AFFAIRS_TEXT_BLANK}; nothing is changed then
   */
  public ProxyAuthorized authorizeProxy(
      VoterId owner, VoterId proxy, String document, ActorId actor, Instant now) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(now, "now");
    requireMode(BallotMode.SIGNED);
    int position = electorate.indexOf(owner);
    if (position < 0) {
      throw new AffairsException(AffairsError.VOTE_VOTER_INELIGIBLE, id, owner);
    }
    if (window.isClosedAt(now)) {
      throw new AffairsException(AffairsError.VOTE_OUTSIDE_WINDOW, id, now, window);
    }
    if (register.get(position)) {
      throw new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, id, owner);
    }
    if (proxyByOwner.containsKey(owner)) {
      throw new AffairsException(AffairsError.VOTE_PROXY_DUPLICATE, id);
    }
    ProxyAuthorization authorization = new ProxyAuthorization(owner, proxy, document, now);
    proxyByOwner.put(owner, authorization);
    proxies.add(authorization);
    ProxyAuthorized event = new ProxyAuthorized(id, actor, now);
    pending.add(event);
    return event;
  }

  /**
   * Casts one signed ballot: the owner's, directly ({@code castBy} is the owner) or by the proxy
   * the owner authorized in writing ({@link #authorizeProxy}). The ballot goes to the register with
   * the owner, unit, the roster's floor area and the choice, and to the counters.
   *
   * @param owner the owner whose ballot it is, not null
   * @param unit the unit the ballot names, not blank
   * @param choice the chosen option, not null
   * @param castBy who casts it: the owner or the authorized proxy, not null
   * @param actor who enters it (the owner, the proxy, or staff taking a paper ballot), not null
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a secret vote, {@code
   *     VOTE_OPTION_UNKNOWN}, {@code VOTE_OUTSIDE_WINDOW}, {@code VOTE_VOTER_INELIGIBLE}, {@code
   *     VOTE_DUPLICATE_VOTER} if the owner has voted (directly or by proxy), {@code
   *     VOTE_PROXY_UNAUTHORIZED} for a proxy without the owner's authorization, or {@code
   *     AFFAIRS_TEXT_BLANK}; nothing is changed then
   */
  public SignedBallotCast castSigned(
      VoterId owner, String unit, Option choice, VoterId castBy, ActorId actor, Instant now) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(castBy, "castBy");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(now, "now");
    requireMode(BallotMode.SIGNED);
    AcceptedBallot accepted = acceptTerms(owner, choice, now);
    int position = accepted.position();
    if (register.get(position)) {
      throw new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, id, owner);
    }
    if (!castBy.equals(owner)) {
      ProxyAuthorization authorization = proxyByOwner.get(owner);
      if (authorization == null || !authorization.proxy().equals(castBy)) {
        throw new AffairsException(AffairsError.VOTE_PROXY_UNAUTHORIZED, id);
      }
    }
    SignedBallot ballot =
        new SignedBallot(
            owner, unit, FloorArea.ofSquareCentimetres(accepted.area()), choice, castBy);
    int option = accepted.option();
    long newArea = Math.addExact(area[option], accepted.area());
    register.set(position);
    heads[option]++;
    area[option] = newArea;
    turnout++;
    ballots.add(ballot);
    SignedBallotCast event = new SignedBallotCast(id, turnout, ballot.byProxy(), actor, now);
    pending.add(event);
    return event;
  }

  /**
   * Recounts a signed vote from its ballot register and checks the result against the counters.
   * Works while the vote is open too (it shows nothing the register does not).
   *
   * @return the tally from the register
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a secret vote, or {@code
   *     VOTE_RECOUNT_MISMATCH} naming the first option whose recount differs (never the figures)
   */
  public VoteTally recount() {
    requireMode(BallotMode.SIGNED);
    long[] h = new long[options.size()];
    long[] a = new long[options.size()];
    for (SignedBallot b : ballots) {
      int option = options.indexOf(b.choice());
      h[option]++;
      a[option] = Math.addExact(a[option], b.area().squareCentimetres());
    }
    for (int i = 0; i < options.size(); i++) {
      if (h[i] != heads[i] || a[i] != area[i]) {
        throw new AffairsException(AffairsError.VOTE_RECOUNT_MISMATCH, id, options.get(i));
      }
    }
    return VoteTally.of(options, electorate, h, a);
  }

  /**
   * A scrutineer signs the count of a closed signed vote, after a recount from the register that
   * must equal the counters.
   *
   * @param scrutineer the scrutineer, not null
   * @param actor who acts (usually the scrutineer's own actor id), not null
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a secret vote, {@code
   *     VOTE_STILL_OPEN}, {@code VOTE_NOT_SCRUTINEER}, {@code VOTE_COUNT_SIGNED_TWICE} or {@code
   *     VOTE_RECOUNT_MISMATCH}; nothing is changed then
   */
  public CountSigned signCount(VoterId scrutineer, ActorId actor, Instant now) {
    Objects.requireNonNull(scrutineer, "scrutineer");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(now, "now");
    requireMode(BallotMode.SIGNED);
    if (!window.isClosedAt(now)) {
      throw new AffairsException(AffairsError.VOTE_STILL_OPEN, id, window.closes());
    }
    if (!scrutiny.isScrutineer(scrutineer)) {
      throw new AffairsException(AffairsError.VOTE_NOT_SCRUTINEER, id);
    }
    if (signatures.contains(scrutineer)) {
      throw new AffairsException(AffairsError.VOTE_COUNT_SIGNED_TWICE, id);
    }
    recount();
    signatures.add(scrutineer);
    CountSigned event = new CountSigned(id, actor, signatures.size(), scrutiny.required(), now);
    pending.add(event);
    return event;
  }

  /**
   * Tells whether the count of a signed vote is final: signed by the required scrutineers.
   *
   * @return true once enough have signed; false for a secret vote
   */
  public boolean isCountFinal() {
    return mode == BallotMode.SIGNED && signatures.size() >= scrutiny.required();
  }

  /**
   * Returns the final count of a closed signed vote: the tally, once the required scrutineers have
   * signed and the recount equals the counters.
   *
   * @param now the current time, not null
   * @return the tally
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a secret vote, {@code
   *     VOTE_STILL_OPEN}, {@code VOTE_COUNT_UNSIGNED} or {@code VOTE_RECOUNT_MISMATCH}
   */
  public VoteTally finalCount(Instant now) {
    requireMode(BallotMode.SIGNED);
    VoteTally tally = tally(now);
    if (signatures.size() < scrutiny.required()) {
      throw new AffairsException(
          AffairsError.VOTE_COUNT_UNSIGNED, id, signatures.size(), scrutiny.required());
    }
    recount();
    return tally;
  }

  /**
   * Returns how ballots are kept.
   *
   * @return the mode chosen when the vote was opened
   */
  public BallotMode mode() {
    return mode;
  }

  /**
   * Returns the scrutineers of a signed vote.
   *
   * @return the scrutiny, or empty for a secret vote
   */
  public Optional<Scrutiny> scrutiny() {
    return Optional.ofNullable(scrutiny);
  }

  /**
   * Returns the ballot register of a signed vote, for owners to inspect, in the order cast.
   *
   * @return an unmodifiable copy
   * @throws AffairsException with {@code VOTE_MODE_MISMATCH} for a secret vote (it has none)
   */
  public List<SignedBallot> signedBallots() {
    requireMode(BallotMode.SIGNED);
    return List.copyOf(ballots);
  }

  /**
   * Returns the recorded proxy authorizations of a signed vote, in the order recorded.
   *
   * @return an unmodifiable copy, empty for a secret vote
   */
  public List<ProxyAuthorization> proxyAuthorizations() {
    return List.copyOf(proxies);
  }

  /**
   * Returns the scrutineers who signed the count, in the order they signed.
   *
   * @return an unmodifiable copy, empty for a secret vote
   */
  public List<VoterId> countSignatures() {
    return List.copyOf(signatures);
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
   * Decides a closed vote by a rule, for one option (usually {@link Option#FOR}); a signed vote by
   * its {@link #finalCount final count} only.
   *
   * @param rule the rule, not null
   * @param option the option whose support is measured, not null
   * @param now the current time, not null
   * @return the decision with every figure checked
   * @throws AffairsException with {@code VOTE_STILL_OPEN}, {@code VOTE_OPTION_UNKNOWN}, {@code
   *     VOTE_AREA_NOT_RECORDED}, or for a signed vote {@code VOTE_COUNT_UNSIGNED} or {@code
   *     VOTE_RECOUNT_MISMATCH}
   */
  public VoteDecision decide(VoteRule rule, Option option, Instant now) {
    Objects.requireNonNull(rule, "rule");
    return rule.decide(mode == BallotMode.SIGNED ? finalCount(now) : tally(now), option);
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
        + mode
        + ", "
        + options
        + ", "
        + window
        + ", turnout "
        + turnout
        + "]";
  }
}
