package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundEvent;
import org.sanshe.core.money.Money;
import org.sanshe.jackson.fixture.MoneySamples;
import org.sanshe.jackson3.SansheJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Issue 18's funds and events in JSON: seeded random funds and a tampered balance. */
class MoneyEventsJsonTest {

  private final ObjectMapper mapper = SansheJson.mapper();

  @Test
  void a_random_fund_reads_back_with_the_same_snapshot_balances_and_chain() throws Exception {
    long seed = System.nanoTime();
    System.out.println("MoneyEventsJsonTest seed " + seed);
    for (Fund f : MoneySamples.funds(seed, 200)) {
      String json = mapper.writeValueAsString(f);
      Fund back = mapper.readValue(json, Fund.class);
      assertThat(back.snapshot()).as("seed %d: %s", seed, json).isEqualTo(f.snapshot());
      assertThat(back.headHash()).isEqualTo(f.headHash());
      assertThat(back.reconciliation()).isEqualTo(Money.ZERO);
      assertThat(back.balance(FundAccountId.POOL)).isEqualTo(f.balance(FundAccountId.POOL));
    }
  }

  @Test
  void a_fund_whose_balances_do_not_sum_to_zero_is_refused_and_the_events_keep_their_type()
      throws Exception {
    Fund f = MoneySamples.funds(5L, 1).get(0);
    String json = mapper.writeValueAsString(f);
    String tampered =
        json.replaceFirst("\"fen\":0,\"display\":\"0.00\"", "\"fen\":1,\"display\":\"0.01\"");
    assertThat(tampered).isNotEqualTo(json);
    assertThatThrownBy(() -> mapper.readValue(tampered, Fund.class))
        .isInstanceOfSatisfying(
            JacksonException.class,
            e ->
                assertThat(SansheJson.toException(e).problems().all().get(0).code())
                    .isEqualTo("FUND_SNAPSHOT_INVALID"));
    List<FundEvent> opened =
        List.of(
            new FundEvent.FundOpened(
                f.id(), f.kind(), "clerk-li", java.time.Instant.parse("2026-03-01T00:00:00Z")));
    String events =
        mapper.writerFor(FundEvent[].class).writeValueAsString(opened.toArray(FundEvent[]::new));
    assertThat(events).startsWith("[{\"type\":\"FUND_OPENED\"");
    assertThat(List.of(mapper.readValue(events, FundEvent[].class))).isEqualTo(opened);
  }
}
