package org.sanshe.core.fund;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of community funds ({@code org.sanshe.core.fund}) and fee tiers ({@code
 * org.sanshe.core.fee}). Messages live in {@code META-INF/sanshe/fund.properties} and {@code
 * fund_zh.properties}, categories in {@code fund-categories.properties}; the javadoc of each
 * constant names its message arguments. No message repeats an amount or a personal datum the caller
 * gave. Immutable and thread-safe.
 */
public enum FundError implements ErrorCode {
  /** An identifier is blank, too long or has characters outside the allowed set; {0} which id. */
  FUND_ID_INVALID,
  /** An actor id is blank, too long or has characters outside the allowed set. */
  FUND_ACTOR_INVALID,
  /** An amount is zero or negative; {0} the field. */
  FUND_AMOUNT_NOT_POSITIVE,
  /** An operation does not apply to this kind of fund; {0} the operation, {1} the fund kind. */
  FUND_KIND_MISMATCH,
  /** A counterparty does not fit the movement; {0} the rule. */
  FUND_COUNTERPARTY_INVALID,
  /** The fund has no such account (the id is not repeated: a loan account names a member). */
  FUND_ACCOUNT_UNKNOWN,
  /** A movement would take an account below its floor; {0} the account's kind. */
  FUND_BELOW_FLOOR,
  /** A grant is larger than the fund's pool balance; {0} the fund. */
  FUND_GRANT_ABOVE_BALANCE,
  /**
   * A loan was asked for by someone who is not a member of the mutual-aid fund (members may be
   * persons: their ids are not repeated in messages).
   */
  FUND_LOAN_NON_MEMBER,
  /** A loan is larger than the available pool; {0} the fund. */
  FUND_LOAN_ABOVE_POOL,
  /** A subscription or repayment came from someone who is not a member. */
  FUND_NOT_A_MEMBER,
  /** A member is registered already. */
  FUND_MEMBER_DUPLICATE,
  /** A repayment is larger than the member's outstanding loan. */
  FUND_REPAYMENT_ABOVE_OUTSTANDING,
  /** A welfare payment is larger than the welfare account's balance; {0} the fund. */
  FUND_WELFARE_ABOVE_BALANCE,
  /** A share setting is outside its range; {0} the setting. */
  FUND_SHARE_INVALID,
  /** A sponsorship id is taken already; {0} the sponsorship. */
  FUND_SPONSORSHIP_DUPLICATE,
  /** The fund has no such sponsorship; {0} the sponsorship. */
  FUND_SPONSORSHIP_UNKNOWN,
  /** A sponsor's payment is larger than what is outstanding on the pledge; {0} the sponsorship. */
  FUND_SPONSOR_PAYMENT_ABOVE_PLEDGE,
  /** More was passed to a project than the sponsorship has received; {0} the sponsorship. */
  FUND_SPONSOR_TRANSFER_ABOVE_RECEIVED,
  /** A movement cannot be reversed; {0} the rule. */
  FUND_REVERSAL_INVALID,
  /** A movement was reversed already; {0} its sequence number. */
  FUND_ALREADY_REVERSED,
  /** A snapshot breaks a rule of the fund; {0} the rule. */
  FUND_SNAPSHOT_INVALID,
  /** A fund with this id exists already; {0} the id. */
  FUND_DUPLICATE,
  /** No fund has this id; {0} the id. */
  FUND_NOT_FOUND,
  /** A write was based on a stale version; {0} the fund, {1} the version read, {2} the current. */
  FUND_VERSION_CONFLICT,
  /** A period or page request is malformed; {0} the rule. */
  FUND_QUERY_INVALID,
  /** A statement would hold more movements than a statement may; {0} the maximum. */
  FUND_STATEMENT_TOO_LARGE,
  /** A journal's hash chain or sequence is broken; {0} the sequence number where it breaks. */
  FUND_CHAIN_BROKEN,
  /** A tier or household category is malformed; {0} the rule. */
  FEE_TIER_INVALID,
  /** A price schedule breaks a rule; {0} the rule. */
  FEE_SCHEDULE_INVALID,
  /** A price schedule charges a needy household category; {0} the category. */
  FEE_NEEDY_CHARGED,
  /** The schedule has no price for the household's category; {0} the category. */
  FEE_CATEGORY_NOT_PRICED,
  /** The means test placed the household in no category. */
  FEE_HOUSEHOLD_UNCATEGORIZED,
  /** A delivery does not belong to the report's month or service; {0} the rule. */
  FEE_REPORT_MISMATCH;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(FundError.class, "fund");

  @Override
  public String code() {
    return name();
  }

  @Override
  public String template(Locale locale) {
    return MESSAGES.template(name(), locale);
  }

  /**
   * Returns this enum's catalog, for completeness tests.
   *
   * @return the catalog
   */
  public static MessageCatalog catalog() {
    return MESSAGES;
  }
}
