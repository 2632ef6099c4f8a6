package org.sanshe.deliberation.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.contest.ContestEvent;
import org.sanshe.deliberation.contest.ContestId;
import org.sanshe.deliberation.contest.ContestSnapshot;
import org.sanshe.deliberation.contest.Contests;
import org.sanshe.deliberation.contest.ProposalContest;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Proposal contests kept in memory as snapshots, with the same versions as the JDBC store: no
 * contest object is ever handed out or kept, so every {@link #find} restores a fresh one. With an
 * outbox, a successful save appends the contest's pending events (numbered under the version it
 * stored, aggregate type {@code contest}) in the same critical section; a refused save appends
 * nothing. Thread-safe (synchronized).
 */
public final class InMemoryContests implements Contests {

  private static final Wording CONTEST = Wording.of("proposal contest", "提案评选");

  private final Map<ContestId, ContestSnapshot> byId = new HashMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryContests() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryContests(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(ProposalContest contest, long version) {
    if (outbox != null) {
      List<ContestEvent> events = contest.pendingEvents();
      outbox.append(
          OutboxEvent.of(
              "contest", contest.id().value(), version, events, e -> ((ContestEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(ProposalContest contest) {
    Objects.requireNonNull(contest, "contest");
    if (byId.containsKey(contest.id())) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, Checks.field("contest id"));
    }
    if (contest.version() != 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, CONTEST, contest.id(), contest.version(), 0);
    }
    ContestSnapshot s = withVersion(contest.snapshot(), 1);
    publish(contest, 1);
    byId.put(contest.id(), s);
  }

  @Override
  public synchronized void update(ProposalContest contest) {
    Objects.requireNonNull(contest, "contest");
    ContestSnapshot stored = byId.get(contest.id());
    if (stored == null) {
      throw new AffairsException(AffairsError.CONTEST_NOT_FOUND, contest.id());
    }
    if (stored.version() != contest.version()) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT,
          CONTEST,
          contest.id(),
          contest.version(),
          stored.version());
    }
    ContestSnapshot s = withVersion(contest.snapshot(), stored.version() + 1);
    publish(contest, s.version());
    byId.put(contest.id(), s);
  }

  @Override
  public synchronized Optional<ProposalContest> find(ContestId id) {
    ContestSnapshot s = byId.get(Objects.requireNonNull(id, "id"));
    return s == null ? Optional.empty() : Optional.of(ProposalContest.restore(s));
  }

  private static ContestSnapshot withVersion(ContestSnapshot s, long version) {
    return new ContestSnapshot(
        s.id(),
        version,
        s.title(),
        s.rules(),
        s.entries(),
        s.judges(),
        s.scores(),
        s.publicVotes());
  }

  @Override
  public synchronized String toString() {
    return "InMemoryContests[" + byId.size() + "]";
  }
}
