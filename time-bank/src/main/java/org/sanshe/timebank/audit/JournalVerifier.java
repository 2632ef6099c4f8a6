package org.sanshe.timebank.audit;

import java.util.Objects;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.HashChain;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

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

  /**
   * Verifies a store's journal in one pass: hashes every entry once and compares the chain with
   * each hash the store keeps ({@link LedgerStore#scanKeptHashes(LedgerStore.KeptHashVisitor)}); a
   * store that keeps every hash is checked at every entry, the JDBC store at every 256th entry and
   * the anchored head, which is where a changed row shows anyway.
   *
   * @param store the store, not null
   * @return intact, or the first bad sequence (for a store that keeps only some hashes: the first
   *     entry with a kept hash at or after the changed one)
   */
  public static Verification verify(LedgerStore store) {
    Objects.requireNonNull(store, "store");
    HashChain chain = new HashChain();
    chain.reset(ChainHash.GENESIS);
    long[] expected = {1};
    Verification[] broken = {null};
    store.scanKeptHashes(
        (e, kept) -> {
          long n = expected[0];
          if (e.sequence() != n) {
            broken[0] =
                new Verification.Broken(
                    n,
                    "entry "
                        + n
                        + " is missing or out of place (found sequence "
                        + e.sequence()
                        + ")");
            return false;
          }
          chain.next(e);
          if (kept != null && !chain.headEquals(kept)) {
            broken[0] =
                new Verification.Broken(
                    n, "entry " + n + " does not match its hash or its predecessor");
            return false;
          }
          expected[0] = n + 1;
          return true;
        });
    return broken[0] != null ? broken[0] : new Verification.Intact(expected[0] - 1, chain.head());
  }
}
