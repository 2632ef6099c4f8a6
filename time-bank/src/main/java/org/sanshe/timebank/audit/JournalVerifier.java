package org.sanshe.timebank.audit;

import java.util.Objects;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.HashChain;
import org.sanshe.timebank.store.JournalEntry;

/**
 * Verifies a journal's hash chain. Entry {@code n} must carry sequence {@code n} and the hash
 * {@code SHA-256(hash(n-1) || encoding(n))}; the first entry that fails names the first bad
 * sequence: a changed entry fails its own hash, a removed entry leaves its sequence missing, a
 * reordered or inserted entry is out of place or breaks the link of the next one.
 *
 * <p>Without a secret, someone who rewrites an entry and every hash after it produces a consistent
 * chain; compare {@link Verification.Intact#head()} with a published anchor to detect that.
 * Stateless and thread-safe.
 */
public final class JournalVerifier {

  private JournalVerifier() {}

  /**
   * Verifies entries in the order given.
   *
   * @param entries the journal from sequence 1, not null
   * @return intact, or the first bad sequence
   */
  public static Verification verify(Iterable<JournalEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    HashChain chain = new HashChain();
    chain.reset(ChainHash.GENESIS);
    long expected = 1;
    for (JournalEntry e : entries) {
      if (e.sequence() != expected) {
        return new Verification.Broken(
            expected,
            "entry "
                + expected
                + " is missing or out of place (found sequence "
                + e.sequence()
                + ")");
      }
      chain.next(e);
      if (!chain.headEquals(e.hash())) {
        return new Verification.Broken(
            expected, "entry " + expected + " does not match its hash or its predecessor");
      }
      expected++;
    }
    return new Verification.Intact(expected - 1, chain.head());
  }
}
