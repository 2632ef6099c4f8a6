package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundAudit;
import org.sanshe.core.fund.FundDesk;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundKind;
import org.sanshe.core.fund.FundMovement;
import org.sanshe.core.fund.FundMovementKind;
import org.sanshe.core.fund.FundStatement;
import org.sanshe.core.fund.Funds;
import org.sanshe.core.fund.MemberId;
import org.sanshe.core.fund.SponsorshipId;
import org.sanshe.core.fund.SponsorshipKind;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;

/**
 * The contract of the {@link Funds} port. Extend it with a fresh, empty store per test and a way to
 * open a second instance over the same data (as a second server or a restarted process would);
 * every test here must pass.
 *
 * <p>What it holds a store to: a fund reads back with an equal snapshot at version 1 after an add
 * and one more after each update, with its journal exactly the movements saved (every field, the
 * hash chain intact by {@link FundAudit}); a stale write is refused with {@code
 * FUND_VERSION_CONFLICT} and writes nothing; unknown and duplicate ids are refused by code; every
 * find hands out a fresh instance; statements per account and period add up and chain (one period's
 * closing is the next one's opening); movements read back by fund and period, by counterparty
 * across funds, and by journal page; a second instance over the same data reads the same balances
 * and statements; two writers granting from one fund at once through a {@link FundDesk} never
 * overdraw it and lose nothing; and the events of a save reach the outbox.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class FundsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final String CLERK = "clerk-1";
  private static final Counterparty ORG = Counterparty.organization(OrganizationId.of("社区-向日葵"));
  private static final Counterparty PROJECT = Counterparty.project(new ProjectId("proj-meals"));
  private static final Counterparty RESIDENT =
      Counterparty.resident(new HashedIdentity("0f".repeat(32)));
  private static final Counterparty ENTERPRISE =
      Counterparty.enterprise(UnifiedSocialCreditCode.parse("53100000500019795A"));

  /** Creates the contract. */
  protected FundsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Funds newFunds();

  /**
   * Returns another instance over the same stored data, as a second server or a restarted process
   * would open it.
   *
   * @param funds a store from {@link #newFunds()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Funds sameData(Funds funds);

  /**
   * Returns a new, empty store writing the events of every save to a new, empty outbox.
   *
   * @return the store and the outbox
   */
  protected abstract WithOutbox<Funds> newFundsWithOutbox();

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static Fund foundation(String id) {
    Fund f = Fund.open(FundId.of(id), FundKind.COMMUNITY_FOUNDATION, "社区发展基金会", CLERK, T0);
    f.donate(Money.ofYuan(1000), ENTERPRISE, CLERK, at(1));
    f.donate(Money.parse("0.01"), RESIDENT, CLERK, at(2));
    f.donate(Money.ofYuan(5), Counterparty.ANONYMOUS, CLERK, at(2));
    return f;
  }

  @Test
  public void a_fund_and_its_journal_read_back_as_saved_at_version_one() {
    Funds funds = newFunds();
    Fund f = foundation("f-read");
    List<FundMovement> saved = f.pendingMovements();
    funds.add(f);
    Fund back = funds.find(f.id()).orElseThrow();
    assertThat(back.version()).isEqualTo(1);
    assertThat(back.snapshot()).isEqualTo(f.snapshot().withVersion(1));
    assertThat(back.pendingMovements()).isEmpty();
    assertThat(funds.journal(f.id(), 0, 100)).isEqualTo(saved);
    assertThat(funds.ids()).containsExactly(f.id());
    assertThat(FundAudit.verify(back.snapshot(), funds.journal(f.id(), 0, 100)).total())
        .isEqualTo(Money.ZERO);
  }

  @Test
  public void every_kind_of_fund_and_movement_reads_back() {
    Funds funds = newFunds();
    Fund m = Fund.open(FundId.of("f-aid"), FundKind.MUTUAL_AID, "互助金", CLERK, T0);
    m.registerMember(MemberId.of("firm-a"), CLERK, at(1));
    m.subscribe(MemberId.of("firm-a"), Money.ofYuan(100), CLERK, at(1));
    m.lend(MemberId.of("firm-a"), Money.ofYuan(30), CLERK, at(2));
    m.collectServiceFee(Money.parse("10.01"), ENTERPRISE, CLERK, at(3));
    funds.add(m);
    Fund f = foundation("f-sponsor");
    f.recordSponsorship(
        SponsorshipId.of("adopt-1"),
        ENTERPRISE,
        new ProjectId("proj-garden"),
        SponsorshipKind.ADOPTED,
        Money.ofYuan(50),
        CLERK,
        at(3));
    f.receiveSponsorPayment(SponsorshipId.of("adopt-1"), Money.ofYuan(20), CLERK, at(4));
    funds.add(f);
    Fund m2 = funds.find(m.id()).orElseThrow();
    m2.repay(MemberId.of("firm-a"), Money.ofYuan(10), CLERK, at(5));
    FundMovement loan = funds.journal(m.id(), 2, 1).get(0);
    m2.reverse(loan, CLERK, at(6));
    funds.update(m2);
    assertThat(funds.find(m.id()).orElseThrow().snapshot()).isEqualTo(m2.snapshot().withVersion(2));
    assertThat(funds.find(f.id()).orElseThrow().snapshot()).isEqualTo(f.snapshot().withVersion(1));
    assertThat(funds.journal(m.id(), 0, 100))
        .extracting(FundMovement::kind)
        .containsExactly(
            FundMovementKind.SUBSCRIPTION,
            FundMovementKind.LOAN,
            FundMovementKind.WELFARE_SHARE,
            FundMovementKind.SERVICE_FEE,
            FundMovementKind.REPAYMENT,
            FundMovementKind.REVERSAL);
    assertThat(funds.find(m.id()).orElseThrow().isReversed(loan.seq())).isTrue();
  }

  @Test
  public void every_find_hands_out_a_fresh_instance() {
    Funds funds = newFunds();
    funds.add(foundation("f-fresh"));
    Fund a = funds.find(FundId.of("f-fresh")).orElseThrow();
    Fund b = funds.find(FundId.of("f-fresh")).orElseThrow();
    assertThat(a).isNotSameAs(b);
    a.grant(Money.ofYuan(1), ORG, CLERK, at(3));
    assertThat(b.pool()).isEqualTo(Money.parse("1005.01"));
    assertThat(funds.find(FundId.of("f-fresh")).orElseThrow().pool())
        .isEqualTo(Money.parse("1005.01"));
  }

  @Test
  public void a_stale_write_is_refused_and_writes_nothing() {
    Funds funds = newFunds();
    funds.add(foundation("f-stale"));
    Fund first = funds.find(FundId.of("f-stale")).orElseThrow();
    Fund second = funds.find(FundId.of("f-stale")).orElseThrow();
    first.grant(Money.ofYuan(600), ORG, CLERK, at(3));
    funds.update(first);
    second.grant(Money.ofYuan(600), PROJECT, CLERK, at(3));
    assertThatThrownBy(() -> funds.update(second))
        .isInstanceOf(FundException.class)
        .extracting(e -> ((FundException) e).errorCode())
        .isEqualTo(FundError.FUND_VERSION_CONFLICT);
    Fund now = funds.find(FundId.of("f-stale")).orElseThrow();
    assertThat(now.version()).isEqualTo(2);
    assertThat(now.pool()).isEqualTo(Money.parse("405.01"));
    assertThat(funds.journal(now.id(), 0, 100)).hasSize(4);
    assertThatThrownBy(() -> funds.update(first)).hasMessageStartingWith("[FUND_VERSION_CONFLICT]");
  }

  @Test
  public void unknown_and_duplicate_ids_are_refused_by_code() {
    Funds funds = newFunds();
    funds.add(foundation("f-dup"));
    assertThatThrownBy(() -> funds.add(foundation("f-dup")))
        .hasMessageStartingWith("[FUND_DUPLICATE]");
    assertThatThrownBy(() -> funds.update(foundation("f-none")))
        .hasMessageStartingWith("[FUND_NOT_FOUND]");
    assertThat(funds.find(FundId.of("f-none"))).isEmpty();
    assertThat(funds.journal(FundId.of("f-none"), 0, 10)).isEmpty();
    assertThatThrownBy(() -> funds.statement(FundId.of("f-none"), FundAccountId.POOL, T0, at(10)))
        .hasMessageStartingWith("[FUND_NOT_FOUND]");
    assertThatThrownBy(() -> funds.statement(FundId.of("f-dup"), FundAccountId.WELFARE, T0, at(10)))
        .hasMessageStartingWith("[FUND_ACCOUNT_UNKNOWN]");
    assertThatThrownBy(() -> funds.statement(FundId.of("f-dup"), FundAccountId.POOL, at(10), T0))
        .hasMessageStartingWith("[FUND_QUERY_INVALID]");
    assertThatThrownBy(() -> funds.journal(FundId.of("f-dup"), -1, 10))
        .hasMessageStartingWith("[FUND_QUERY_INVALID]");
    assertThatThrownBy(() -> funds.journal(FundId.of("f-dup"), 0, 0))
        .hasMessageStartingWith("[FUND_QUERY_INVALID]");
  }

  @Test
  public void statements_add_up_and_chain_across_periods() {
    Funds funds = newFunds();
    Fund f = foundation("f-stmt");
    f.grant(Money.ofYuan(100), ORG, CLERK, at(10));
    f.grant(Money.ofYuan(200), PROJECT, CLERK, at(20));
    f.donate(Money.ofYuan(50), RESIDENT, CLERK, at(30));
    funds.add(f);
    FundId id = f.id();
    FundStatement all = funds.statement(id, FundAccountId.POOL, T0, at(60));
    assertThat(all.opening()).isEqualTo(Money.ZERO);
    assertThat(all.closing()).isEqualTo(Money.parse("755.01"));
    assertThat(all.movements()).hasSize(6);
    assertThat(all.credits()).isEqualTo(Money.parse("1055.01"));
    assertThat(all.debits()).isEqualTo(Money.ofYuan(300));
    FundStatement early = funds.statement(id, FundAccountId.POOL, T0, at(20));
    FundStatement late = funds.statement(id, FundAccountId.POOL, at(20), at(60));
    assertThat(early.closing()).isEqualTo(Money.parse("905.01"));
    assertThat(late.opening()).isEqualTo(early.closing());
    assertThat(late.movements()).extracting(FundMovement::seq).containsExactly(5L, 6L);
    // the period is [from, to): a movement exactly at "to" belongs to the next period
    assertThat(funds.statement(id, FundAccountId.POOL, at(20), at(20)).movements()).isEmpty();
    assertThat(funds.statement(id, FundAccountId.POOL, at(20), at(20).plusNanos(1)).movements())
        .hasSize(1);
    FundStatement external = funds.statement(id, FundAccountId.EXTERNAL, T0, at(60));
    assertThat(external.closing()).isEqualTo(Money.parse("-755.01"));
    assertThat(funds.movements(id, at(10), at(30)))
        .extracting(FundMovement::seq)
        .containsExactly(4L, 5L);
  }

  @Test
  public void movements_with_a_counterparty_are_found_across_funds_in_order() {
    Funds funds = newFunds();
    Fund a = foundation("f-b");
    a.grant(Money.ofYuan(10), PROJECT, CLERK, at(5));
    a.grant(Money.ofYuan(20), ORG, CLERK, at(6));
    Fund b = foundation("f-a");
    b.grant(Money.ofYuan(30), PROJECT, CLERK, at(7));
    funds.add(a);
    funds.add(b);
    List<FundMovement> toProject = funds.movementsWith(PROJECT, T0, at(60));
    assertThat(toProject).extracting(m -> m.fund().value()).containsExactly("f-a", "f-b");
    assertThat(toProject)
        .extracting(FundMovement::amount)
        .containsExactly(Money.ofYuan(30), Money.ofYuan(10));
    assertThat(funds.movementsWith(PROJECT, at(6), at(60))).hasSize(1);
    assertThat(funds.movementsWith(ORG, T0, at(60))).hasSize(1);
    assertThat(funds.movementsWith(RESIDENT, T0, at(60))).hasSize(2);
  }

  @Test
  public void journal_pages_follow_the_sequence() {
    Funds funds = newFunds();
    Fund f = foundation("f-pages");
    for (int i = 0; i < 25; i++) {
      f.grant(Money.of(1), ORG, CLERK, at(10 + i));
    }
    funds.add(f);
    List<FundMovement> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<FundMovement> page = funds.journal(f.id(), after, 7);
      if (page.isEmpty()) {
        break;
      }
      all.addAll(page);
      after = page.get(page.size() - 1).seq();
    }
    assertThat(all)
        .extracting(FundMovement::seq)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 28).boxed().toList());
  }

  @Test
  public void a_second_instance_over_the_same_data_reads_the_same_balances_and_statements() {
    Funds funds = newFunds();
    Fund f = foundation("f-restart");
    f.grant(Money.ofYuan(7), ORG, CLERK, at(9));
    funds.add(f);
    FundStatement before = funds.statement(f.id(), FundAccountId.POOL, T0, at(60));
    Funds other = sameData(funds);
    assertThat(other.find(f.id()).orElseThrow().snapshot())
        .isEqualTo(funds.find(f.id()).orElseThrow().snapshot());
    assertThat(other.statement(f.id(), FundAccountId.POOL, T0, at(60))).isEqualTo(before);
    assertThat(other.journal(f.id(), 0, 100)).isEqualTo(funds.journal(f.id(), 0, 100));
  }

  @Test
  public void two_writers_granting_from_one_fund_at_once_never_overdraw_it() {
    Funds funds = newFunds();
    Fund f = Fund.open(FundId.of("f-race"), FundKind.COMMUNITY_FOUNDATION, "基金", CLERK, T0);
    f.donate(Money.ofYuan(100), ENTERPRISE, CLERK, at(1));
    funds.add(f);
    Clock clock = Clock.fixed(at(2), ZoneOffset.UTC);
    FundDesk one = new FundDesk(funds, clock);
    FundDesk two = new FundDesk(sameData(funds), clock);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 8; round++) {
      List<Callable<?>> tasks =
          List.of(
              () -> one.grant(f.id(), Money.ofYuan(9), ORG, "writer-1"),
              () -> two.grant(f.id(), Money.ofYuan(9), PROJECT, "writer-2"));
      for (Writers.Outcome o : Writers.race(tasks)) {
        if (o.succeeded()) {
          accepted++;
        } else {
          assertThat(Writers.code(o)).isEqualTo("FUND_GRANT_ABOVE_BALANCE");
          refused++;
        }
      }
    }
    Fund end = funds.find(f.id()).orElseThrow();
    assertThat(accepted).isEqualTo(11);
    assertThat(refused).isEqualTo(5);
    assertThat(end.pool()).isEqualTo(Money.ofYuan(1));
    List<FundMovement> journal = funds.journal(f.id(), 0, 100);
    assertThat(journal).hasSize(1 + accepted);
    assertThat(FundAudit.verify(end.snapshot(), journal).total()).isEqualTo(Money.ZERO);
  }

  @Test
  public void the_events_of_a_save_reach_the_outbox() {
    WithOutbox<Funds> w = newFundsWithOutbox();
    Fund f = foundation("f-events");
    w.store().add(f);
    Fund g = w.store().find(f.id()).orElseThrow();
    g.grant(Money.ofYuan(1), ORG, CLERK, at(5));
    w.store().update(g);
    Fund stale = Fund.restore(f.snapshot().withVersion(1));
    stale.grant(Money.ofYuan(1), ORG, CLERK, at(5));
    assertThatThrownBy(() -> w.store().update(stale))
        .hasMessageStartingWith("[FUND_VERSION_CONFLICT]");
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(OutboxEntry::eventType)
        .containsExactly(
            "FundOpened",
            "MovementRecorded",
            "MovementRecorded",
            "MovementRecorded",
            "MovementRecorded");
    assertThat(entries)
        .extracting(OutboxEntry::aggregateVersion)
        .containsExactly(1L, 1L, 1L, 1L, 2L);
    assertThat(entries).allSatisfy(e -> assertThat(e.aggregateId()).isEqualTo("f-events"));
    assertThat(entries)
        .allSatisfy(
            e -> assertThat(String.valueOf(e.payload())).doesNotContain("0f0f0f0f0f0f0f0f"));
  }

  @Test
  public void random_commands_read_back_exactly_as_an_in_memory_reference_keeps_them() {
    long seed = Long.getLong("sanshe.seed", System.nanoTime());
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    Funds funds = newFunds();
    Funds reference = new org.sanshe.core.fund.memory.InMemoryFunds();
    List<FundId> ids = List.of(FundId.of("r-found"), FundId.of("r-aid"), FundId.of("r-guar"));
    FundKind[] kinds = {FundKind.COMMUNITY_FOUNDATION, FundKind.MUTUAL_AID, FundKind.GUARANTEE};
    for (int i = 0; i < ids.size(); i++) {
      funds.add(Fund.open(ids.get(i), kinds[i], "基金", CLERK, T0));
      reference.add(Fund.open(ids.get(i), kinds[i], "基金", CLERK, T0));
    }
    for (int step = 1; step <= 60; step++) {
      int which = r.nextInt(ids.size());
      FundId id = ids.get(which);
      Fund f = funds.find(id).orElseThrow();
      Fund g = reference.find(id).orElseThrow();
      long pick = r.nextLong();
      Instant when = at(step);
      boolean refused = false;
      try {
        randomCommand(new java.util.SplittableRandom(pick), f, kinds[which], when, funds);
      } catch (FundException e) {
        refused = true;
      }
      boolean refusedToo = false;
      try {
        randomCommand(new java.util.SplittableRandom(pick), g, kinds[which], when, reference);
      } catch (FundException e) {
        refusedToo = true;
      }
      assertThat(refused).as("seed %d step %d", seed, step).isEqualTo(refusedToo);
      if (!refused) {
        funds.update(f);
        reference.update(g);
      }
      assertThat(funds.find(id).orElseThrow().snapshot())
          .as("seed %d step %d", seed, step)
          .isEqualTo(reference.find(id).orElseThrow().snapshot());
    }
    for (FundId id : ids) {
      assertThat(funds.journal(id, 0, 1000)).isEqualTo(reference.journal(id, 0, 1000));
      for (var a : reference.find(id).orElseThrow().accounts()) {
        assertThat(funds.statement(id, a.id(), at(20), at(45)))
            .as("seed %d %s %s", seed, id, a.id())
            .isEqualTo(reference.statement(id, a.id(), at(20), at(45)));
      }
    }
  }

  private static void randomCommand(
      java.util.SplittableRandom r, Fund f, FundKind kind, Instant at, Funds store) {
    Money amount = Money.of(r.nextLong(1, 3_000));
    if (f.lastSeq() > 0 && r.nextInt(8) == 0) {
      f.reverse(store.journal(f.id(), r.nextLong(f.lastSeq()), 1).get(0), CLERK, at);
      return;
    }
    switch (kind) {
      case COMMUNITY_FOUNDATION -> {
        SponsorshipId s = SponsorshipId.of("s" + r.nextInt(2));
        switch (r.nextInt(5)) {
          case 0 -> f.donate(amount, r.nextBoolean() ? RESIDENT : ENTERPRISE, CLERK, at);
          case 1 -> f.grant(amount, r.nextBoolean() ? ORG : PROJECT, CLERK, at);
          case 2 ->
              f.recordSponsorship(
                  s, ENTERPRISE, new ProjectId("p-1"), SponsorshipKind.PLEDGED, amount, CLERK, at);
          case 3 -> f.receiveSponsorPayment(s, amount, CLERK, at);
          default -> f.transferToProject(s, amount, CLERK, at);
        }
      }
      case MUTUAL_AID -> {
        MemberId m = MemberId.of("m" + r.nextInt(3));
        switch (r.nextInt(6)) {
          case 0 -> f.registerMember(m, CLERK, at);
          case 1 -> f.subscribe(m, amount, CLERK, at);
          case 2 -> f.lend(m, amount, CLERK, at);
          case 3 -> f.repay(m, amount, CLERK, at);
          case 4 -> f.collectServiceFee(amount, ENTERPRISE, CLERK, at);
          default -> f.payWelfare(amount, ORG, CLERK, at);
        }
      }
      default -> {
        if (r.nextBoolean()) {
          f.endow(amount, ORG, CLERK, at);
        } else {
          f.payGuarantee(amount, RESIDENT, CLERK, at);
        }
      }
    }
  }
}
