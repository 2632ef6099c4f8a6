package org.sanshe.core.fund;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;

/**
 * Checks a fund's journal against its stored state: sequence numbers from 1 without gaps, every
 * hash of the SHA-256 chain, the chain's head, every movement inside the fund, no account except
 * the external one ever below zero while replaying, and the replayed balances equal to the stored
 * ones and summing to zero. Stateless and thread-safe.
 */
public final class FundAudit {

  private FundAudit() {}

  /**
   * The result of an audit: how many movements were replayed and the balances they give.
   *
   * @param fund the fund
   * @param movements the number of movements replayed
   * @param balances the replayed balance of every account of the snapshot, in its order
   * @param total the sum of the balances: zero
   */
  public record Reconciliation(
      FundId fund, long movements, List<AccountBalance> balances, Money total) {
    /** Copies the list. */
    public Reconciliation {
      Objects.requireNonNull(fund, "fund");
      balances = List.copyOf(balances);
      Objects.requireNonNull(total, "total");
    }
  }

  /**
   * Replays a fund's whole journal against its snapshot.
   *
   * @param snapshot the fund's stored state
   * @param journal every movement of the fund, in sequence order
   * @return the reconciliation
   * @throws FundException with {@code FUND_CHAIN_BROKEN} naming the first bad sequence number, or
   *     {@code FUND_SNAPSHOT_INVALID} when the replayed balances differ from the stored ones
   */
  public static Reconciliation verify(FundSnapshot snapshot, Iterable<FundMovement> journal) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(journal, "journal");
    Map<FundAccountId, FundAccountKind> kinds = new HashMap<>();
    for (AccountBalance a : snapshot.accounts()) {
      kinds.put(a.id(), a.kind());
    }
    Map<FundAccountId, Long> replay = new HashMap<>();
    long expected = 1;
    String hash = FundChain.GENESIS;
    for (FundMovement m : journal) {
      if (m.seq() != expected
          || !m.fund().equals(snapshot.id())
          || !kinds.containsKey(m.debited())
          || !kinds.containsKey(m.credited())
          || !FundChain.hashOf(hash, m).equals(m.hash())) {
        throw new FundException(FundError.FUND_CHAIN_BROKEN, expected);
      }
      long debit = replay.getOrDefault(m.debited(), 0L) - m.amount().fen();
      if (debit < 0 && !kinds.get(m.debited()).mayGoNegative()) {
        throw new FundException(FundError.FUND_CHAIN_BROKEN, expected);
      }
      replay.put(m.debited(), debit);
      replay.merge(m.credited(), m.amount().fen(), Math::addExact);
      hash = m.hash();
      expected++;
    }
    if (expected - 1 != snapshot.lastSeq() || !hash.equals(snapshot.headHash())) {
      throw new FundException(FundError.FUND_CHAIN_BROKEN, expected);
    }
    Money total = Money.ZERO;
    List<AccountBalance> out = new java.util.ArrayList<>();
    for (AccountBalance a : snapshot.accounts()) {
      Money replayed = Money.of(replay.getOrDefault(a.id(), 0L));
      if (!replayed.equals(a.balance())) {
        throw new FundException(
            FundError.FUND_SNAPSHOT_INVALID,
            Wording.of("the stored balances are those of the journal", "存储的余额须与流水相符"));
      }
      out.add(new AccountBalance(a.id(), a.kind(), replayed));
      total = total.plus(replayed);
    }
    return new Reconciliation(snapshot.id(), expected - 1, out, total);
  }
}
