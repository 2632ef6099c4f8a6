package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.timebank.account.AccountHolders;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;

/**
 * The register of account holders in memory, for tests and single-process use. Thread-safe (one
 * lock); lost when the process ends.
 */
public final class MemoryAccountHolders implements AccountHolders {

  private final Map<AccountId, PartyId> holders = new LinkedHashMap<>();

  /** Creates an empty register. */
  public MemoryAccountHolders() {}

  @Override
  public synchronized PartyId register(AccountId account, PartyId holder) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(holder, "holder");
    PartyId before = holders.putIfAbsent(account, holder);
    return before == null ? holder : before;
  }

  @Override
  public synchronized Optional<PartyId> holderOf(AccountId account) {
    return Optional.ofNullable(holders.get(Objects.requireNonNull(account, "account")));
  }

  @Override
  public synchronized List<AccountId> accountsOf(PartyId holder) {
    Objects.requireNonNull(holder, "holder");
    List<AccountId> list = new ArrayList<>();
    holders.forEach(
        (account, party) -> {
          if (party.equals(holder)) {
            list.add(account);
          }
        });
    return list;
  }

  @Override
  public synchronized String toString() {
    return "MemoryAccountHolders[" + holders.size() + " accounts]";
  }
}
