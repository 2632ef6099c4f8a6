package org.sanshe.deliberation.ownersvote;

/**
 * A ballot that passed {@link Vote#accept}: the voter's roster position, the chosen option's index
 * and the voter's floor area in square centimetres (0 for a headcount-only vote). It pairs a voter
 * with a choice, so it lives only while a store records the ballot: never keep, log or send it;
 * {@link #toString()} shows nothing of it. Immutable.
 *
 * @param position the voter's position in the roster, 0 or more
 * @param option the option's index in ballot order, 0 or more
 * @param area the voter's area in cm², 0 or more
 */
public record AcceptedBallot(int position, int option, long area) {

  @Override
  public String toString() {
    return "AcceptedBallot[***]";
  }
}
