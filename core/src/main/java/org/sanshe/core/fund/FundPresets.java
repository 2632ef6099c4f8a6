package org.sanshe.core.fund;

import java.time.Instant;
import org.sanshe.core.money.Money;

/**
 * Figures from the field reports, as presets to start from. Each names its source; none is a rule
 * of Sanshe. Stateless and thread-safe.
 */
public final class FundPresets {

  private FundPresets() {}

  /**
   * 10 million yuan: the fund guaranteeing redemption of Nanjing's time bank (DOMAIN.md section 3,
   * "Guarantee: a public fund guarantees redemption (Nanjing: 10 million yuan)"; issue 18).
   */
  public static final Money NANJING_TIME_BANK_GUARANTEE = Money.ofYuan(10_000_000);

  /**
   * 10 million yuan: what Xincheng's community development foundation pools, per the field report
   * quoted in issue 18 (which adds that it has backed 26 organizations and 45 projects). An
   * illustrative preset for examples and tests, not a limit.
   */
  public static final Money XINCHENG_FOUNDATION_POOL = Money.ofYuan(10_000_000);

  /**
   * Opens a guarantee fund endowed with {@link #NANJING_TIME_BANK_GUARANTEE} from a source.
   *
   * @param id the fund
   * @param name its name
   * @param source who provides the money (such as a government body)
   * @param actor who records it
   * @param at when
   * @return the new fund (version 0) with the endowment pending
   */
  public static Fund nanjingTimeBankGuarantee(
      FundId id, String name, Counterparty source, String actor, Instant at) {
    Fund f = Fund.open(id, FundKind.GUARANTEE, name, actor, at);
    f.endow(NANJING_TIME_BANK_GUARANTEE, source, actor, at);
    return f;
  }

  /**
   * Opens a community foundation endowed with {@link #XINCHENG_FOUNDATION_POOL} (illustrative).
   *
   * @param id the fund
   * @param name its name
   * @param source who provides the money
   * @param actor who records it
   * @param at when
   * @return the new fund (version 0) with the endowment pending
   */
  public static Fund xinchengFoundation(
      FundId id, String name, Counterparty source, String actor, Instant at) {
    Fund f = Fund.open(id, FundKind.COMMUNITY_FOUNDATION, name, actor, at);
    f.endow(XINCHENG_FOUNDATION_POOL, source, actor, at);
    return f;
  }
}
