package org.sanshe.timebank.authorization;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.policy.Verdict;

/**
 * Who may do what: only the recording organization's coordinators record and verify service
 * ("whoever organizes records; whoever records certifies"); only the holder or the holder's
 * guardian gives, donates or redeems; only operators open, freeze and close accounts. Every
 * decision names the actor and explains itself. Immutable and thread-safe if the roles port is.
 */
public final class Authorization {

  private final Roles roles;

  /**
   * Creates the rule over a roles port.
   *
   * @param roles the port, not null
   */
  public Authorization(Roles roles) {
    this.roles = Objects.requireNonNull(roles, "roles");
  }

  /**
   * Decides whether an actor may record or verify service for an organization.
   *
   * @param actor who acts, not null
   * @param organization the recording organization, not null
   * @return the decision
   */
  public Verdict mayCertifyFor(PartyId actor, PartyId organization) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(organization, "organization");
    return roles.isCoordinator(actor, organization)
        ? Verdict.permitted(actor + " coordinates " + organization)
        : Verdict.refused(
            TimeBankError.TIMEBANK_NOT_AUTHORIZED,
            actor,
            Wording.of("certify service", "认证服务"),
            Wording.of("not a coordinator of the recording organization", "不是记录服务的组织的协调员"));
  }

  /**
   * Decides whether an actor may move a holder's credits (give, donate, redeem).
   *
   * @param actor who acts, not null
   * @param holder the account's holder, not null
   * @param action the action in English and Chinese, for the message, not null
   * @return the decision
   */
  public Verdict mayMoveCreditsOf(PartyId actor, PartyId holder, Wording action) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(action, "action");
    if (actor.equals(holder)) {
      return Verdict.permitted(actor + " holds the account");
    }
    if (roles.isGuardian(actor, holder)) {
      return Verdict.permitted(actor + " is the holder's guardian");
    }
    return Verdict.refused(
        TimeBankError.TIMEBANK_NOT_AUTHORIZED,
        actor,
        action,
        Wording.of("neither the holder nor a guardian", "既不是账户持有人也不是其监护人"));
  }

  /**
   * Decides whether an actor may administer accounts.
   *
   * @param actor who acts, not null
   * @return the decision
   */
  public Verdict mayAdminister(PartyId actor) {
    Objects.requireNonNull(actor, "actor");
    return roles.isOperator(actor)
        ? Verdict.permitted(actor + " operates the time bank")
        : Verdict.refused(
            TimeBankError.TIMEBANK_NOT_AUTHORIZED,
            actor,
            Wording.of("administer accounts", "管理账户"),
            Wording.of("not an operator", "不是时间银行的运营人员"));
  }
}
