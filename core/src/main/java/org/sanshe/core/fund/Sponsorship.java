package org.sanshe.core.fund;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.ProjectId;

/**
 * A sponsor record: an enterprise pledged, claimed or adopted (认捐、认领、认养) a project for an amount;
 * what it has paid against the pledge and what the fund has passed on to the project. The money
 * paid and not yet passed on sits in the sponsorship's own account ({@link
 * FundAccountId#of(SponsorshipId)}).
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id the sponsorship
 * @param sponsor the enterprise (or other counterparty) that pledged
 * @param project the project
 * @param kind pledged, claimed or adopted
 * @param pledged the amount pledged, positive
 * @param paid what the sponsor has paid, from zero to the pledge
 * @param transferred what has been passed on to the project, from zero to what was paid
 * @param actor who recorded the pledge
 * @param at when
 */
public record Sponsorship(
    SponsorshipId id,
    Counterparty sponsor,
    ProjectId project,
    SponsorshipKind kind,
    Money pledged,
    Money paid,
    Money transferred,
    String actor,
    Instant at) {

  /**
   * Checks the figures.
   *
   * @throws FundException with {@code FUND_SNAPSHOT_INVALID} or {@code FUND_AMOUNT_NOT_POSITIVE}
   */
  public Sponsorship {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pledged, "pledged");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(transferred, "transferred");
    Objects.requireNonNull(at, "at");
    FundIds.actor(actor);
    if (pledged.fen() <= 0) {
      throw new FundException(FundError.FUND_AMOUNT_NOT_POSITIVE, Wording.of("pledge", "认捐金额"));
    }
    if (paid.isNegative() || paid.compareTo(pledged) > 0) {
      throw new FundException(
          FundError.FUND_SNAPSHOT_INVALID,
          Wording.of("what a sponsor paid is from zero to the pledge", "已付金额须在零与认捐金额之间"));
    }
    if (transferred.isNegative() || transferred.compareTo(paid) > 0) {
      throw new FundException(
          FundError.FUND_SNAPSHOT_INVALID,
          Wording.of(
              "what was passed to the project is from zero to what was paid", "已拨付金额须在零与已付金额之间"));
    }
  }

  /**
   * Returns what the sponsor still owes on the pledge.
   *
   * @return pledged minus paid
   */
  public Money outstanding() {
    return pledged.minus(paid);
  }

  /**
   * Returns what the fund holds for the project: paid minus transferred.
   *
   * @return the balance of the sponsorship's account
   */
  public Money held() {
    return paid.minus(transferred);
  }

  Sponsorship withPaid(Money newPaid) {
    return new Sponsorship(id, sponsor, project, kind, pledged, newPaid, transferred, actor, at);
  }

  Sponsorship withTransferred(Money newTransferred) {
    return new Sponsorship(id, sponsor, project, kind, pledged, paid, newTransferred, actor, at);
  }
}
