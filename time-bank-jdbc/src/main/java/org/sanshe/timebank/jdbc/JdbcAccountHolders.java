package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.account.AccountHolders;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;

/**
 * The register of account holders of one ledger on a relational database (table {@code tb_holder},
 * created with the journal by {@link JdbcLedgerStore#migrate(SansheJdbc)}). A holder is recorded
 * once and never changes; two servers registering the same account at once agree on the first (the
 * primary key decides, the loser reads the winner's row). Writes follow the {@link SansheJdbc}'s
 * transaction mode, so in EXTERNAL mode a registration joins the caller's transaction.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcAccountHolders implements AccountHolders {

  private final SansheJdbc jdbc;
  private final int ledgerNo;
  private final String selectHolder;
  private final String selectAccounts;
  private final String insert;
  private final String nextNo;

  /**
   * Creates the register of a ledger's holders.
   *
   * @param jdbc the database, not null
   * @param ledger the ledger's store (for its number), not null
   */
  public JdbcAccountHolders(SansheJdbc jdbc, JdbcLedgerStore ledger) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    this.ledgerNo = Objects.requireNonNull(ledger, "ledger").ledgerNumber();
    String table = jdbc.table("tb_holder");
    this.selectHolder = "SELECT holder FROM " + table + " WHERE ledger_no = ? AND account_id = ?";
    this.selectAccounts =
        "SELECT account_id FROM " + table + " WHERE ledger_no = ? AND holder = ? ORDER BY seq_no";
    this.insert =
        "INSERT INTO " + table + " (ledger_no, account_id, holder, seq_no) VALUES (?, ?, ?, ?)";
    this.nextNo = "SELECT MAX(seq_no) FROM " + table + " WHERE ledger_no = ?";
  }

  @Override
  public PartyId register(AccountId account, PartyId holder) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(holder, "holder");
    Optional<PartyId> before = holderOf(account);
    if (before.isPresent()) {
      return before.get();
    }
    try {
      jdbc.inTransaction(
          "register account holder",
          c -> {
            long no;
            try (PreparedStatement s = c.prepareStatement(nextNo)) {
              s.setInt(1, ledgerNo);
              try (ResultSet r = s.executeQuery()) {
                r.next();
                no = r.getLong(1) + 1;
              }
            }
            try (PreparedStatement s = c.prepareStatement(insert)) {
              s.setInt(1, ledgerNo);
              s.setString(2, account.value());
              s.setString(3, holder.value());
              s.setLong(4, no);
              s.executeUpdate();
            }
            return null;
          });
      return holder;
    } catch (JdbcException e) {
      if (!e.isConflict()) {
        throw e;
      }
      return holderOf(account).orElseThrow(() -> e);
    }
  }

  @Override
  public Optional<PartyId> holderOf(AccountId account) {
    Objects.requireNonNull(account, "account");
    return jdbc.read(
        "read account holder", c -> Optional.ofNullable(one(c, account)).map(PartyId::new));
  }

  private String one(Connection c, AccountId account) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectHolder)) {
      s.setInt(1, ledgerNo);
      s.setString(2, account.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  @Override
  public List<AccountId> accountsOf(PartyId holder) {
    Objects.requireNonNull(holder, "holder");
    return jdbc.read(
        "read accounts of holder",
        c -> {
          try (PreparedStatement s = c.prepareStatement(selectAccounts)) {
            s.setInt(1, ledgerNo);
            s.setString(2, holder.value());
            List<AccountId> list = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                list.add(new AccountId(r.getString(1)));
              }
            }
            return list;
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcAccountHolders[#" + ledgerNo + "]";
  }
}
