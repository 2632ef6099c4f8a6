package org.sanshe.core.fund;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a fund, in the past tense, naming who acted and when. A store writes the events
 * of a save to its outbox in the same critical section or transaction as the save. Implementations
 * are immutable records, thread-safe, with no null component.
 */
public sealed interface FundEvent
    permits FundEvent.FundOpened,
        FundEvent.MemberRegistered,
        FundEvent.SponsorshipRecorded,
        FundEvent.MovementRecorded {

  /**
   * Returns the fund.
   *
   * @return the fund
   */
  FundId fund();

  /**
   * Returns who acted.
   *
   * @return the actor id
   */
  String actor();

  /**
   * Returns when.
   *
   * @return the time
   */
  Instant at();

  /**
   * A fund was opened.
   *
   * @param fund the fund
   * @param kind its kind
   * @param actor who opened it
   * @param at when
   */
  record FundOpened(FundId fund, FundKind kind, String actor, Instant at) implements FundEvent {
    /** Checks for nulls. */
    public FundOpened {
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A member was registered with a mutual-aid fund.
   *
   * @param fund the fund
   * @param member the member
   * @param actor who registered them
   * @param at when
   */
  record MemberRegistered(FundId fund, MemberId member, String actor, Instant at)
      implements FundEvent {
    /** Checks for nulls. */
    public MemberRegistered {
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A sponsor record (pledge, claim or adoption) was recorded.
   *
   * @param fund the fund
   * @param sponsorship the record as recorded
   * @param actor who recorded it
   * @param at when
   */
  record SponsorshipRecorded(FundId fund, Sponsorship sponsorship, String actor, Instant at)
      implements FundEvent {
    /** Checks for nulls. */
    public SponsorshipRecorded {
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(sponsorship, "sponsorship");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Money moved: a donation, grant, subscription, loan, repayment, fee, payment or reversal.
   *
   * @param movement the movement, naming its actor and time
   */
  record MovementRecorded(FundMovement movement) implements FundEvent {
    /** Checks for nulls. */
    public MovementRecorded {
      Objects.requireNonNull(movement, "movement");
    }

    @Override
    public FundId fund() {
      return movement.fund();
    }

    @Override
    public String actor() {
      return movement.actor();
    }

    @Override
    public Instant at() {
      return movement.at();
    }
  }
}
