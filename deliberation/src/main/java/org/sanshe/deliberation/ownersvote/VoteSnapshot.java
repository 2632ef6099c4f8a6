package org.sanshe.deliberation.ownersvote;

import java.util.List;
import java.util.Set;

/**
 * The complete state of a secret vote as plain data, for storage: {@link Vote#snapshot()} writes
 * it, {@link Vote#restore(VoteSnapshot)} checks and reads it. Null collections read as empty.
 *
 * <p><b>Secrecy.</b> The state holds two things that are never joined: the <em>register</em>, a set
 * of the voters who have voted (in no order, with no time), and the <em>counters</em>, one sum of
 * ballots and floor area per option. No component pairs a voter with a choice, and a store must
 * keep it that way: the register and the counters stored apart, no per-ballot row, no arrival order
 * or time on register entries. {@link #toString()} shows neither voters nor counts. Immutable.
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
public record VoteSnapshot(
    VoteId id,
    long version,
    String subject,
    List<Elector> electors,
    List<Option> options,
    VotingWindow window,
    Set<VoterId> register,
    List<BallotCount> counts) {

  /** Copies the collections, reading null as empty. */
  public VoteSnapshot {
    electors = electors == null ? List.of() : List.copyOf(electors);
    options = options == null ? List.of() : List.copyOf(options);
    register = register == null ? Set.of() : Set.copyOf(register);
    counts = counts == null ? List.of() : List.copyOf(counts);
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
        + register.size()
        + " voted]";
  }
}
