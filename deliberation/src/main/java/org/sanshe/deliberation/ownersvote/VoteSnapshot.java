package org.sanshe.deliberation.ownersvote;

import java.util.List;
import java.util.Set;

/**
 * The complete state of a vote as plain data, for storage: {@link Vote#snapshot()} writes it,
 * {@link Vote#restore(VoteSnapshot)} checks and reads it. Null collections read as empty.
 *
 * <p><b>Secrecy.</b> The state holds two things that are never joined: the <em>register</em>, a set
 * of the voters who have voted (in no order, with no time), and the <em>counters</em>, one sum of
 * ballots and floor area per option. No component pairs a voter with a choice, and a store must
 * keep it that way: the register and the counters stored apart, no per-ballot row, no arrival order
 * or time on register entries. A <em>signed</em> vote ({@link BallotMode#SIGNED}) adds its {@link
 * SignedRegister}: there every ballot names its owner and choice, as the rules for owners'
 * assemblies require. {@link #toString()} shows neither voters nor counts. Immutable.
 *
 * @param id the id
 * @param version the stored version (0 if never stored)
 * @param subject what is voted on
 * @param electors the roster in order, with floor areas for an owners' vote
 * @param options the options in ballot order
 * @param window when ballots are accepted
 * @param register the voters who have voted, unordered
 * @param counts one count per option, in option order
 * @param mode how ballots are kept (null reads as {@link BallotMode#SECRET}, as stored before modes
 *     existed)
 * @param signed for a signed vote its scrutiny, proxies, ballot register and count signatures; null
 *     for a secret vote
 */
public record VoteSnapshot(
    VoteId id,
    long version,
    String subject,
    List<Elector> electors,
    List<Option> options,
    VotingWindow window,
    Set<VoterId> register,
    List<BallotCount> counts,
    BallotMode mode,
    SignedRegister signed) {

  /** Copies the collections, reading null as empty and a null mode as secret. */
  public VoteSnapshot {
    mode = mode == null ? BallotMode.SECRET : mode;
    electors = electors == null ? List.of() : List.copyOf(electors);
    options = options == null ? List.of() : List.copyOf(options);
    register = register == null ? Set.of() : Set.copyOf(register);
    counts = counts == null ? List.of() : List.copyOf(counts);
  }

  /**
   * Returns the snapshot of a secret vote.
   *
   * @param id the id
   * @param version the stored version (0 if never stored)
   * @param subject what is voted on
   * @param electors the roster in order, with floor areas for an owners' vote
   * @param options the options in ballot order
   * @param window when ballots are accepted
   * @param register the voters who have voted, unordered
   * @param counts one count per option, in option order
   */
  public VoteSnapshot(
      VoteId id,
      long version,
      String subject,
      List<Elector> electors,
      List<Option> options,
      VotingWindow window,
      Set<VoterId> register,
      List<BallotCount> counts) {
    this(
        id, version, subject, electors, options, window, register, counts, BallotMode.SECRET, null);
  }

  @Override
  public String toString() {
    return "VoteSnapshot["
        + id
        + ", version "
        + version
        + ", "
        + electors.size()
        + " electors, "
        + options
        + ", "
        + window
        + ", "
        + mode
        + ", "
        + register.size()
        + " voted"
        + (signed == null ? "" : ", " + signed)
        + "]";
  }
}
