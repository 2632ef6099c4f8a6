package org.sanshe.timebank.service;

import java.util.List;
import org.sanshe.timebank.ledger.Transfer;

/** What happened to service records, in the past tense. Immutable. */
public sealed interface ServiceEvent {

  /**
   * A service was recorded.
   *
   * @param record the new record
   */
  record ServiceRecorded(ServiceRecord record) implements ServiceEvent {}

  /**
   * A service was verified and its hours credited.
   *
   * @param record the verified record
   * @param credit the ledger transfer from the issuance account
   */
  record ServiceVerified(ServiceRecord record, Transfer credit) implements ServiceEvent {}

  /**
   * A verified service was corrected: its credit reversed and the corrected hours re-entered.
   *
   * @param original the superseded record
   * @param correction the new record
   * @param transfers the reversal and the re-entry
   */
  record ServiceCorrected(
      ServiceRecord original, ServiceRecord correction, List<Transfer> transfers)
      implements ServiceEvent {
    /**
     * Copies the transfers.
     *
     * @throws NullPointerException if transfers is null
     */
    public ServiceCorrected {
      transfers = List.copyOf(transfers);
    }
  }
}
