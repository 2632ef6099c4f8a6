package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.TimeBankConfiguration;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * A time bank whose ledger, account holders, service records and roles are all on PostgreSQL comes
 * back after a restart with a service recorded but not yet verified, which is then verified exactly
 * once: after more restarts, after a second verification, and after a crash between the credit and
 * the record's update.
 */
class DurableServiceTest {

  private static final String LEDGER = "320113";
  private static final PartyId OPERATOR = PartyId.of("operator");
  private static final PartyId COORDINATOR = PartyId.of("coord-zhao");
  private static final PartyId ORG = PartyId.of("org-xianlin");
  private static final PartyId WANG = PartyId.of("wang");
  private static final AccountId WANG_ACCOUNT = AccountId.of("acct-wang");
  private static final PartyId ELDER = PartyId.of("resident-0042");

  private final Clock clock = Durable.clock();
  private final SansheJdbc jdbc = Durable.freshTables();

  /** Starts a time bank over the database, as a fresh process would: nothing kept in memory. */
  private TimeBank start(String idPrefix) {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, LEDGER);
    return TimeBank.builder(Ledger.builder(clock, store).build(), TimeBankConfiguration.nanjing())
        .operator(OPERATOR)
        .roles(new JdbcRoles(jdbc, store))
        .kinship((a, b) -> Optional.empty())
        .ages((party, on) -> OptionalInt.of(45))
        .ids(IdSource.sequential(idPrefix))
        .serviceRecords(new JdbcServiceRecords(jdbc, store))
        .accountHolders(new JdbcAccountHolders(jdbc, store))
        .build();
  }

  private ServiceDraft twoHours(Instant end) {
    return new ServiceDraft(
        WANG,
        WANG_ACCOUNT,
        ORG,
        "elder-care",
        null,
        end.minus(Duration.ofHours(2)),
        end,
        "文苑社区老年食堂",
        ELDER);
  }

  private ServiceRecord recordedBeforeARestart() {
    new JdbcRoles(jdbc, JdbcLedgerStore.open(jdbc, LEDGER))
        .operator(OPERATOR)
        .coordinator(COORDINATOR, ORG);
    TimeBank first = start("run1");
    first.openAccount(OPERATOR, WANG_ACCOUNT, AccountKind.INDIVIDUAL, WANG);
    ServiceRecord recorded =
        first.services().record(COORDINATOR, twoHours(clock.instant())).record();
    assertThat(recorded.status()).isEqualTo(ServiceStatus.RECORDED);
    assertThat(first.ledger().account(WANG_ACCOUNT).balance()).isEqualTo(TimeCredit.ZERO);
    return recorded;
  }

  @Test
  void a_recorded_service_survives_a_restart_and_is_verified_exactly_once() {
    ServiceRecord recorded = recordedBeforeARestart();

    TimeBank second = start("run2");
    assertThat(second.services().require(recorded.id())).isEqualTo(recorded);
    assertThat(second.services().records().ofVolunteer(WANG)).containsExactly(recorded);
    assertThat(second.holderOf(WANG_ACCOUNT)).isEqualTo(WANG);
    TimeCredit credited = second.services().verify(COORDINATOR, recorded.id()).record().credited();
    assertThat(credited.isPositive()).isTrue();
    assertThat(second.ledger().account(WANG_ACCOUNT).balance()).isEqualTo(credited);
    assertThatThrownBy(() -> second.services().verify(COORDINATOR, recorded.id()))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_SERVICE_STATE));

    TimeBank third = start("run3");
    ServiceRecord verified = third.services().require(recorded.id());
    assertThat(verified.status()).isEqualTo(ServiceStatus.VERIFIED);
    assertThat(verified.verifiedBy()).isEqualTo(COORDINATOR);
    assertThat(verified.credited()).isEqualTo(credited);
    assertThat(verified.draft()).isEqualTo(recorded.draft());
    assertThatThrownBy(() -> third.services().verify(COORDINATOR, recorded.id()))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_SERVICE_STATE));
    assertThat(third.ledger().account(WANG_ACCOUNT).balance()).isEqualTo(credited);
    assertThat(third.ledger().find(TransferId.of("svc:" + recorded.id().value())).amount())
        .isEqualTo(credited);
    assertThat(third.ledger().sumOfBalances()).isZero();
    assertThat(third.audit().verify().intact()).isTrue();
  }

  @Test
  void a_crash_between_the_credit_and_the_records_update_is_completed_once_after_a_restart() {
    ServiceRecord recorded = recordedBeforeARestart();
    TimeBank crashed = start("run2");
    // the credit committed, then the process died before the record was marked verified
    Transfer credit =
        crashed
            .ledger()
            .transfer(
                new TransferRequest(
                    TransferId.of("svc:" + recorded.id().value()),
                    TimeBank.ISSUANCE,
                    WANG_ACCOUNT,
                    TimeCredit.ofHours(2),
                    TransferKind.SERVICE_CREDIT));

    TimeBank restarted = start("run3");
    assertThat(restarted.services().require(recorded.id()).status())
        .isEqualTo(ServiceStatus.RECORDED);
    var verified = restarted.services().verify(COORDINATOR, recorded.id());
    assertThat(verified.credit()).isEqualTo(credit);
    assertThat(restarted.ledger().account(WANG_ACCOUNT).balance()).isEqualTo(TimeCredit.ofHours(2));
    assertThat(start("run4").services().require(recorded.id()).status())
        .isEqualTo(ServiceStatus.VERIFIED);
    assertThat(start("run5").ledger().account(WANG_ACCOUNT).balance())
        .isEqualTo(TimeCredit.ofHours(2));
  }

  @Test
  void an_id_source_that_starts_again_after_a_restart_cannot_overwrite_a_stored_record() {
    ServiceRecord recorded = recordedBeforeARestart();
    TimeBank again = start("run1"); // the same sequential ids as before the restart
    ServiceDraft earlier = twoHours(clock.instant().minus(Duration.ofHours(3)));
    // the port's promise for a taken id: refused, and the stored record is untouched
    assertThatThrownBy(() -> again.services().record(COORDINATOR, earlier))
        .isInstanceOf(TimeBankException.class)
        .hasMessageContaining("TIMEBANK_SERVICE_DUPLICATE");
    assertThat(start("run2").services().require(recorded.id())).isEqualTo(recorded);
    assertThat(start("run2").services().records().ofVolunteer(WANG)).containsExactly(recorded);
    assertThat(start("run2").services().records().find(ServiceRecordId.of("run1-2"))).isEmpty();
  }
}
