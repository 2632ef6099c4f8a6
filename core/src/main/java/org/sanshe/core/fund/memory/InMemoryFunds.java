package org.sanshe.core.fund.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundChain;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundEvent;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundMovement;
import org.sanshe.core.fund.FundSnapshot;
import org.sanshe.core.fund.FundStatement;
import org.sanshe.core.fund.Funds;
import org.sanshe.core.money.Money;

/**
 * {@link Funds} in memory: snapshots (never live objects) and each fund's journal, with an index
 * per account (positions, times and running balances in primitive arrays) so that a statement costs
 * a binary search and a copy of its own movements, however long the journal. Thread-safe: a
 * read-write lock lets readers run together and serializes writers; a save checks the version and
 * that its movements continue the stored chain, writes its events to the outbox (if any) and only
 * then becomes visible, so a refused save writes nothing.
 */
public final class InMemoryFunds implements Funds {

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "fund";

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final TreeMap<FundId, FundSnapshot> snapshots = new TreeMap<>();
  private final Map<FundId, Journal> journals = new HashMap<>();
  private final Map<Counterparty, List<FundMovement>> byCounterparty = new HashMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store. */
  public InMemoryFunds() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes the events of every save to an outbox before the save
   * becomes visible; an outbox that refuses the events refuses the save.
   *
   * @param outbox the outbox, not null; events go as aggregate type {@value #AGGREGATE_TYPE}
   */
  public InMemoryFunds(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public void add(Fund fund) {
    Objects.requireNonNull(fund, "fund");
    lock.writeLock().lock();
    try {
      if (snapshots.containsKey(fund.id())) {
        throw new FundException(FundError.FUND_DUPLICATE, fund.id());
      }
      if (fund.version() != 0) {
        throw new FundException(FundError.FUND_VERSION_CONFLICT, fund.id(), fund.version(), 0);
      }
      save(fund, new Journal(), 0, FundChain.GENESIS);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void update(Fund fund) {
    Objects.requireNonNull(fund, "fund");
    lock.writeLock().lock();
    try {
      FundSnapshot stored = snapshots.get(fund.id());
      if (stored == null) {
        throw new FundException(FundError.FUND_NOT_FOUND, fund.id());
      }
      if (stored.version() != fund.version()) {
        throw new FundException(
            FundError.FUND_VERSION_CONFLICT, fund.id(), fund.version(), stored.version());
      }
      save(fund, journals.get(fund.id()), stored.lastSeq(), stored.headHash());
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void save(Fund fund, Journal journal, long lastSeq, String head) {
    List<FundMovement> pending = fund.pendingMovements();
    long seq = lastSeq;
    String hash = head;
    for (FundMovement m : pending) {
      if (m.seq() != seq + 1 || !FundChain.hashOf(hash, m).equals(m.hash())) {
        throw new FundException(FundError.FUND_CHAIN_BROKEN, seq + 1);
      }
      seq = m.seq();
      hash = m.hash();
    }
    FundSnapshot next = fund.snapshot().withVersion(fund.version() + 1);
    if (next.lastSeq() != seq || !next.headHash().equals(hash)) {
      throw new FundException(FundError.FUND_CHAIN_BROKEN, seq + 1);
    }
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              fund.id().value(),
              next.version(),
              fund.pendingEvents(),
              e -> ((FundEvent) e).at()));
    }
    for (FundMovement m : pending) {
      journal.append(m);
      if (m.counterparty().kind() != org.sanshe.core.fund.CounterpartyKind.NONE) {
        byCounterparty.computeIfAbsent(m.counterparty(), c -> new ArrayList<>()).add(m);
      }
    }
    journals.put(fund.id(), journal);
    snapshots.put(fund.id(), next);
  }

  @Override
  public Optional<Fund> find(FundId id) {
    Objects.requireNonNull(id, "id");
    FundSnapshot s;
    lock.readLock().lock();
    try {
      s = snapshots.get(id);
    } finally {
      lock.readLock().unlock();
    }
    return Optional.ofNullable(s).map(Fund::restore);
  }

  @Override
  public List<FundId> ids() {
    lock.readLock().lock();
    try {
      return List.copyOf(snapshots.keySet());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<FundMovement> journal(FundId fund, long afterSeq, int max) {
    Objects.requireNonNull(fund, "fund");
    Funds.checkPage(afterSeq, max);
    lock.readLock().lock();
    try {
      Journal j = journals.get(fund);
      if (j == null || afterSeq >= j.size) {
        return List.of();
      }
      int from = (int) afterSeq;
      int to = (int) Math.min(j.size, afterSeq + max);
      return List.of(Arrays.copyOfRange(j.all, from, to));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<FundMovement> movements(FundId fund, Instant from, Instant to) {
    Objects.requireNonNull(fund, "fund");
    Funds.checkPeriod(from, to);
    long lo = Funds.ceilMillis(from);
    long hi = Funds.ceilMillis(to);
    lock.readLock().lock();
    try {
      Journal j = journals.get(fund);
      if (j == null) {
        return List.of();
      }
      int a = lowerBound(j.times, j.size, lo);
      int b = lowerBound(j.times, j.size, hi);
      tooLarge(b - a);
      return List.of(Arrays.copyOfRange(j.all, a, b));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<FundMovement> movementsWith(Counterparty counterparty, Instant from, Instant to) {
    Objects.requireNonNull(counterparty, "counterparty");
    Funds.checkPeriod(from, to);
    List<FundMovement> out = new ArrayList<>();
    lock.readLock().lock();
    try {
      for (FundMovement m : byCounterparty.getOrDefault(counterparty, List.of())) {
        if (!m.at().isBefore(from) && m.at().isBefore(to)) {
          out.add(m);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    tooLarge(out.size());
    out.sort(Comparator.comparing(FundMovement::fund).thenComparingLong(FundMovement::seq));
    return List.copyOf(out);
  }

  @Override
  public FundStatement statement(FundId fund, FundAccountId account, Instant from, Instant to) {
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(account, "account");
    Funds.checkPeriod(from, to);
    long lo = Funds.ceilMillis(from);
    long hi = Funds.ceilMillis(to);
    lock.readLock().lock();
    try {
      FundSnapshot s = snapshots.get(fund);
      if (s == null) {
        throw new FundException(FundError.FUND_NOT_FOUND, fund);
      }
      if (s.accounts().stream().noneMatch(a -> a.id().equals(account))) {
        throw new FundException(FundError.FUND_ACCOUNT_UNKNOWN);
      }
      Journal j = journals.get(fund);
      AccountIndex x = j.accounts.get(account);
      if (x == null) {
        return new FundStatement(fund, account, from, to, Money.ZERO, List.of(), Money.ZERO);
      }
      int a = lowerBound(x.times, x.size, lo);
      int b = lowerBound(x.times, x.size, hi);
      tooLarge(b - a);
      FundMovement[] ms = new FundMovement[b - a];
      for (int i = a; i < b; i++) {
        ms[i - a] = j.all[x.positions[i]];
      }
      Money opening = Money.of(a == 0 ? 0 : x.balances[a - 1]);
      Money closing = Money.of(b == 0 ? 0 : x.balances[b - 1]);
      return new FundStatement(fund, account, from, to, opening, List.of(ms), closing);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static void tooLarge(int n) {
    if (n > MAX_MOVEMENTS) {
      throw new FundException(FundError.FUND_STATEMENT_TOO_LARGE, MAX_MOVEMENTS);
    }
  }

  /** The first index in {@code times[0..size)} whose time is at least {@code key}. */
  private static int lowerBound(long[] times, int size, long key) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    lock.readLock().lock();
    try {
      return "InMemoryFunds[" + snapshots.size() + "]";
    } finally {
      lock.readLock().unlock();
    }
  }

  /** One fund's journal in sequence order (which is also time order) and its account indexes. */
  private static final class Journal {
    FundMovement[] all = new FundMovement[16];
    long[] times = new long[16];
    int size;
    final Map<FundAccountId, AccountIndex> accounts = new HashMap<>();

    void append(FundMovement m) {
      if (size == all.length) {
        all = Arrays.copyOf(all, size * 2);
        times = Arrays.copyOf(times, size * 2);
      }
      all[size] = m;
      times[size] = m.at().toEpochMilli();
      accounts
          .computeIfAbsent(m.debited(), a -> new AccountIndex())
          .add(size, m, -m.amount().fen());
      accounts
          .computeIfAbsent(m.credited(), a -> new AccountIndex())
          .add(size, m, m.amount().fen());
      size++;
    }
  }

  /** The movements of one account: positions in the journal, times, running balances. */
  private static final class AccountIndex {
    int[] positions = new int[8];
    long[] times = new long[8];
    long[] balances = new long[8];
    int size;

    void add(int position, FundMovement m, long effect) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
        times = Arrays.copyOf(times, size * 2);
        balances = Arrays.copyOf(balances, size * 2);
      }
      positions[size] = position;
      times[size] = m.at().toEpochMilli();
      balances[size] = (size == 0 ? 0 : balances[size - 1]) + effect;
      size++;
    }
  }
}
