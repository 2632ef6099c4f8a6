package org.sanshe.examples.district;

import java.util.Objects;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.account.AccountHolders;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.jdbc.JdbcAccountHolders;
import org.sanshe.timebank.jdbc.JdbcLedgerStore;
import org.sanshe.timebank.jdbc.JdbcRoles;
import org.sanshe.timebank.jdbc.JdbcServiceRecords;
import org.sanshe.timebank.memory.MemoryAccountHolders;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.memory.MemoryRoles;
import org.sanshe.timebank.memory.MemoryServiceRecords;
import org.sanshe.timebank.service.ServiceRecords;
import org.sanshe.timebank.store.LedgerStore;

/**
 * Where the district's time bank keeps its journal and its register of holders: in memory, or in a
 * database. {@link #open(PartyId, PartyId, PartyId)} hands out the stores as a starting process
 * would: for a database a new store over the same tables each time, so that a restart is a real
 * one.
 */
public interface TimeBankStorage {

  /**
   * Opens the stores, with the district's roles granted.
   *
   * @param operator the street office that operates the bank, not null
   * @param coordinator the coordinator who records and verifies service, not null
   * @param organization the coordinator's organization, not null
   * @return the stores
   */
  Stores open(PartyId operator, PartyId coordinator, PartyId organization);

  /**
   * Says where the data lives, for the report.
   *
   * @return a short description
   */
  String describe();

  /**
   * The stores of one opening.
   *
   * @param journal the ledger's journal, not null
   * @param holders the register of account holders, not null
   * @param records the service records, not null
   * @param roles who may act, not null
   */
  record Stores(LedgerStore journal, AccountHolders holders, ServiceRecords records, Roles roles) {
    /**
     * Checks the stores are present.
     *
     * @throws NullPointerException if one is null
     */
    public Stores {
      Objects.requireNonNull(journal, "journal");
      Objects.requireNonNull(holders, "holders");
      Objects.requireNonNull(records, "records");
      Objects.requireNonNull(roles, "roles");
    }
  }

  /**
   * Keeps everything in this process's memory: a restart sees the same objects.
   *
   * @return the storage
   */
  static TimeBankStorage memory() {
    MemoryLedgerStore journal = new MemoryLedgerStore();
    MemoryAccountHolders holders = new MemoryAccountHolders();
    MemoryServiceRecords records = new MemoryServiceRecords();
    return new TimeBankStorage() {
      @Override
      public Stores open(PartyId operator, PartyId coordinator, PartyId organization) {
        return new Stores(
            journal,
            holders,
            records,
            new MemoryRoles().operator(operator).coordinator(coordinator, organization));
      }

      @Override
      public String describe() {
        return "memory";
      }
    };
  }

  /**
   * Keeps the time bank in a database, creating or upgrading its tables first.
   *
   * @param jdbc the database, not null
   * @param ledgerId the ledger's id, for instance the district's code
   * @return the storage
   */
  static TimeBankStorage database(SansheJdbc jdbc, String ledgerId) {
    Objects.requireNonNull(jdbc, "jdbc");
    JdbcLedgerStore.migrate(jdbc);
    return new TimeBankStorage() {
      @Override
      public Stores open(PartyId operator, PartyId coordinator, PartyId organization) {
        JdbcLedgerStore journal = JdbcLedgerStore.open(jdbc, ledgerId);
        return new Stores(
            journal,
            new JdbcAccountHolders(jdbc, journal),
            new JdbcServiceRecords(jdbc, journal),
            new JdbcRoles(jdbc, journal).operator(operator).coordinator(coordinator, organization));
      }

      @Override
      public String describe() {
        return jdbc.dialect() + " (tables " + jdbc.tablePrefix() + "*, ledger " + ledgerId + ")";
      }
    };
  }
}
