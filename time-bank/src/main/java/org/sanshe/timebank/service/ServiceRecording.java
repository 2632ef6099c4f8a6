package org.sanshe.timebank.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.timebank.account.AccountHolders;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Authorization;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.policy.PricingPolicy;

/**
 * Records, verifies and corrects volunteer service ("whoever organizes records; whoever records
 * certifies", MCA Order 67): a coordinator of the organizing organization records a service, a
 * coordinator of the same organization verifies it, and verification credits the priced hours from
 * the issuance account. Corrections never edit: they reverse the credit and re-enter the corrected
 * hours in one linked batch, and supersede the record with a new one.
 *
 * <p>Every command names who acts; a refused command changes nothing and throws a {@link
 * TimeBankException} that says why. Ledger transfer ids are derived from record ids ({@code
 * svc:<id>}, {@code rev:<id>}), so a verification that is retried after a crash is idempotent in
 * the ledger. Thread-safe: commands are serialized on this object.
 */
public final class ServiceRecording {

  /** The most credits {@link #recordAndVerifyAll} posts in one linked ledger batch: {@value}. */
  public static final int CREDIT_BATCH = 100;

  private final Ledger ledger;
  private final AccountId issuance;
  private final ServiceRecords records;
  private final Authorization authorization;
  private final PricingPolicy pricing;
  private final RecordingRules rules;
  private final IdSource ids;
  private final Clock clock;
  private final AccountHolders holders;

  /** Creates the service from the parts a {@link Builder} holds; see {@link #builder()}. */
  private ServiceRecording(
      Ledger ledger,
      AccountId issuance,
      ServiceRecords records,
      Authorization authorization,
      PricingPolicy pricing,
      RecordingRules rules,
      IdSource ids,
      Clock clock,
      AccountHolders holders) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.holders = Objects.requireNonNull(holders, "holders");
    this.issuance = Objects.requireNonNull(issuance, "issuance");
    this.records = Objects.requireNonNull(records, "records");
    this.authorization = Objects.requireNonNull(authorization, "authorization");
    this.pricing = Objects.requireNonNull(pricing, "pricing");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts a builder: set {@code ledger}, {@code issuance}, {@code records}, {@code authorization},
   * {@code pricing}, {@code rules}, {@code ids}, {@code clock}, {@code holders} (required); every
   * other part has the default its setter names.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceRecording} from named parts. Not thread-safe; build once. */
  public static final class Builder {

    private Ledger ledger;
    private AccountId issuance;
    private ServiceRecords records;
    private Authorization authorization;
    private PricingPolicy pricing;
    private RecordingRules rules;
    private IdSource ids;
    private Clock clock;
    private AccountHolders holders;

    private Builder() {}

    /**
     * Sets the ledger; required.
     *
     * @param ledger the value, not null
     * @return this builder
     */
    public Builder ledger(Ledger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /**
     * Sets the issuance account; required.
     *
     * @param issuance the value, not null
     * @return this builder
     */
    public Builder issuance(AccountId issuance) {
      this.issuance = Objects.requireNonNull(issuance, "issuance");
      return this;
    }

    /**
     * Sets the record store; required.
     *
     * @param records the value, not null
     * @return this builder
     */
    public Builder records(ServiceRecords records) {
      this.records = Objects.requireNonNull(records, "records");
      return this;
    }

    /**
     * Sets the authorization rule; required.
     *
     * @param authorization the value, not null
     * @return this builder
     */
    public Builder authorization(Authorization authorization) {
      this.authorization = Objects.requireNonNull(authorization, "authorization");
      return this;
    }

    /**
     * Sets the pricing; required.
     *
     * @param pricing the value, not null
     * @return this builder
     */
    public Builder pricing(PricingPolicy pricing) {
      this.pricing = Objects.requireNonNull(pricing, "pricing");
      return this;
    }

    /**
     * Sets the recording rules; required.
     *
     * @param rules the value, not null
     * @return this builder
     */
    public Builder rules(RecordingRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Sets the id source for record ids; required.
     *
     * @param ids the value, not null
     * @return this builder
     */
    public Builder ids(IdSource ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Sets the clock; required.
     *
     * @param clock the value, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the register of account holders: a service is credited only to an account the record's
     * volunteer holds; required.
     *
     * @param holders the value, not null
     * @return this builder
     */
    public Builder holders(AccountHolders holders) {
      this.holders = Objects.requireNonNull(holders, "holders");
      return this;
    }

    /**
     * Builds it.
     *
     * @return a new instance over the parts set
     * @throws NullPointerException naming the first required part not set
     */
    public ServiceRecording build() {
      return new ServiceRecording(
          ledger, issuance, records, authorization, pricing, rules, ids, clock, holders);
    }
  }

  /**
   * Records a service.
   *
   * @param actor who acts: a coordinator of the draft's organization, not null
   * @param draft the service, not null
   * @return the event
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED} or a recording-rule code
   */
  public synchronized ServiceEvent.ServiceRecorded record(PartyId actor, ServiceDraft draft) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
    authorization.mayCertifyFor(actor, draft.organization()).orThrow();
    rules.check(draft, records.ofVolunteer(draft.volunteer()), clock.instant()).orThrow();
    checkCreditable(draft);
    ServiceRecord record =
        new ServiceRecord(
            ServiceRecordId.of(ids.nextId()),
            draft,
            actor,
            clock.instant(),
            ServiceStatus.RECORDED,
            TimeCredit.ZERO,
            null,
            null,
            null);
    records.add(record);
    return new ServiceEvent.ServiceRecorded(record);
  }

  /**
   * Checks that a service may be credited to the account the draft names: an individual account the
   * volunteer holds, or a group account held by the team that served (the team is then the record's
   * volunteer). The issuance account, a relative's account or a provider's never are.
   */
  private void checkCreditable(ServiceDraft draft) {
    AccountKind kind = ledger.kindOf(draft.volunteerAccount());
    boolean held =
        holders.holderOf(draft.volunteerAccount()).map(draft.volunteer()::equals).orElse(false);
    if (!held || (kind != AccountKind.INDIVIDUAL && kind != AccountKind.GROUP)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_ACCOUNT);
    }
  }

  /**
   * Records and verifies a service in one step, for services whose facts were captured by the
   * organization itself (an activity's check-in and check-out, a care visit): the same rules,
   * authorization, pricing and ledger credit as {@link #record} followed by {@link #verify}. It is
   * idempotent by content: if the volunteer already has a current record of an equal draft, that
   * record is verified if it is not yet, and returned, so a retry after a failure between the steps
   * records and credits nothing twice.
   *
   * @param actor a coordinator of the draft's organization, not null
   * @param draft the service, not null
   * @return the verified record
   * @throws TimeBankException as {@link #record} and {@link #verify}
   */
  public synchronized ServiceRecord recordAndVerify(PartyId actor, ServiceDraft draft) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
    ServiceRecord existing = null;
    for (ServiceRecord r : records.ofVolunteer(draft.volunteer())) {
      if (r.isCurrent() && r.draft().equals(draft)) {
        existing = r;
      }
    }
    if (existing != null && existing.status() == ServiceStatus.VERIFIED) {
      authorization.mayCertifyFor(actor, draft.organization()).orThrow();
      return existing;
    }
    ServiceRecord recorded = existing != null ? existing : record(actor, draft).record();
    return verify(actor, recorded.id()).record();
  }

  /**
   * Records and verifies many services in one step, as {@link #recordAndVerify} does each (same
   * authorization, recording rules, pricing, idempotency by content), but posting the credits to
   * the ledger in linked batches of at most {@value #CREDIT_BATCH} transfers instead of one append
   * per service: an activity's confirmation of thousands of volunteers. A draft refused by a rule
   * is handed to {@code refused} and the others go on; when a linked batch is refused by the ledger
   * (a frozen or closed account, say), its transfers are posted one by one so that only the failing
   * drafts are refused, each keeping its record as recorded, as {@link #recordAndVerify} leaves it
   * (a retry verifies it).
   *
   * @param actor a coordinator of every draft's organization, not null
   * @param drafts the services, not null, none null; a volunteer's drafts are checked against each
   *     other in order (a second overlapping draft is refused)
   * @param refused called once per refused draft with the coded exception, not null
   * @return the verified records of the drafts not refused, in the drafts' order
   */
  public synchronized List<ServiceRecord> recordAndVerifyAll(
      PartyId actor,
      List<ServiceDraft> drafts,
      java.util.function.BiConsumer<ServiceDraft, TimeBankException> refused) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(drafts, "drafts");
    Objects.requireNonNull(refused, "refused");
    ServiceRecord[] done = new ServiceRecord[drafts.size()];
    List<Integer> toCredit = new ArrayList<>();
    List<ServiceRecord> recorded = new ArrayList<>();
    List<TimeCredit> amounts = new ArrayList<>();
    java.util.Set<PartyId> certified = new java.util.HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      ServiceDraft draft = Objects.requireNonNull(drafts.get(i), "drafts[" + i + "]");
      try {
        if (!certified.contains(draft.organization())) {
          authorization.mayCertifyFor(actor, draft.organization()).orThrow();
          certified.add(draft.organization());
        }
        ServiceRecord existing = null;
        List<ServiceRecord> mine = records.ofVolunteer(draft.volunteer());
        for (ServiceRecord r : mine) {
          if (r.isCurrent() && r.draft().equals(draft)) {
            existing = r;
          }
        }
        if (existing != null && existing.status() == ServiceStatus.VERIFIED) {
          done[i] = existing;
          continue;
        }
        ServiceRecord r = existing;
        if (r == null) {
          rules.check(draft, mine, clock.instant()).orThrow();
          checkCreditable(draft);
          r =
              new ServiceRecord(
                  ServiceRecordId.of(ids.nextId()),
                  draft,
                  actor,
                  clock.instant(),
                  ServiceStatus.RECORDED,
                  TimeCredit.ZERO,
                  null,
                  null,
                  null);
        }
        TimeCredit amount = price(draft);
        if (existing == null) {
          records.add(r);
        }
        toCredit.add(i);
        recorded.add(r);
        amounts.add(amount);
      } catch (TimeBankException e) {
        refused.accept(draft, e);
      }
    }
    for (int from = 0; from < toCredit.size(); from += CREDIT_BATCH) {
      int to = Math.min(toCredit.size(), from + CREDIT_BATCH);
      List<TransferRequest> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(creditOf(recorded.get(k), amounts.get(k)));
      }
      boolean linked;
      try {
        ledger.postLinked(batch);
        linked = true;
      } catch (TimeBankException e) {
        linked = false;
      }
      for (int k = from; k < to; k++) {
        ServiceRecord r = recorded.get(k);
        if (!linked) {
          try {
            ledger.transfer(batch.get(k - from));
          } catch (TimeBankException e) {
            refused.accept(r.draft(), e);
            continue;
          }
        }
        ServiceRecord verified = r.verified(actor, amounts.get(k));
        records.update(verified);
        done[toCredit.get(k)] = verified;
      }
    }
    List<ServiceRecord> out = new ArrayList<>(drafts.size());
    for (ServiceRecord r : done) {
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private TransferRequest creditOf(ServiceRecord record, TimeCredit amount) {
    return new TransferRequest(
        TransferId.of("svc:" + record.id().value()),
        issuance,
        record.draft().volunteerAccount(),
        amount,
        TransferKind.SERVICE_CREDIT);
  }

  /**
   * Verifies a recorded service and credits its priced hours from the issuance account.
   *
   * @param actor who acts: a coordinator of the recording organization, not null
   * @param id the record, not null
   * @return the event
   * @throws TimeBankException {@code TIMEBANK_SERVICE_UNKNOWN}, {@code TIMEBANK_SERVICE_STATE},
   *     {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_SERVICE_UNPRICED} or a ledger code
   */
  public synchronized ServiceEvent.ServiceVerified verify(PartyId actor, ServiceRecordId id) {
    Objects.requireNonNull(actor, "actor");
    ServiceRecord record = require(id);
    authorization.mayCertifyFor(actor, record.draft().organization()).orThrow();
    if (record.status() != ServiceStatus.RECORDED) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_STATE, id, record.status());
    }
    TimeCredit amount = price(record.draft());
    Transfer credit =
        ledger.transfer(
            new TransferRequest(
                TransferId.of("svc:" + id.value()),
                issuance,
                record.draft().volunteerAccount(),
                amount,
                TransferKind.SERVICE_CREDIT));
    ServiceRecord verified = record.verified(actor, amount);
    records.update(verified);
    return new ServiceEvent.ServiceVerified(verified, credit);
  }

  /**
   * Corrects a verified service: reverses its credit and re-enters the corrected hours in one
   * linked batch; the original is superseded by a new, verified record.
   *
   * @param actor who acts: a coordinator of the recording organization, not null
   * @param id the verified record, not null
   * @param corrected the corrected service, same volunteer account and organization, not null
   * @return the event
   * @throws TimeBankException {@code TIMEBANK_SERVICE_UNKNOWN}, {@code TIMEBANK_SERVICE_STATE},
   *     {@code TIMEBANK_NOT_AUTHORIZED}, a recording-rule code, or a ledger code (for example when
   *     the volunteer has already spent the hours to reverse)
   */
  public synchronized ServiceEvent.ServiceCorrected correct(
      PartyId actor, ServiceRecordId id, ServiceDraft corrected) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(corrected, "corrected");
    ServiceRecord original = require(id);
    authorization.mayCertifyFor(actor, original.draft().organization()).orThrow();
    if (original.status() != ServiceStatus.VERIFIED) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_STATE, id, original.status());
    }
    if (!corrected.organization().equals(original.draft().organization())
        || !corrected.volunteer().equals(original.draft().volunteer())) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_NOT_AUTHORIZED,
          actor,
          Wording.of("correct service", "更正服务记录"),
          Wording.of(
              "a correction keeps the volunteer and the recording organization",
              "更正须保持志愿者和记录组织不变"));
    }
    checkCreditable(corrected);
    List<ServiceRecord> others = new ArrayList<>(records.ofVolunteer(corrected.volunteer()));
    others.removeIf(r -> r.id().equals(id));
    rules.check(corrected, others, clock.instant()).orThrow();
    TimeCredit amount = price(corrected);
    ServiceRecordId newId = ServiceRecordId.of(ids.nextId());
    List<TransferRequest> batch = new ArrayList<>();
    batch.add(
        new TransferRequest(
            TransferId.of("rev:" + id.value()),
            original.draft().volunteerAccount(),
            issuance,
            original.credited(),
            TransferKind.CORRECTION));
    batch.add(
        new TransferRequest(
            TransferId.of("svc:" + newId.value()),
            issuance,
            corrected.volunteerAccount(),
            amount,
            TransferKind.CORRECTION));
    List<Transfer> transfers = ledger.transferLinked(batch);
    ServiceRecord correction =
        new ServiceRecord(
            newId,
            corrected,
            actor,
            clock.instant(),
            ServiceStatus.VERIFIED,
            amount,
            actor,
            id,
            null);
    records.add(correction);
    ServiceRecord superseded = original.correctedBy(newId);
    records.update(superseded);
    return new ServiceEvent.ServiceCorrected(superseded, correction, transfers);
  }

  /**
   * Returns a record.
   *
   * @param id the id, not null
   * @return the record
   * @throws TimeBankException {@code TIMEBANK_SERVICE_UNKNOWN} if there is none
   */
  public ServiceRecord require(ServiceRecordId id) {
    Objects.requireNonNull(id, "id");
    return records
        .find(id)
        .orElseThrow(() -> new TimeBankException(TimeBankError.TIMEBANK_SERVICE_UNKNOWN, id));
  }

  /**
   * Returns the record store.
   *
   * @return the store
   */
  public ServiceRecords records() {
    return records;
  }

  private TimeCredit price(ServiceDraft d) {
    TimeCredit amount = pricing.price(d.category(), d.item(), d.served());
    if (!amount.isPositive()) {
      throw new TimeBankException(TimeBankError.LEDGER_AMOUNT_NOT_POSITIVE, amount.toMinutes());
    }
    return amount;
  }
}
