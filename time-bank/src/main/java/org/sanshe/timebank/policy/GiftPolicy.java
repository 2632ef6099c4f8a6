package org.sanshe.timebank.policy;

import java.util.Objects;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;

/**
 * Who may receive gifted credits: relatives only, or relatives and friends (Shanghai); group
 * accounts never give, they may only donate (Nanjing). Immutable and thread-safe.
 *
 * @param relativesOnly whether gifts need a family relationship
 */
public record GiftPolicy(boolean relativesOnly) {

  /**
   * Decides whether a gift may go from one holder to another.
   *
   * @param giverAccount the kind of the giving account, not null
   * @param giver the giving holder, not null
   * @param receiver the receiving holder, not null
   * @param kinship the kinship port, not null
   * @return the decision
   */
  public Decision decide(
      AccountKind giverAccount, PartyId giver, PartyId receiver, Kinship kinship) {
    Objects.requireNonNull(giverAccount, "giverAccount");
    Objects.requireNonNull(kinship, "kinship");
    if (giverAccount == AccountKind.GROUP) {
      return Decision.refused(TimeBankError.TIMEBANK_GROUP_DONATION_ONLY, giver);
    }
    if (!relativesOnly) {
      return Decision.permitted("gifts to relatives and friends are allowed");
    }
    boolean relative =
        kinship.relationship(giver, receiver).filter(r -> r != Relationship.FRIEND).isPresent();
    return relative
        ? Decision.permitted("the receiver is a relative")
        : Decision.refused(TimeBankError.TIMEBANK_GIFT_NOT_RELATIVE, receiver);
  }

  /**
   * Decides whether an account may redeem: group accounts may only donate.
   *
   * @param account the kind of the paying account, not null
   * @param holder the holder, not null
   * @return the decision
   */
  public static Decision mayRedeem(AccountKind account, PartyId holder) {
    return account == AccountKind.GROUP
        ? Decision.refused(TimeBankError.TIMEBANK_GROUP_DONATION_ONLY, holder)
        : Decision.permitted("individual accounts may redeem");
  }
}
