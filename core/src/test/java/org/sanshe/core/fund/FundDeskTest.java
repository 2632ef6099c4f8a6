package org.sanshe.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.fund.FundFixtures.CLERK;
import static org.sanshe.core.fund.FundFixtures.ENTERPRISE;
import static org.sanshe.core.fund.FundFixtures.ORG;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.fund.memory.InMemoryFunds;
import org.sanshe.core.money.Money;

class FundDeskTest {

  private final InMemoryFunds funds = new InMemoryFunds(new InMemoryOutbox());
  private final FundDesk desk =
      new FundDesk(funds, Clock.fixed(FundFixtures.at(5), ZoneOffset.UTC));

  @Test
  void the_desk_opens_donates_grants_and_reverses_by_sequence_number() {
    FundId id = FundId.of("desk");
    Fund opened = desk.open(id, FundKind.COMMUNITY_FOUNDATION, "基金会", CLERK);
    assertThat(opened.version()).isEqualTo(1);
    desk.donate(id, Money.ofYuan(100), ENTERPRISE, CLERK);
    FundMovement g = desk.grant(id, Money.ofYuan(40), ORG, CLERK);
    FundMovement r = desk.reverse(id, g.seq(), CLERK);
    assertThat(r.reverses()).isEqualTo(g.seq());
    assertThat(funds.find(id).orElseThrow().pool()).isEqualTo(Money.ofYuan(100));
    assertThatThrownBy(() -> desk.reverse(id, 99, CLERK))
        .hasMessageStartingWith("[FUND_REVERSAL_INVALID]");
    assertThatThrownBy(() -> desk.reverse(id, 0, CLERK))
        .hasMessageStartingWith("[FUND_REVERSAL_INVALID]");
    assertThatThrownBy(() -> desk.grant(FundId.of("none"), Money.of(1), ORG, CLERK))
        .hasMessageStartingWith("[FUND_NOT_FOUND]");
    assertThatThrownBy(() -> desk.open(id, FundKind.GUARANTEE, "x", CLERK))
        .hasMessageStartingWith("[FUND_DUPLICATE]");
  }

  @Test
  void an_expected_version_that_moved_on_is_refused_and_nothing_is_written() {
    FundId id = FundId.of("if-match");
    desk.open(id, FundKind.MUTUAL_AID, "互助金", CLERK);
    desk.execute(
        id,
        (f, now) -> {
          f.registerMember(MemberId.of("a"), CLERK, now);
          return null;
        });
    assertThatThrownBy(
            () ->
                desk.execute(
                    id, 1, (f, now) -> f.subscribe(MemberId.of("a"), Money.of(5), CLERK, now)))
        .hasMessageStartingWith("[FUND_VERSION_CONFLICT]");
    assertThat(funds.journal(id, 0, 10)).isEmpty();
    desk.execute(id, 2, (f, now) -> f.subscribe(MemberId.of("a"), Money.of(5), CLERK, now));
    assertThat(funds.find(id).orElseThrow().pool()).isEqualTo(Money.of(5));
  }

  @Test
  void a_tampered_journal_is_found_by_the_audit() {
    FundId id = FundId.of("audit");
    desk.open(id, FundKind.COMMUNITY_FOUNDATION, "基金会", CLERK);
    desk.donate(id, Money.ofYuan(10), ENTERPRISE, CLERK);
    desk.donate(id, Money.ofYuan(20), ENTERPRISE, CLERK);
    desk.grant(id, Money.ofYuan(5), ORG, CLERK);
    FundSnapshot s = funds.find(id).orElseThrow().snapshot();
    List<FundMovement> journal = funds.journal(id, 0, 10);
    assertThat(FundAudit.verify(s, journal).movements()).isEqualTo(3);
    List<FundMovement> forged = new ArrayList<>(journal);
    FundMovement m = forged.get(1);
    forged.set(
        1,
        new FundMovement(
            m.fund(),
            m.seq(),
            m.kind(),
            m.debited(),
            m.credited(),
            Money.ofYuan(21),
            m.counterparty(),
            m.actor(),
            m.at(),
            m.reverses(),
            m.hash()));
    assertThatThrownBy(() -> FundAudit.verify(s, forged))
        .hasMessageStartingWith("[FUND_CHAIN_BROKEN]")
        .hasMessageContaining("2");
    assertThatThrownBy(() -> FundAudit.verify(s, journal.subList(0, 2)))
        .hasMessageStartingWith("[FUND_CHAIN_BROKEN]");
  }

  @Test
  void a_store_refuses_movements_that_do_not_continue_its_chain() {
    FundId id = FundId.of("chain");
    desk.open(id, FundKind.COMMUNITY_FOUNDATION, "基金会", CLERK);
    FundSnapshot empty = funds.find(id).orElseThrow().snapshot();
    desk.donate(id, Money.ofYuan(1), ENTERPRISE, CLERK);
    // the empty fund passed off as the current version: its next movement is seq 1 again
    Fund forged = Fund.restore(empty.withVersion(2));
    forged.donate(Money.ofYuan(9), ENTERPRISE, CLERK, FundFixtures.at(7));
    assertThatThrownBy(() -> funds.update(forged)).hasMessageStartingWith("[FUND_CHAIN_BROKEN]");
    Fund now = funds.find(id).orElseThrow();
    assertThat(now.version()).isEqualTo(2);
    assertThat(now.pool()).isEqualTo(Money.ofYuan(1));
    assertThat(funds.journal(id, 0, 10)).hasSize(1);
  }
}
