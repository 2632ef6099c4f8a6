package org.sanshe.deliberation.affairs.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.contest.ContestId;
import org.sanshe.deliberation.contest.ContestSnapshot;
import org.sanshe.deliberation.contest.Contests;
import org.sanshe.deliberation.contest.ProposalContest;

/**
 * Proposal contests kept in memory as snapshots, with the same versions as the JDBC store: no
 * contest object is ever handed out or kept, so every {@link #find} restores a fresh one.
 * Thread-safe (synchronized).
 */
public final class InMemoryContests implements Contests {

  private static final Wording CONTEST = Wording.of("proposal contest", "提案评选");

  private final Map<ContestId, ContestSnapshot> byId = new HashMap<>();

  /** Creates an empty store. */
  public InMemoryContests() {}

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
    byId.put(contest.id(), withVersion(contest.snapshot(), 1));
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
    byId.put(contest.id(), withVersion(contest.snapshot(), stored.version() + 1));
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
