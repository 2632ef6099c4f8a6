package org.sanshe.deliberation.memory;

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
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.AcceptedBallot;
import org.sanshe.deliberation.ownersvote.BallotCast;
import org.sanshe.deliberation.ownersvote.BallotCount;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.UnsavedBallots;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteEvent;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteSnapshot;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.Votes;

/**
 * Votes kept in memory, for tests, examples and small deployments, with the same contract as the
 * JDBC store: versions, a fresh instance per {@link #find}, ballots recorded by {@link #cast}
 * without changing the version.
 *
 * <p>Per vote it keeps the terms fixed at opening, the version, the register (a bit set over roster
 * positions) and one pair of counters per option, apart; no vote object is ever handed out or taken
 * in, so a desk over this store is correct exactly as over a database.
 *
 * <p><b>Events.</b> With an outbox, a successful {@code add} or {@code update} appends the vote's
 * pending events other than {@link BallotCast} (numbered under the version it stored) in the same
 * critical section; a refused one appends nothing. Ballots are never put in the outbox: a record
 * per ballot with its time, written with the register entry, would be a per-ballot trace beside the
 * register; a consumer who needs the turnout reads the vote.
 *
 * <p>Thread-safe: every method is synchronized on the store.
 */
public final class InMemoryVotes implements Votes {

  private static final Wording VOTE = Wording.of("vote", "表决");

  private final Map<VoteId, Stored> byId = new HashMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryVotes() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryVotes(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  /** The events of a vote that go to an outbox: all but the ballots. */
  static List<OutboxEvent> outboxEvents(Vote vote, long version) {
    List<VoteEvent> events = new ArrayList<>();
    for (VoteEvent e : vote.pendingEvents()) {
      if (!(e instanceof BallotCast)) {
        events.add(e);
      }
    }
    return OutboxEvent.of("vote", vote.id().value(), version, events, e -> ((VoteEvent) e).at());
  }

  /** One vote's stored state. */
  private static final class Stored {
    final VoteSnapshot terms;
    final Vote checker;
    final BitSet register;
    final long[] heads;
    final long[] area;
    long version;

    Stored(VoteSnapshot s) {
      int options = s.options().size();
      this.terms =
          new VoteSnapshot(
              s.id(), 0, s.subject(), s.electors(), s.options(), s.window(), Set.of(), zeros(s));
      this.checker = Vote.restore(terms);
      this.register = new BitSet(s.electors().size());
      this.heads = new long[options];
      this.area = new long[options];
    }

    private static List<BallotCount> zeros(VoteSnapshot s) {
      List<BallotCount> zeros = new ArrayList<>();
      for (Option o : s.options()) {
        zeros.add(new BallotCount(o, 0, FloorArea.ZERO));
      }
      return zeros;
    }

    VoteSnapshot snapshot() {
      List<Elector> electors = terms.electors();
      Set<VoterId> voted = new HashSet<>();
      for (int i = register.nextSetBit(0); i >= 0; i = register.nextSetBit(i + 1)) {
        voted.add(electors.get(i).voter());
      }
      List<BallotCount> counts = new ArrayList<>();
      for (int i = 0; i < heads.length; i++) {
        counts.add(
            new BallotCount(
                terms.options().get(i), heads[i], FloorArea.ofSquareCentimetres(area[i])));
      }
      return new VoteSnapshot(
          terms.id(),
          version,
          terms.subject(),
          electors,
          terms.options(),
          terms.window(),
          voted,
          counts);
    }

    /** Records unsaved ballots after checking all of them; changes nothing on a refusal. */
    void record(UnsavedBallots ballots) {
      List<Integer> positions = check(ballots);
      for (int p : positions) {
        register.set(p);
      }
      List<BallotCount> counts = ballots.counts();
      for (int i = 0; i < counts.size(); i++) {
        heads[i] += counts.get(i).ballots();
        area[i] += counts.get(i).area().squareCentimetres();
      }
    }

    /** Checks unsaved ballots against the stored state; returns their positions. */
    List<Integer> check(UnsavedBallots ballots) {
      List<Integer> positions = new ArrayList<>();
      long registeredArea = 0;
      for (VoterId voter : ballots.voters()) {
        int position = checker.electorate().indexOf(voter);
        if (position < 0) {
          throw new AffairsException(AffairsError.VOTE_VOTER_INELIGIBLE, terms.id(), voter);
        }
        if (register.get(position)) {
          throw new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, terms.id(), voter);
        }
        positions.add(position);
        registeredArea += checker.electorate().areaAt(position);
      }
      List<BallotCount> counts = ballots.counts();
      long sumHeads = 0;
      long sumArea = 0;
      boolean matches = counts.size() == heads.length;
      for (int i = 0; matches && i < counts.size(); i++) {
        matches = counts.get(i).option().equals(terms.options().get(i));
        sumHeads += counts.get(i).ballots();
        sumArea += counts.get(i).area().squareCentimetres();
      }
      if (!matches || sumHeads != positions.size() || sumArea != registeredArea) {
        throw new AffairsException(
            AffairsError.AFFAIRS_SNAPSHOT_INVALID,
            VOTE,
            Wording.of("the counts add up to the register", "计数与投票登记相符"));
      }
      return positions;
    }
  }

  @Override
  public synchronized void add(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    if (byId.containsKey(vote.id())) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, Checks.field("vote id"));
    }
    if (vote.version() != 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, VOTE, vote.id(), vote.version(), 0);
    }
    Stored stored = new Stored(vote.snapshot());
    stored.record(vote.unsavedBallots());
    stored.version = 1;
    if (outbox != null) {
      outbox.append(outboxEvents(vote, 1));
    }
    byId.put(vote.id(), stored);
  }

  @Override
  public synchronized void update(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    Stored stored = stored(vote.id());
    if (vote.version() != stored.version) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, VOTE, vote.id(), vote.version(), stored.version);
    }
    List<OutboxEvent> events = outbox == null ? List.of() : outboxEvents(vote, stored.version + 1);
    stored.check(vote.unsavedBallots());
    if (outbox != null) {
      outbox.append(events);
    }
    stored.record(vote.unsavedBallots());
    stored.version++;
  }

  @Override
  public synchronized Optional<Vote> find(VoteId id) {
    Stored stored = byId.get(Objects.requireNonNull(id, "id"));
    return stored == null ? Optional.empty() : Optional.of(Vote.restore(stored.snapshot()));
  }

  @Override
  public synchronized BallotCast cast(
      VoteId vote, VoterId voter, Option choice, Instant now, long expectedVersion) {
    Stored stored = stored(Objects.requireNonNull(vote, "vote"));
    if (expectedVersion != ANY_VERSION && expectedVersion != stored.version) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, VOTE, vote, expectedVersion, stored.version);
    }
    AcceptedBallot ballot = stored.checker.accept(voter, choice, now);
    if (stored.register.get(ballot.position())) {
      throw new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, vote, voter);
    }
    stored.register.set(ballot.position());
    stored.heads[ballot.option()]++;
    stored.area[ballot.option()] += ballot.area();
    return new BallotCast(vote, stored.register.cardinality(), now);
  }

  private Stored stored(VoteId id) {
    Stored stored = byId.get(id);
    if (stored == null) {
      throw new AffairsException(AffairsError.VOTE_UNKNOWN, id);
    }
    return stored;
  }

  @Override
  public synchronized String toString() {
    return "InMemoryVotes[" + byId.size() + "]";
  }
}
