package org.sanshe.deliberation.counting;

import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.RankedBallot;

/** Ballot fixtures for the counting tests. */
final class Fixtures {

  private Fixtures() {}

  /**
   * Builds ranked ballots from lines such as {@code "5 A>C>B>E>D"}.
   *
   * @param lines count and ranking
   * @return the box
   */
  static BallotBox<RankedBallot> ranked(String... lines) {
    BallotBox.Builder<RankedBallot> box = BallotBox.builder();
    for (String line : lines) {
      String[] parts = line.split(" ", 2);
      box.add(RankedBallot.parse(parts.length > 1 ? parts[1] : ""), Long.parseLong(parts[0]));
    }
    return box.build();
  }

  /** The 45-voter example of Schulze's method (Wikipedia), winner E. */
  static BallotBox<RankedBallot> schulzeExample() {
    return ranked(
        "5 A>C>B>E>D",
        "5 A>D>E>C>B",
        "8 B>E>D>A>C",
        "3 C>A>B>E>D",
        "7 C>A>E>B>D",
        "2 C>B>A>D>E",
        "7 D>C>E>B>A",
        "8 E>B>A>D>C");
  }
}
