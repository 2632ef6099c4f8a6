package org.sanshe.examples.snippets;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.TimeBankConfiguration;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.jdbc.JdbcAccountHolders;
import org.sanshe.timebank.jdbc.JdbcLedgerStore;
import org.sanshe.timebank.jdbc.JdbcRoles;
import org.sanshe.timebank.jdbc.JdbcServiceRecords;
import org.sanshe.timebank.ledger.Ledger;

/**
 * The README's snippet on plugging in your own {@code DataSource}; {@code ReadmeSnippetsTest} runs
 * it against a real PostgreSQL.
 */
public final class DurableSnippets {

  private DurableSnippets() {}

  /**
   * Opens a time bank on a database twice, as two server starts would, and reports the second
   * start's view of an account the first opened.
   *
   * @param dataSource the database, not null
   * @param clock the clock, not null
   * @return whether the second start found the account, its holder, and the number of accounts
   */
  public static List<Object> timeBankOn(DataSource dataSource, Clock clock) {
    PartyId operator = PartyId.of("yuhua-street-office");
    AccountId wang = AccountId.of("acct-wang");
    TimeBank first = start(dataSource, clock, operator);
    first.openAccount(operator, wang, AccountKind.INDIVIDUAL, PartyId.of("volunteer-wang"));
    TimeBank second = start(dataSource, clock, operator); // a restart: nothing is reopened
    return List.of(
        second.ledger().hasAccount(wang),
        second.holderOf(wang).value(),
        second.ledger().accountCount());
  }

  private static TimeBank start(DataSource dataSource, Clock clock, PartyId operator) {
    // tag::durable-time-bank[]
    SansheJdbc jdbc = SansheJdbc.builder(dataSource).build(); // dialect from the database
    JdbcLedgerStore.migrate(jdbc); // or run the V<n>__*.sql files with your own Flyway
    JdbcLedgerStore journal = JdbcLedgerStore.open(jdbc, "320114"); // one ledger per district
    Ledger ledger = Ledger.builder(clock, journal).checkpointEvery(10_000).build();
    TimeBank bank =
        TimeBank.builder(ledger, TimeBankConfiguration.nanjing()) // ledger restored from the store
            .operator(operator)
            .roles(new JdbcRoles(jdbc, journal).operator(operator)) // who may act
            .kinship((a, b) -> Optional.empty()) // your kinship register
            .ages((party, on) -> OptionalInt.empty()) // your residents' ages
            .serviceRecords(new JdbcServiceRecords(jdbc, journal)) // 志愿服务记录
            .accountHolders(new JdbcAccountHolders(jdbc, journal)) // who holds which account
            .build(); // record ids: random UUIDs, unique across restarts
    // end::durable-time-bank[]
    return bank;
  }
}
