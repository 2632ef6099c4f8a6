package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Fixtures for vote tests. */
final class VoteFixtures {

  static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant CLOSES = Instant.parse("2026-03-08T00:00:00Z");
  static final VotingWindow WEEK = VotingWindow.of(OPENS, CLOSES);
  static final Instant DURING = OPENS.plusSeconds(3600);

  private VoteFixtures() {}

  static VoterId owner(int i) {
    return VoterId.of("owner-" + i);
  }

  /** {@code n} owners of 100 m² each. */
  static Electorate equalOwners(int n) {
    List<Elector> electors = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      electors.add(Elector.of(owner(i), FloorArea.ofSquareMetres(100)));
    }
    return Electorate.of(electors);
  }

  /** Owners with the given areas in m² (owner-1 has the first). */
  static Electorate owners(String... areas) {
    List<Elector> electors = new ArrayList<>();
    for (int i = 0; i < areas.length; i++) {
      electors.add(Elector.of(owner(i + 1), FloorArea.parse(areas[i])));
    }
    return Electorate.of(electors);
  }

  /** Residents counted by head. */
  static Electorate residents(int n) {
    List<Elector> electors = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      electors.add(Elector.of(VoterId.of("resident-" + i)));
    }
    return Electorate.of(electors);
  }

  /**
   * Casts ballots: choices[i] is owner i+1's choice, null for not voting; returns the tally after
   * the window closed.
   */
  static VoteTally motion(Electorate electorate, Option... choices) {
    Vote vote = Vote.motion(VoteId.of("v-1"), "motion", electorate, WEEK);
    for (int i = 0; i < choices.length; i++) {
      if (choices[i] != null) {
        vote.cast(electorate.voters().get(i), choices[i], DURING);
      }
    }
    return vote.tally(CLOSES);
  }
}
