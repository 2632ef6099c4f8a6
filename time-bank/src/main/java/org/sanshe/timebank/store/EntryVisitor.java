package org.sanshe.timebank.store;

/**
 * Receives stored entries one by one as primitives, so that reading allocates nothing. Not
 * thread-safe unless the implementation says so.
 */
@FunctionalInterface
public interface EntryVisitor {

  /**
   * Receives one entry.
   *
   * @param sequence the sequence
   * @param timestampMillis the recording time
   * @param debitAccount the debited account number
   * @param creditAccount the credited account number
   * @param amountMinutes the amount
   * @param kind the kind code
   * @param phase the phase code
   * @param reference the reference (see {@link JournalEntry#reference()})
   * @return true to continue, false to stop
   */
  boolean visit(
      long sequence,
      long timestampMillis,
      int debitAccount,
      int creditAccount,
      long amountMinutes,
      byte kind,
      byte phase,
      long reference);
}
