package org.sanshe.timebank.audit;

import java.util.Objects;
import org.sanshe.timebank.store.ChainHash;

/** The result of verifying a journal's hash chain: intact, or broken at a sequence. Immutable. */
public sealed interface Verification {

  /**
   * Tells whether the journal is intact.
   *
   * @return true if intact
   */
  boolean intact();

  /**
   * Every entry is where it belongs and hashes to its stored value.
   *
   * @param entries the number of entries checked
   * @param head the chain hash of the last entry
   */
  record Intact(long entries, ChainHash head) implements Verification {
    /**
     * Checks for null.
     *
     * @throws NullPointerException if head is null
     */
    public Intact {
      Objects.requireNonNull(head, "head");
    }

    @Override
    public boolean intact() {
      return true;
    }
  }

  /**
   * The first entry that is not what the chain says.
   *
   * @param firstBadSequence the first sequence that is missing, out of place or altered
   * @param reason what is wrong, in English
   */
  record Broken(long firstBadSequence, String reason) implements Verification {
    /**
     * Checks for null.
     *
     * @throws NullPointerException if reason is null
     */
    public Broken {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean intact() {
      return false;
    }
  }
}
