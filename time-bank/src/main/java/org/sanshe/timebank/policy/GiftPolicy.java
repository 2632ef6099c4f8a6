package org.sanshe.timebank.policy;

import java.util.Objects;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;

/**
 * Who may receive gifted credits, and what group accounts may do: gifts to relatives only, or to
 * relatives and friends (Shanghai's rule); group accounts that may only donate, never give or
 * redeem (Nanjing's rule), or that follow the rules of individual accounts. {@code
 * org.sanshe.timebank.TimeBankConfiguration}'s presets say which city's rule each one is. Immutable
 * and thread-safe.
 *
 * @param relativesOnly whether gifts need a family relationship
 * @param groupsDonateOnly whether group accounts may only donate
 */
public record GiftPolicy(boolean relativesOnly, boolean groupsDonateOnly) {

  /**
   * Decides whether a gift may go from one holder to another.
   *
   * @param giverAccount the kind of the giving account, not null
   * @param giver the giving holder, not null
   * @param receiver the receiving holder, not null
   * @param kinship the kinship port, not null
   * @return the decision
   */
  public Verdict decide(
      AccountKind giverAccount, PartyId giver, PartyId receiver, Kinship kinship) {
    Objects.requireNonNull(giverAccount, "giverAccount");
    Objects.requireNonNull(kinship, "kinship");
    if (giverAccount == AccountKind.GROUP && groupsDonateOnly) {
      return Verdict.refused(TimeBankError.TIMEBANK_GROUP_DONATION_ONLY, giver);
    }
    if (!relativesOnly) {
      return Verdict.permitted("gifts to relatives and friends are allowed");
    }
    boolean relative =
        kinship.relationship(giver, receiver).filter(r -> r != Relationship.FRIEND).isPresent();
    return relative
        ? Verdict.permitted("the receiver is a relative")
        : Verdict.refused(TimeBankError.TIMEBANK_GIFT_NOT_RELATIVE, receiver);
  }

  /**
   * Decides whether an account may redeem: not a group account where groups may only donate.
   *
   * @param account the kind of the paying account, not null
   * @param holder the holder, not null
   * @return the decision
   */
  public Verdict mayRedeem(AccountKind account, PartyId holder) {
    Objects.requireNonNull(account, "account");
    return account == AccountKind.GROUP && groupsDonateOnly
        ? Verdict.refused(TimeBankError.TIMEBANK_GROUP_DONATION_ONLY, holder)
        : Verdict.permitted("the account may redeem");
  }
}
