package org.sanshe.deliberation.ownersvote;

import java.util.List;
import java.util.Objects;

/**
 * The part of a signed vote's state that a secret vote does not have: its scrutiny, the recorded
 * proxy authorizations, the ballot register and the scrutineers who signed the count, each in the
 * order recorded. Part of {@link VoteSnapshot}; also what {@link Vote#unsavedSigned()} hands a
 * store (then only the entries not yet stored). Immutable; {@link #toString()} shows sizes only.
 *
 * @param scrutiny the scrutineers and how many must sign
 * @param proxies the proxy authorizations, at most one per owner
 * @param ballots the ballot register, at most one ballot per owner
 * @param countSignatures the scrutineers who signed the count, each once
 */
public record SignedRegister(
    Scrutiny scrutiny,
    List<ProxyAuthorization> proxies,
    List<SignedBallot> ballots,
    List<VoterId> countSignatures) {

  /**
   * Checks and copies the components, reading null lists as empty.
   *
   * @throws NullPointerException if scrutiny is null
   */
  public SignedRegister {
    Objects.requireNonNull(scrutiny, "scrutiny");
    proxies = proxies == null ? List.of() : List.copyOf(proxies);
    ballots = ballots == null ? List.of() : List.copyOf(ballots);
    countSignatures = countSignatures == null ? List.of() : List.copyOf(countSignatures);
  }

  /**
   * Returns a register with nothing recorded yet.
   *
   * @param scrutiny the scrutiny, not null
   * @return the empty register
   */
  public static SignedRegister empty(Scrutiny scrutiny) {
    return new SignedRegister(scrutiny, List.of(), List.of(), List.of());
  }

  @Override
  public String toString() {
    return "SignedRegister["
        + scrutiny
        + ", "
        + proxies.size()
        + " proxies, "
        + ballots.size()
        + " ballots, "
        + countSignatures.size()
        + " signatures]";
  }
}
