package org.sanshe.timebank.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.AccountChange;
import org.sanshe.timebank.ledger.BalanceSnapshot;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.LedgerException;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * The auditor's view of one ledger: hash-chain verification, statements with running balances,
 * reconciliation of cached balances against the journal, and verified service hours for star
 * ratings. Reads only; thread-safe (each call reads a consistent view through the ledger's lock or
 * the store's).
 */
public final class Audit {

  private static final byte POSTED = TransferPhase.POSTED.code();
  private static final byte POST_PENDING = TransferPhase.POST_PENDING.code();
  private static final byte DIVERTED = TransferPhase.DIVERTED.code();
  private static final byte PENDING = TransferPhase.PENDING.code();
  private static final int PAGE = 4096;

  private final Ledger ledger;

  /**
   * Creates the audit of a ledger.
   *
   * @param ledger the ledger, not null
   */
  public Audit(Ledger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  /**
   * Verifies the stored journal against its hash chain, against the store's anchored head and
   * length, and against the ledger's own head, so that a rewritten entry, a truncated tail and
   * entries forged after the last valid one are all found. Entries that another writer appended are
   * read first ({@link Ledger#refresh()}).
   *
   * @return intact, or the first bad sequence
   * @throws LedgerException {@code LEDGER_JOURNAL_NOT_CHAINED} if the ledger does not chain
   */
  public Verification verify() {
    if (!ledger.isHashChained()) {
      throw new LedgerException(TimeBankError.LEDGER_JOURNAL_NOT_CHAINED);
    }
    long last;
    try {
      last = ledger.refresh(); // entries another writer appended are part of the journal
    } catch (LedgerException e) {
      if (e.error() == TimeBankError.LEDGER_JOURNAL_BROKEN
          || e.error() == TimeBankError.LEDGER_JOURNAL_TRUNCATED) {
        return new Verification.Broken(
            ((Number) e.arguments().get(0)).longValue() + 1, e.message(java.util.Locale.ENGLISH));
      }
      throw e;
    }
    Verification v = JournalVerifier.verify(ledger.store()); // one hash per entry
    if (v instanceof Verification.Intact intact) {
      if (intact.entries() < last) {
        return new Verification.Broken(
            intact.entries() + 1, "entry " + (intact.entries() + 1) + " is missing");
      }
      if (intact.entries() > last) {
        return new Verification.Broken(
            last + 1, "entries after the anchored head " + last + " were added outside the ledger");
      }
      if (intact.entries() == last && !intact.head().equals(ledger.head())) {
        return new Verification.Broken(last, "the head differs from the ledger's anchor");
      }
    }
    return v;
  }

  /**
   * Returns the stored entries as a lazily paged iterable, for verification or export.
   *
   * @param store the store, not null
   * @return the entries from sequence 1
   */
  public static Iterable<JournalEntry> paged(LedgerStore store) {
    Objects.requireNonNull(store, "store");
    return () ->
        new Iterator<>() {
          private long next = 1;
          private List<JournalEntry> page = List.of();
          private int index;

          @Override
          public boolean hasNext() {
            if (index < page.size()) {
              return true;
            }
            page = store.readRange(next, PAGE);
            index = 0;
            return !page.isEmpty();
          }

          @Override
          public JournalEntry next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            JournalEntry e = page.get(index++);
            next = e.sequence() + 1;
            return e;
          }
        };
  }

  /**
   * Returns an account's statement between two instants.
   *
   * @param account the account, not null
   * @param from the start, inclusive, not null
   * @param to the end, exclusive, not null and not before from
   * @return the statement
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   * @throws TimeBankException {@code TIMEBANK_STATEMENT_PERIOD_INVALID} if to is before from
   */
  public Statement statement(AccountId account, Instant from, Instant to) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_STATEMENT_PERIOD_INVALID);
    }
    int number = ledger.accountNumber(account);
    long fromMillis = from.toEpochMilli();
    long toMillis = to.toEpochMilli();
    Collector c = new Collector(number, fromMillis);
    long balance = ledger.scanAccount(number, c);
    long running = balance;
    int i = 0;
    while (i < c.size && c.time[i] >= toMillis) {
      running -= c.change[i];
      i++;
    }
    long closing = running;
    int inRange = c.size - i;
    StatementLine[] lines = new StatementLine[inRange];
    Map<Integer, AccountId> ids = new HashMap<>();
    int lastOther = -1;
    AccountId lastOtherId = null;
    for (int k = inRange - 1; i < c.size; i++, k--) {
      int other = c.counterparty[i];
      if (other != lastOther) {
        lastOther = other;
        lastOtherId = ids.computeIfAbsent(other, ledger::accountId);
      }
      AccountId otherId = lastOtherId;
      lines[k] =
          new StatementLine(
              c.sequence[i],
              c.time[i],
              TransferKind.ofCode(c.kind[i]),
              TransferPhase.ofCode(c.phase[i]),
              otherId,
              c.change[i],
              running);
      running -= c.change[i];
    }
    return new Statement(
        account,
        from,
        to,
        TimeCredit.ofMinutes(running),
        Arrays.asList(lines),
        TimeCredit.ofMinutes(closing));
  }

  /** Collects balance-moving entries newest first until one is older than the start. */
  private static final class Collector implements org.sanshe.timebank.store.EntryVisitor {
    private final int account;
    private final long from;
    private int size;
    private long[] sequence = new long[256];
    private long[] time = new long[256];
    private long[] change = new long[256];
    private int[] counterparty = new int[256];
    private byte[] kind = new byte[256];
    private byte[] phase = new byte[256];

    Collector(int account, long from) {
      this.account = account;
      this.from = from;
    }

    @Override
    public boolean visit(
        long seq, long ts, int debit, int credit, long amount, byte k, byte p, long ref) {
      if (ts < from) {
        return false;
      }
      if (p != POSTED && p != POST_PENDING && p != DIVERTED) {
        return true;
      }
      if (size == sequence.length) {
        int n = size * 2;
        sequence = Arrays.copyOf(sequence, n);
        time = Arrays.copyOf(time, n);
        change = Arrays.copyOf(change, n);
        counterparty = Arrays.copyOf(counterparty, n);
        kind = Arrays.copyOf(kind, n);
        phase = Arrays.copyOf(phase, n);
      }
      sequence[size] = seq;
      time[size] = ts;
      boolean out = debit == account;
      change[size] = out ? -amount : amount;
      counterparty[size] = out ? credit : debit;
      kind[size] = k;
      phase[size] = p;
      size++;
      return true;
    }
  }

  /**
   * Reconciles the ledger: recomputes every balance and pending amount from the journal and
   * compares them with the ledger's cache, and sums the cached balances.
   *
   * @return the report
   */
  public ReconciliationReport reconcile() {
    BalanceSnapshot snapshot = ledger.balances();
    int n = snapshot.accountCount();
    long[] bal = new long[n];
    long[] pend = new long[n];
    Map<Long, Long> reserved = new HashMap<>();
    for (JournalEntry e : paged(ledger.store())) {
      if (e.sequence() > snapshot.lastSequence()) {
        break;
      }
      int d = e.debitAccount();
      int c = e.creditAccount();
      long m = e.amountMinutes();
      byte p = e.phase();
      if (AccountChange.isAccountChange(p)) {
        continue;
      }
      if (p == PENDING) {
        pend[d] += m;
        pend[c] += m;
        reserved.put(e.sequence(), m);
      } else if (p == POSTED || p == DIVERTED) {
        bal[d] -= m;
        bal[c] += m;
      } else {
        long r = reserved.getOrDefault(e.reference(), 0L);
        pend[d] -= r;
        pend[c] -= r;
        if (p == POST_PENDING) {
          bal[d] -= m;
          bal[c] += m;
        }
      }
    }
    long sum = 0;
    List<ReconciliationReport.Mismatch> mismatches = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sum = Math.addExact(sum, snapshot.balances()[i]);
      long cachedPending = snapshot.pendingDebits()[i] + snapshot.pendingCredits()[i];
      if (bal[i] != snapshot.balances()[i] || pend[i] != cachedPending) {
        mismatches.add(
            new ReconciliationReport.Mismatch(
                ledger.accountId(i), snapshot.balances()[i], bal[i], cachedPending, pend[i]));
      }
    }
    return new ReconciliationReport(snapshot.lastSequence(), n, sum, mismatches);
  }

  /**
   * Returns an account's verified service hours: service credited from an issuance account, plus
   * corrections re-entered from it, minus corrections reversed to it. Gifts, donations and
   * redemptions do not count.
   *
   * @param account the account, not null
   * @return the verified service
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public TimeCredit verifiedService(AccountId account) {
    Objects.requireNonNull(account, "account");
    int number = ledger.accountNumber(account);
    Map<Integer, Boolean> issuance = new HashMap<>();
    long[] total = new long[1];
    byte service = TransferKind.SERVICE_CREDIT.code();
    byte correction = TransferKind.CORRECTION.code();
    ledger.scanAccount(
        number,
        (seq, ts, debit, credit, amount, kind, phase, ref) -> {
          if (phase != POSTED && phase != POST_PENDING) {
            return true;
          }
          if (credit == number
              && (kind == service || kind == correction)
              && issuance.computeIfAbsent(debit, this::isIssuance)) {
            total[0] = Math.addExact(total[0], amount);
          } else if (debit == number
              && kind == correction
              && issuance.computeIfAbsent(credit, this::isIssuance)) {
            total[0] = Math.subtractExact(total[0], amount);
          }
          return true;
        });
    return TimeCredit.ofMinutes(total[0]);
  }

  private boolean isIssuance(int number) {
    return ledger.kindOf(number) == AccountKind.ISSUANCE;
  }

  /**
   * Rates an account's verified service.
   *
   * @param account the account, not null
   * @param policy the thresholds, not null
   * @return the rating
   */
  public StarLevelPolicy.StarRating starRating(AccountId account, StarLevelPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return policy.rate(verifiedService(account));
  }
}
