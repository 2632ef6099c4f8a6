package org.sanshe.timebank.store;

import java.util.List;
import java.util.Objects;

/**
 * A ledger's state after one journal entry: every account with its balances and limits, the open
 * reservations, the donation pool, and the chain head at that entry. A ledger restored from a
 * checkpoint replays only the entries after it, verifying the chain from the checkpoint's head, so
 * a restart reads the tail instead of the whole journal. The checkpoint is bound to the journal:
 * its head must equal the stored hash of its entry, or it is ignored. Immutable.
 *
 * @param sequence the last entry the state includes, at least 1
 * @param timestampMillis that entry's time
 * @param head the chain hash of that entry
 * @param donationPool the number of the donation pool, -1 for none
 * @param accounts every account in number order, not null
 * @param reservations the reservations open after that entry, in sequence order, not null
 */
public record Checkpoint(
    long sequence,
    long timestampMillis,
    ChainHash head,
    int donationPool,
    List<AccountState> accounts,
    List<OpenReservation> reservations) {

  /**
   * Checks and copies.
   *
   * @throws NullPointerException if a list or the head is null
   * @throws IllegalArgumentException if the sequence is not positive or the accounts are not in
   *     number order from 0
   */
  public Checkpoint {
    Objects.requireNonNull(head, "head");
    accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
    reservations = List.copyOf(Objects.requireNonNull(reservations, "reservations"));
    if (sequence < 1) {
      throw new IllegalArgumentException("a checkpoint follows at least one entry");
    }
    for (int i = 0; i < accounts.size(); i++) {
      if (accounts.get(i).number() != i) {
        throw new IllegalArgumentException("accounts must be in number order from 0");
      }
    }
  }

  /**
   * One account in a checkpoint.
   *
   * @param number its number
   * @param id its id
   * @param kindCode its kind's code as journaled ({@code 2 * ordinal}, plus 1 if excess above a
   *     storage cap is diverted)
   * @param status its status ordinal
   * @param minimumMinutes its minimum balance ({@code Long.MIN_VALUE}: none)
   * @param capMinutes its storage cap ({@code Long.MAX_VALUE}: none)
   * @param balance its posted balance in minutes
   * @param pendingDebits its reserved debits in minutes
   * @param pendingCredits its reserved credits in minutes
   */
  public record AccountState(
      int number,
      String id,
      byte kindCode,
      byte status,
      long minimumMinutes,
      long capMinutes,
      long balance,
      long pendingDebits,
      long pendingCredits) {

    /**
     * Checks the id.
     *
     * @throws NullPointerException if the id is null
     */
    public AccountState {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A reservation open at the checkpoint.
   *
   * @param sequence the journal sequence of its pending entry
   * @param deadline when it expires, epoch milliseconds
   * @param amount the reserved minutes
   * @param debit the debited account's number
   * @param credit the credited account's number
   * @param kind its transfer kind code
   */
  public record OpenReservation(
      long sequence, long deadline, long amount, int debit, int credit, byte kind) {}
}
