package org.sanshe.timebank.error;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of the time bank: ledger codes start with {@code LEDGER_}, the rest with {@code
 * TIMEBANK_}. Messages live in {@code META-INF/sanshe/timebank.properties} and {@code
 * timebank_zh.properties}. Immutable and thread-safe.
 */
public enum TimeBankError implements ErrorCode {
  /** Time-credit arithmetic overflowed; {0} the operation. */
  TIMEBANK_CREDIT_OVERFLOW,
  /** A time credit could not be parsed; {0} the text. */
  TIMEBANK_CREDIT_FORMAT,
  /** An identifier was malformed; {0} the kind of id, {1} the rule. */
  TIMEBANK_ID_INVALID,
  /** An amount was zero or negative; {0} the amount. */
  LEDGER_AMOUNT_NOT_POSITIVE,
  /** A balance computation overflowed; {0} the account. */
  LEDGER_AMOUNT_OVERFLOW,
  /** No account has this id; {0} the account. */
  LEDGER_ACCOUNT_UNKNOWN,
  /** An account with this id exists already; {0} the account. */
  LEDGER_ACCOUNT_EXISTS,
  /** The account is frozen; {0} the account. */
  LEDGER_ACCOUNT_FROZEN,
  /** The account is closed; {0} the account. */
  LEDGER_ACCOUNT_CLOSED,
  /** An account with a balance or pending amounts cannot be closed; {0} the account. */
  LEDGER_ACCOUNT_NOT_EMPTY,
  /** The ledger holds as many accounts as it can; {0} the maximum. */
  LEDGER_ACCOUNT_CAPACITY,
  /** Limits were inconsistent; {0} the rule. */
  LEDGER_LIMITS_INVALID,
  /** Debit and credit account were the same; {0} the account. */
  LEDGER_SAME_ACCOUNT,
  /** The debit would take an account below its minimum; {0} account, {1} available, {2} amount. */
  LEDGER_MINIMUM_BALANCE,
  /** The credit would take an account above its storage cap; {0} account, {1} cap, {2} amount. */
  LEDGER_STORAGE_CAP,
  /** Excess must be diverted but no donation pool is configured; {0} the account. */
  LEDGER_NO_DONATION_POOL,
  /** A transfer id was reused with other content; {0} the id. */
  LEDGER_ID_REUSED,
  /** A numeric transfer id was not positive; {0} the id. */
  LEDGER_ID_INVALID,
  /** A linked batch used one id twice; {0} the id. */
  LEDGER_ID_DUPLICATE_IN_BATCH,
  /** A linked batch was empty. */
  LEDGER_BATCH_EMPTY,
  /** A linked batch failed as a whole; {0} the failing index, {1} its reason. */
  LEDGER_LINKED_TRANSFER_FAILED,
  /** No pending transfer has this id; {0} the id. */
  LEDGER_PENDING_UNKNOWN,
  /** The pending transfer is already posted, voided or expired; {0} the id, {1} its state. */
  LEDGER_PENDING_CLOSED,
  /** A post asked for more than the pending amount; {0} asked, {1} pending. */
  LEDGER_POST_EXCEEDS_PENDING,
  /** A pending timeout was not positive; {0} the timeout. */
  LEDGER_TIMEOUT_INVALID,
  /** The store refused an append whose first sequence is wrong; {0} expected, {1} given. */
  LEDGER_STORE_SEQUENCE,
  /** The journal is not hash-chained, so it cannot be verified. */
  LEDGER_JOURNAL_NOT_CHAINED,
  /** A stored entry breaks the hash chain while replaying; {0} the sequence. */
  LEDGER_JOURNAL_BROKEN,
  /** The store did not commit a batch; its commands were undone in memory. */
  LEDGER_STORE_FAILED,
  /** Another writer kept appending first; {0} the attempts made. */
  LEDGER_WRITER_CONFLICT,
  /**
   * The journal has fewer entries than its anchor; {0} the entries found, {1} the anchored count.
   */
  LEDGER_JOURNAL_TRUNCATED,
  /** A service period was empty, reversed or began before 1900; {0} the start, {1} the end. */
  TIMEBANK_SERVICE_PERIOD_INVALID,
  /** A certificate's period starts after it ends. */
  TIMEBANK_CERTIFICATE_PERIOD_INVALID,
  /** A statement was asked for a period that ends before it starts. */
  TIMEBANK_STATEMENT_PERIOD_INVALID,
  /** Recording rules were out of range: a daily maximum above 24 hours, or a window too long. */
  TIMEBANK_RULES_INVALID,
  /** A time-bank policy was configured against its own rules; {0} the rule. */
  TIMEBANK_POLICY_INVALID,
  /**
   * A time bank over a ledger in a database was built with a register kept only in memory; {0} the
   * register (service records or account holders).
   */
  TIMEBANK_STORE_NOT_DURABLE,
  /** A service's place was too long or held an invisible character; {0} the maximum length. */
  TIMEBANK_PLACE_INVALID,
  /** A service overlaps another record of the same volunteer; {0} the other record. */
  TIMEBANK_SERVICE_OVERLAP,
  /** A volunteer's service on one day would exceed the daily maximum; {0} the day, {1} the max. */
  TIMEBANK_SERVICE_DAILY_MAXIMUM,
  /** A service ends in the future; {0} the end. */
  TIMEBANK_SERVICE_IN_FUTURE,
  /** A service is older than the recording window; {0} the end, {1} the window. */
  TIMEBANK_SERVICE_OUTSIDE_WINDOW,
  /** The volunteer was named as the beneficiary of the own service. */
  TIMEBANK_SERVICE_SELF_BENEFICIARY,
  /** No service record has this id; {0} the record. */
  TIMEBANK_SERVICE_UNKNOWN,
  /** A store already holds a service record with this id (the id is not shown). */
  TIMEBANK_SERVICE_DUPLICATE,
  /** A store holds no service record with this id to update (the id is not shown). */
  TIMEBANK_SERVICE_NOT_STORED,
  /** A record is not in the state the command needs; {0} the record, {1} its state. */
  TIMEBANK_SERVICE_STATE,
  /** A service names an account its volunteer does not hold, or one of the wrong kind. */
  TIMEBANK_SERVICE_ACCOUNT,
  /** No price is configured for a category or item; {0} the category or item. */
  TIMEBANK_SERVICE_UNPRICED,
  /** The actor may not do this; {0} the actor, {1} the action, {2} the reason. */
  TIMEBANK_NOT_AUTHORIZED,
  /** Redemption refused by the age gate; {0} the age, {1} the gate. */
  TIMEBANK_REDEMPTION_AGE,
  /** A gift was refused: the receiver is no relative; {0} the receiver. */
  TIMEBANK_GIFT_NOT_RELATIVE,
  /** Group accounts may only donate; {0} the account. */
  TIMEBANK_GROUP_DONATION_ONLY,
  /** Credits older than the expiry were used; {0} the expiry. */
  TIMEBANK_CREDITS_EXPIRED,
  /** Pooling needs two different district ledgers; {0} the district. */
  TIMEBANK_POOLING_DISTRICT,
  /** A stale write was refused; {0} the kind, {1} the version read, {2} the version stored. */
  TIMEBANK_VERSION_CONFLICT,
  /** Nothing of the kind has this id; {0} the kind. */
  TIMEBANK_ENTITY_UNKNOWN,
  /** Something of the kind has this id already; {0} the kind. */
  TIMEBANK_ENTITY_DUPLICATE,
  /** A volunteer joined a team twice. */
  TIMEBANK_TEAM_MEMBER_DUPLICATE,
  /** A team command named a volunteer who is not a member. */
  TIMEBANK_TEAM_NOT_MEMBER,
  /** The leader tried to leave the team. */
  TIMEBANK_TEAM_LEADER_LEAVING,
  /** A command on a dissolved team. */
  TIMEBANK_TEAM_DISSOLVED,
  /**
   * An activity's time window was empty, reversed, too early or too long; {0} the longest in hours.
   */
  TIMEBANK_ACTIVITY_PERIOD_INVALID,
  /** An activity's capacity was out of range; {0} the maximum. */
  TIMEBANK_ACTIVITY_CAPACITY_INVALID,
  /** A sign-up would exceed the activity's capacity; {0} the capacity. */
  TIMEBANK_ACTIVITY_FULL,
  /** A sign-up or check-in after the activity ended or was cancelled; {0} the action. */
  TIMEBANK_ACTIVITY_CLOSED,
  /** A second sign-up of the same volunteer. */
  TIMEBANK_SIGNUP_DUPLICATE,
  /** A command for a volunteer who has not signed up. */
  TIMEBANK_SIGNUP_UNKNOWN,
  /** A second check-in. */
  TIMEBANK_CHECKIN_DUPLICATE,
  /** A check-out before any check-in. */
  TIMEBANK_CHECKOUT_BEFORE_CHECKIN,
  /** A second check-out. */
  TIMEBANK_CHECKOUT_DUPLICATE,
  /** A confirmation before check-out. */
  TIMEBANK_CONFIRM_BEFORE_CHECKOUT,
  /** A command on an attendance already confirmed. */
  TIMEBANK_ATTENDANCE_CONFIRMED,
  /** Attendance that does not overlap the activity's window. */
  TIMEBANK_ATTENDANCE_OUTSIDE_WINDOW,
  /**
   * A rota (or a swap in it) would put a member on two overlapping shifts; {0} and {1} the shifts.
   */
  TIMEBANK_ROTA_OVERLAP,
  /** A rota broke one of its rules; {0} the rule. */
  TIMEBANK_ROTA_INVALID,
  /**
   * A swap, absence or shift named a day and slot the rota does not schedule; {0} the day, {1} the
   * slot.
   */
  TIMEBANK_ROTA_NO_SHIFT,
  /** A swap or absence named a member not on the shift. */
  TIMEBANK_ROTA_NOT_ON_SHIFT,
  /** A swap to a member already on the shift. */
  TIMEBANK_ROTA_ALREADY_ON_SHIFT,
  /** A finding reported by someone not checked in on the patrol. */
  TIMEBANK_FINDING_NOT_ON_SHIFT,
  /** A finding named an activity that is no patrol shift. */
  TIMEBANK_FINDING_NOT_PATROL,
  /** A visit or change after a pairing ended. */
  TIMEBANK_PAIRING_ENDED,
  /** A visit by someone outside the pairing. */
  TIMEBANK_PAIRING_VISITOR,
  /** A provider under the age gate or of unknown age; {0} the gate. */
  TIMEBANK_PROVIDER_AGE,
  /** A swap or absence named a shift already opened as a patrol activity. */
  TIMEBANK_ROTA_SHIFT_OPENED;

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(TimeBankError.class, "timebank");

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
