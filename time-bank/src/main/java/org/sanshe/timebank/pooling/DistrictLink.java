package org.sanshe.timebank.pooling;

import java.time.Duration;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;

/**
 * Pooling between two district ledgers (通存通兑): each ledger holds a clearing account for the other
 * district, so hours leave one ledger into its clearing account and enter the other from its
 * clearing account. Both ledgers stay balanced on their own, and the two clearing balances mirror
 * each other (their sum is zero) until the districts settle.
 *
 * <p>A transfer is two-phase: the source reserves the hours, the target credits them, then the
 * source posts its reservation; if the target refuses, the reservation is voided, so nothing
 * changes. Every step uses an id derived from the caller's id, so a retry after a crash completes
 * the same transfer. Thread-safe: transfers are serialized on the link.
 */
public final class DistrictLink {

  private static final Duration HOLD = Duration.ofMinutes(5);

  private final DivisionCode districtA;
  private final Ledger ledgerA;
  private final DivisionCode districtB;
  private final Ledger ledgerB;
  private final AccountId clearingInA;
  private final AccountId clearingInB;

  /**
   * Links two district ledgers, opening their clearing accounts if needed.
   *
   * @param districtA the first district, not null
   * @param ledgerA its ledger, not null
   * @param districtB the second district, not null and different
   * @param ledgerB its ledger, not null and different
   * @throws TimeBankException {@code TIMEBANK_POOLING_DISTRICT} if the districts or ledgers are the
   *     same
   */
  public DistrictLink(
      DivisionCode districtA, Ledger ledgerA, DivisionCode districtB, Ledger ledgerB) {
    this.districtA = Objects.requireNonNull(districtA, "districtA");
    this.ledgerA = Objects.requireNonNull(ledgerA, "ledgerA");
    this.districtB = Objects.requireNonNull(districtB, "districtB");
    this.ledgerB = Objects.requireNonNull(ledgerB, "ledgerB");
    if (districtA.equals(districtB) || ledgerA == ledgerB) {
      throw new TimeBankException(TimeBankError.TIMEBANK_POOLING_DISTRICT, districtA.value());
    }
    this.clearingInA = clearingAccount(districtB);
    this.clearingInB = clearingAccount(districtA);
    openClearing(ledgerA, clearingInA);
    openClearing(ledgerB, clearingInB);
  }

  /**
   * Returns the id of the clearing account a ledger holds for another district.
   *
   * @param other the other district, not null
   * @return {@code clearing:<code>}
   */
  public static AccountId clearingAccount(DivisionCode other) {
    return AccountId.of("clearing:" + other.value());
  }

  private static void openClearing(Ledger ledger, AccountId id) {
    if (!ledger.hasAccount(id)) {
      ledger.open(id, AccountKind.CLEARING, AccountLimits.unbounded());
    }
  }

  /**
   * Moves hours from an account of one district to an account of the other.
   *
   * @param id the transfer id, not null; derived ids add {@code :out}, {@code :in}, {@code :post}
   *     and {@code :void}
   * @param fromDistrict the paying district, one of the two, not null
   * @param from the paying account in that district, not null
   * @param to the receiving account in the other district, not null
   * @param amount the amount, not null
   * @return the transfer in the receiving ledger
   * @throws TimeBankException {@code TIMEBANK_POOLING_DISTRICT} for a district not linked, or the
   *     refusing ledger's code; nothing is changed then
   */
  public synchronized Transfer transfer(
      TransferId id, DivisionCode fromDistrict, AccountId from, AccountId to, TimeCredit amount) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fromDistrict, "fromDistrict");
    boolean aToB;
    if (fromDistrict.equals(districtA)) {
      aToB = true;
    } else if (fromDistrict.equals(districtB)) {
      aToB = false;
    } else {
      throw new TimeBankException(TimeBankError.TIMEBANK_POOLING_DISTRICT, fromDistrict.value());
    }
    Ledger source = aToB ? ledgerA : ledgerB;
    Ledger target = aToB ? ledgerB : ledgerA;
    AccountId sourceClearing = aToB ? clearingInA : clearingInB;
    AccountId targetClearing = aToB ? clearingInB : clearingInA;
    TransferId out = TransferId.of(id.value() + ":out");
    source.reserve(
        new TransferRequest(out, from, sourceClearing, amount, TransferKind.POOLING), HOLD);
    Transfer in;
    try {
      in =
          target.transfer(
              new TransferRequest(
                  TransferId.of(id.value() + ":in"),
                  targetClearing,
                  to,
                  amount,
                  TransferKind.POOLING));
    } catch (TimeBankException refused) {
      source.voidReservation(TransferId.of(id.value() + ":void"), out);
      throw refused;
    }
    source.post(TransferId.of(id.value() + ":post"), out);
    return in;
  }

  /**
   * Returns the net position: the balance of each ledger's clearing account. Their sum is zero.
   *
   * @return the position
   */
  public Position position() {
    return new Position(
        ledgerA.account(clearingInA).balance(), ledgerB.account(clearingInB).balance());
  }

  /**
   * The clearing balances of the two ledgers.
   *
   * @param inA the balance of A's clearing account for B (positive when more hours went from A to B
   *     than back)
   * @param inB the balance of B's clearing account for A
   */
  public record Position(TimeCredit inA, TimeCredit inB) {
    /**
     * Tells whether the two clearing balances mirror each other.
     *
     * @return true if they sum to zero
     */
    public boolean mirrored() {
      return inA.plus(inB).isZero();
    }
  }
}
