package org.sanshe.core.fund;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.ProjectId;

/**
 * A community fund: a double-entry book of accounts in {@link Money}, as strict as the time bank's
 * ledger of hours. Every movement debits one account and credits another by the same positive
 * amount, so the balances of all accounts always sum to zero ({@link #reconciliation()}); the
 * {@link FundAccountKind#EXTERNAL} account standing for the world outside is the only one that may
 * go negative, every other account never goes below zero. Movements are append-only (a correction
 * is a {@link #reverse reversal}), each names who acted and when, and each extends the fund's
 * SHA-256 hash chain ({@link FundChain}).
 *
 * <p>The kinds: a {@link FundKind#COMMUNITY_FOUNDATION} takes donations and makes grants to
 * organizations and projects, and keeps sponsor records (认捐、认领、认养); a {@link FundKind#MUTUAL_AID}
 * fund is a closed pool of registered members (subscriptions, loans, repayments) whose service fees
 * are split with community welfare ({@link WelfareShare}); a {@link FundKind#GUARANTEE} fund is
 * endowed and pays out.
 *
 * <p>Every command checks everything before it changes anything: a refused command throws a {@link
 * FundException} with its own code and leaves the fund as it was. An accepted command appends its
 * movements to {@link #pendingMovements()} and its events to {@link #pendingEvents()}; a store
 * ({@link Funds}) writes both with the fund's new state. Times are cut to whole milliseconds and a
 * movement is never stamped earlier than the fund's previous movement, so a fund's journal is in
 * time order as well as in sequence order.
 *
 * <p>Not thread-safe: load one instance per command (as {@link FundDesk} does). Arguments are never
 * null.
 */
public final class Fund {

  private final FundId id;
  private final FundKind kind;
  private final String name;
  private final WelfareShare welfareShare;
  private final String openedBy;
  private final Instant openedAt;
  private final long version;
  private final LinkedHashMap<FundAccountId, FundAccountKind> kinds = new LinkedHashMap<>();
  private final HashMap<FundAccountId, Long> balances = new HashMap<>();
  private final LinkedHashMap<SponsorshipId, Sponsorship> sponsorships = new LinkedHashMap<>();
  private final TreeSet<Long> reversed = new TreeSet<>();
  private long lastSeq;
  private String headHash;
  private Instant lastAt;
  private final List<FundMovement> pendingMovements = new ArrayList<>();
  private final List<FundEvent> pendingEvents = new ArrayList<>();

  private Fund(
      FundId id,
      FundKind kind,
      String name,
      WelfareShare welfareShare,
      String openedBy,
      Instant openedAt,
      long version) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.welfareShare = welfareShare;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.version = version;
  }

  /**
   * Opens a fund with its external account and its pool (and, for a mutual-aid fund, its welfare
   * account with the {@link WelfareShare#XINCHENG_MUTUAL_AID} preset of 70%).
   *
   * @param id the fund
   * @param kind its kind
   * @param name its name (a bounded name, no invisible characters)
   * @param actor who opens it
   * @param at when
   * @return the new fund, version 0, with a {@link FundEvent.FundOpened} pending
   * @throws FundException with {@code FUND_ACTOR_INVALID}; the kernel's text codes for the name
   */
  public static Fund open(FundId id, FundKind kind, String name, String actor, Instant at) {
    Objects.requireNonNull(kind, "kind");
    return open(
        id,
        kind,
        name,
        kind == FundKind.MUTUAL_AID ? WelfareShare.XINCHENG_MUTUAL_AID : new WelfareShare(0),
        actor,
        at);
  }

  /**
   * Opens a mutual-aid fund with its own welfare share of service fees.
   *
   * @param id the fund
   * @param name its name
   * @param share the share of service fees that goes to community welfare
   * @param actor who opens it
   * @param at when
   * @return the new fund, version 0
   * @throws FundException with {@code FUND_ACTOR_INVALID}; the kernel's text codes for the name
   */
  public static Fund openMutualAid(
      FundId id, String name, WelfareShare share, String actor, Instant at) {
    return open(id, FundKind.MUTUAL_AID, name, Objects.requireNonNull(share, "share"), actor, at);
  }

  private static Fund open(
      FundId id, FundKind kind, String name, WelfareShare share, String actor, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
    FundIds.actor(actor);
    String checked = BoundedText.name(name, Wording.of("fund name", "基金名称"), 200);
    Instant t = millis(at);
    Fund f = new Fund(id, kind, checked, share, actor, t, 0);
    f.kinds.put(FundAccountId.EXTERNAL, FundAccountKind.EXTERNAL);
    f.kinds.put(FundAccountId.POOL, FundAccountKind.POOL);
    if (kind == FundKind.MUTUAL_AID) {
      f.kinds.put(FundAccountId.WELFARE, FundAccountKind.WELFARE);
    }
    for (FundAccountId a : f.kinds.keySet()) {
      f.balances.put(a, 0L);
    }
    f.headHash = FundChain.GENESIS;
    f.lastAt = t;
    f.pendingEvents.add(new FundEvent.FundOpened(id, kind, actor, t));
    return f;
  }

  // ---------------------------------------------------------------- commands

  /**
   * Puts capital into the fund from outside (external to pool), such as a guarantee endowment.
   *
   * @param amount the amount, positive
   * @param source who provides it (not {@link Counterparty#NONE})
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_AMOUNT_NOT_POSITIVE}, {@code FUND_COUNTERPARTY_INVALID},
   *     {@code FUND_ACTOR_INVALID}
   */
  public FundMovement endow(Money amount, Counterparty source, String actor, Instant at) {
    checkCommon(amount, actor, at, "endowment", "注资");
    requireCounterparty(source, "an endowment names its source", "注资须写明来源");
    return apply(
            List.of(
                new Move(
                    FundMovementKind.ENDOWMENT,
                    FundAccountId.EXTERNAL,
                    FundAccountId.POOL,
                    amount,
                    source,
                    0)),
            actor,
            at,
            null)
        .get(0);
  }

  /**
   * Records a donation to a community foundation (external to pool).
   *
   * @param amount the amount, positive
   * @param donor the donor: a resident (by hashed identity), an enterprise, an organization, a
   *     government body or {@link Counterparty#ANONYMOUS}
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_KIND_MISMATCH}, {@code FUND_AMOUNT_NOT_POSITIVE}, {@code
   *     FUND_COUNTERPARTY_INVALID}, {@code FUND_ACTOR_INVALID}
   */
  public FundMovement donate(Money amount, Counterparty donor, String actor, Instant at) {
    requireKind(FundKind.COMMUNITY_FOUNDATION, "donate");
    checkCommon(amount, actor, at, "donation", "捐赠");
    Objects.requireNonNull(donor, "donor");
    if (donor.kind() == CounterpartyKind.NONE
        || donor.kind() == CounterpartyKind.PROJECT
        || donor.kind() == CounterpartyKind.MEMBER) {
      throw counterparty(
          "a donor is a resident, an enterprise, an organization, a government body or anonymous",
          "捐赠人须为居民、企业、组织、政府部门或匿名");
    }
    return single(
        FundMovementKind.DONATION,
        FundAccountId.EXTERNAL,
        FundAccountId.POOL,
        amount,
        donor,
        actor,
        at);
  }

  /**
   * Grants money from a community foundation's pool to an organization or a project.
   *
   * @param amount the amount, positive, at most the pool's balance
   * @param recipient an organization or a project
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_GRANT_ABOVE_BALANCE} (nothing changes), {@code
   *     FUND_KIND_MISMATCH}, {@code FUND_AMOUNT_NOT_POSITIVE}, {@code FUND_COUNTERPARTY_INVALID},
   *     {@code FUND_ACTOR_INVALID}
   */
  public FundMovement grant(Money amount, Counterparty recipient, String actor, Instant at) {
    requireKind(FundKind.COMMUNITY_FOUNDATION, "grant");
    checkCommon(amount, actor, at, "grant", "资助");
    Objects.requireNonNull(recipient, "recipient");
    if (recipient.kind() != CounterpartyKind.ORGANIZATION
        && recipient.kind() != CounterpartyKind.PROJECT) {
      throw counterparty("a grant goes to an organization or a project", "资助对象须为组织或项目");
    }
    if (balanceFen(FundAccountId.POOL) < amount.fen()) {
      throw new FundException(FundError.FUND_GRANT_ABOVE_BALANCE, id);
    }
    return single(
        FundMovementKind.GRANT,
        FundAccountId.POOL,
        FundAccountId.EXTERNAL,
        amount,
        recipient,
        actor,
        at);
  }

  /**
   * Pays out of a guarantee fund's pool (such as buying a redemption the time bank guarantees).
   *
   * @param amount the amount, positive, at most the pool's balance
   * @param recipient who receives it (not {@link Counterparty#NONE})
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_BELOW_FLOOR} (nothing changes), {@code
   *     FUND_KIND_MISMATCH}, {@code FUND_AMOUNT_NOT_POSITIVE}, {@code FUND_COUNTERPARTY_INVALID}
   */
  public FundMovement payGuarantee(Money amount, Counterparty recipient, String actor, Instant at) {
    requireKind(FundKind.GUARANTEE, "payGuarantee");
    checkCommon(amount, actor, at, "guarantee payment", "保障金支出");
    requireCounterparty(recipient, "a payment names its recipient", "支出须写明收款方");
    return single(
        FundMovementKind.GUARANTEE_PAYMENT,
        FundAccountId.POOL,
        FundAccountId.EXTERNAL,
        amount,
        recipient,
        actor,
        at);
  }

  /**
   * Registers a member of a mutual-aid fund, opening the member's loan account at zero.
   *
   * @param member the member
   * @param actor who registers them
   * @param at when
   * @throws FundException with {@code FUND_MEMBER_DUPLICATE}, {@code FUND_KIND_MISMATCH}, {@code
   *     FUND_ACTOR_INVALID}
   */
  public void registerMember(MemberId member, String actor, Instant at) {
    requireKind(FundKind.MUTUAL_AID, "registerMember");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    FundIds.actor(actor);
    FundAccountId loan = FundAccountId.loanOf(member);
    if (kinds.containsKey(loan)) {
      throw new FundException(FundError.FUND_MEMBER_DUPLICATE);
    }
    kinds.put(loan, FundAccountKind.MEMBER_LOAN);
    balances.put(loan, 0L);
    pendingEvents.add(new FundEvent.MemberRegistered(id, member, actor, stamp(at)));
  }

  /**
   * Records a member's subscription to a mutual-aid fund (external to pool).
   *
   * @param member a registered member
   * @param amount the amount, positive
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_NOT_A_MEMBER}, {@code FUND_KIND_MISMATCH}, {@code
   *     FUND_AMOUNT_NOT_POSITIVE}, {@code FUND_ACTOR_INVALID}
   */
  public FundMovement subscribe(MemberId member, Money amount, String actor, Instant at) {
    requireKind(FundKind.MUTUAL_AID, "subscribe");
    checkCommon(amount, actor, at, "subscription", "会费");
    requireMember(member, FundError.FUND_NOT_A_MEMBER);
    return single(
        FundMovementKind.SUBSCRIPTION,
        FundAccountId.EXTERNAL,
        FundAccountId.POOL,
        amount,
        Counterparty.member(member),
        actor,
        at);
  }

  /**
   * Lends to a member of a mutual-aid fund (pool to the member's loan account).
   *
   * @param member a registered member
   * @param amount the amount, positive, at most the available pool
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_LOAN_NON_MEMBER} or {@code FUND_LOAN_ABOVE_POOL}
   *     (nothing changes), {@code FUND_KIND_MISMATCH}, {@code FUND_AMOUNT_NOT_POSITIVE}
   */
  public FundMovement lend(MemberId member, Money amount, String actor, Instant at) {
    requireKind(FundKind.MUTUAL_AID, "lend");
    checkCommon(amount, actor, at, "loan", "借款");
    requireMember(member, FundError.FUND_LOAN_NON_MEMBER);
    if (balanceFen(FundAccountId.POOL) < amount.fen()) {
      throw new FundException(FundError.FUND_LOAN_ABOVE_POOL, id);
    }
    return single(
        FundMovementKind.LOAN,
        FundAccountId.POOL,
        FundAccountId.loanOf(member),
        amount,
        Counterparty.member(member),
        actor,
        at);
  }

  /**
   * Records a member's repayment (the member's loan account to pool).
   *
   * @param member a registered member
   * @param amount the amount, positive, at most the outstanding loan
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_REPAYMENT_ABOVE_OUTSTANDING}, {@code FUND_NOT_A_MEMBER},
   *     {@code FUND_KIND_MISMATCH}, {@code FUND_AMOUNT_NOT_POSITIVE}
   */
  public FundMovement repay(MemberId member, Money amount, String actor, Instant at) {
    requireKind(FundKind.MUTUAL_AID, "repay");
    checkCommon(amount, actor, at, "repayment", "还款");
    requireMember(member, FundError.FUND_NOT_A_MEMBER);
    FundAccountId loan = FundAccountId.loanOf(member);
    if (balanceFen(loan) < amount.fen()) {
      throw new FundException(FundError.FUND_REPAYMENT_ABOVE_OUTSTANDING);
    }
    return single(
        FundMovementKind.REPAYMENT,
        loan,
        FundAccountId.POOL,
        amount,
        Counterparty.member(member),
        actor,
        at);
  }

  /**
   * Collects a service fee of a mutual-aid fund and splits it by the fund's {@link WelfareShare}:
   * the welfare share (rounded up to the fen) to the welfare account, the remainder to the pool. A
   * part that comes to zero is not recorded.
   *
   * @param fee the fee, positive
   * @param payer who paid it (not {@link Counterparty#NONE})
   * @param actor who records it
   * @param at when
   * @return the movements: the welfare share, then the pool's remainder; they sum to the fee
   * @throws FundException with {@code FUND_KIND_MISMATCH}, {@code FUND_AMOUNT_NOT_POSITIVE}, {@code
   *     FUND_COUNTERPARTY_INVALID}, {@code FUND_ACTOR_INVALID}
   */
  public List<FundMovement> collectServiceFee(
      Money fee, Counterparty payer, String actor, Instant at) {
    requireKind(FundKind.MUTUAL_AID, "collectServiceFee");
    checkCommon(fee, actor, at, "service fee", "服务费");
    requireCounterparty(payer, "a fee names who paid it", "服务费须写明付款方");
    WelfareShare.Split split = welfareShare.split(fee);
    List<Move> moves = new ArrayList<>(2);
    if (!split.welfare().isZero()) {
      moves.add(
          new Move(
              FundMovementKind.WELFARE_SHARE,
              FundAccountId.EXTERNAL,
              FundAccountId.WELFARE,
              split.welfare(),
              payer,
              0));
    }
    if (!split.pool().isZero()) {
      moves.add(
          new Move(
              FundMovementKind.SERVICE_FEE,
              FundAccountId.EXTERNAL,
              FundAccountId.POOL,
              split.pool(),
              payer,
              0));
    }
    return apply(moves, actor, at, null);
  }

  /**
   * Pays out of a mutual-aid fund's welfare account to community welfare.
   *
   * @param amount the amount, positive, at most the welfare balance
   * @param recipient who receives it (not {@link Counterparty#NONE})
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_WELFARE_ABOVE_BALANCE}, {@code FUND_KIND_MISMATCH},
   *     {@code FUND_AMOUNT_NOT_POSITIVE}, {@code FUND_COUNTERPARTY_INVALID}
   */
  public FundMovement payWelfare(Money amount, Counterparty recipient, String actor, Instant at) {
    requireKind(FundKind.MUTUAL_AID, "payWelfare");
    checkCommon(amount, actor, at, "welfare payment", "公益支出");
    requireCounterparty(recipient, "a payment names its recipient", "支出须写明收款方");
    if (balanceFen(FundAccountId.WELFARE) < amount.fen()) {
      throw new FundException(FundError.FUND_WELFARE_ABOVE_BALANCE, id);
    }
    return single(
        FundMovementKind.WELFARE_PAYMENT,
        FundAccountId.WELFARE,
        FundAccountId.EXTERNAL,
        amount,
        recipient,
        actor,
        at);
  }

  /**
   * Records that an enterprise pledged, claimed or adopted a project, opening the sponsorship's
   * account at zero.
   *
   * @param sponsorship the new record's id
   * @param sponsor the enterprise (or an organization)
   * @param project the project
   * @param how pledged, claimed or adopted
   * @param pledged the amount pledged, positive
   * @param actor who records it
   * @param at when
   * @return the record
   * @throws FundException with {@code FUND_SPONSORSHIP_DUPLICATE}, {@code FUND_KIND_MISMATCH},
   *     {@code FUND_AMOUNT_NOT_POSITIVE}, {@code FUND_COUNTERPARTY_INVALID}
   */
  public Sponsorship recordSponsorship(
      SponsorshipId sponsorship,
      Counterparty sponsor,
      ProjectId project,
      SponsorshipKind how,
      Money pledged,
      String actor,
      Instant at) {
    requireKind(FundKind.COMMUNITY_FOUNDATION, "recordSponsorship");
    Objects.requireNonNull(sponsorship, "sponsorship");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(how, "how");
    checkCommon(pledged, actor, at, "pledge", "认捐金额");
    Objects.requireNonNull(sponsor, "sponsor");
    if (sponsor.kind() != CounterpartyKind.ENTERPRISE
        && sponsor.kind() != CounterpartyKind.ORGANIZATION) {
      throw counterparty("a sponsor is an enterprise or an organization", "认捐方须为企业或组织");
    }
    if (sponsorships.containsKey(sponsorship)) {
      throw new FundException(FundError.FUND_SPONSORSHIP_DUPLICATE, sponsorship);
    }
    Instant t = stamp(at);
    Sponsorship s =
        new Sponsorship(
            sponsorship, sponsor, project, how, pledged, Money.ZERO, Money.ZERO, actor, t);
    FundAccountId account = FundAccountId.of(sponsorship);
    sponsorships.put(sponsorship, s);
    kinds.put(account, FundAccountKind.SPONSORSHIP);
    balances.put(account, 0L);
    pendingEvents.add(new FundEvent.SponsorshipRecorded(id, s, actor, t));
    return s;
  }

  /**
   * Records a sponsor's payment against its pledge (external to the sponsorship's account).
   *
   * @param sponsorship the record
   * @param amount the amount, positive, at most what is outstanding on the pledge
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_SPONSOR_PAYMENT_ABOVE_PLEDGE}, {@code
   *     FUND_SPONSORSHIP_UNKNOWN}, {@code FUND_AMOUNT_NOT_POSITIVE}
   */
  public FundMovement receiveSponsorPayment(
      SponsorshipId sponsorship, Money amount, String actor, Instant at) {
    checkCommon(amount, actor, at, "sponsor payment", "认捐付款");
    Sponsorship s = sponsorship(sponsorship);
    if (s.outstanding().compareTo(amount) < 0) {
      throw new FundException(FundError.FUND_SPONSOR_PAYMENT_ABOVE_PLEDGE, sponsorship);
    }
    return single(
        FundMovementKind.SPONSOR_PAYMENT,
        FundAccountId.EXTERNAL,
        FundAccountId.of(sponsorship),
        amount,
        s.sponsor(),
        actor,
        at);
  }

  /**
   * Passes sponsorship money on to its project (the sponsorship's account to external).
   *
   * @param sponsorship the record
   * @param amount the amount, positive, at most what the sponsorship holds
   * @param actor who records it
   * @param at when
   * @return the movement
   * @throws FundException with {@code FUND_SPONSOR_TRANSFER_ABOVE_RECEIVED}, {@code
   *     FUND_SPONSORSHIP_UNKNOWN}, {@code FUND_AMOUNT_NOT_POSITIVE}
   */
  public FundMovement transferToProject(
      SponsorshipId sponsorship, Money amount, String actor, Instant at) {
    checkCommon(amount, actor, at, "transfer", "拨付");
    Sponsorship s = sponsorship(sponsorship);
    if (s.held().compareTo(amount) < 0) {
      throw new FundException(FundError.FUND_SPONSOR_TRANSFER_ABOVE_RECEIVED, sponsorship);
    }
    return single(
        FundMovementKind.SPONSOR_TRANSFER,
        FundAccountId.of(sponsorship),
        FundAccountId.EXTERNAL,
        amount,
        Counterparty.project(s.project()),
        actor,
        at);
  }

  /**
   * Reverses an earlier movement of this fund, as read from the fund's store: the same amount the
   * other way round, with the same counterparty. A movement is reversed at most once; a reversal is
   * never reversed (record the movement again instead). The reversal obeys the floors: a donation
   * that has been granted on cannot be reversed until the pool holds it again.
   *
   * @param original the movement to reverse
   * @param actor who reverses it
   * @param at when
   * @return the reversal
   * @throws FundException with {@code FUND_REVERSAL_INVALID}, {@code FUND_ALREADY_REVERSED}, {@code
   *     FUND_BELOW_FLOOR}, {@code FUND_ACTOR_INVALID}
   */
  public FundMovement reverse(FundMovement original, String actor, Instant at) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(at, "at");
    FundIds.actor(actor);
    if (!original.fund().equals(id) || original.seq() > lastSeq) {
      throw new FundException(
          FundError.FUND_REVERSAL_INVALID,
          Wording.of("the movement is not in this fund's journal", "该笔收支不在本基金的流水中"));
    }
    if (original.kind() == FundMovementKind.REVERSAL) {
      throw new FundException(
          FundError.FUND_REVERSAL_INVALID, Wording.of("a reversal is not reversed", "冲正记录不能再冲正"));
    }
    if (reversed.contains(original.seq())) {
      throw new FundException(FundError.FUND_ALREADY_REVERSED, original.seq());
    }
    if (!kinds.containsKey(original.debited()) || !kinds.containsKey(original.credited())) {
      throw new FundException(
          FundError.FUND_REVERSAL_INVALID,
          Wording.of("the movement names an account the fund does not have", "该笔收支的账户不属于本基金"));
    }
    return apply(
            List.of(
                new Move(
                    FundMovementKind.REVERSAL,
                    original.credited(),
                    original.debited(),
                    original.amount(),
                    original.counterparty(),
                    original.seq())),
            actor,
            at,
            original)
        .get(0);
  }

  // ---------------------------------------------------------------- reads

  /**
   * Returns the fund's id.
   *
   * @return the id
   */
  public FundId id() {
    return id;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public FundKind kind() {
    return kind;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the welfare share of service fees (zero except for mutual-aid funds).
   *
   * @return the share
   */
  public WelfareShare welfareShare() {
    return welfareShare;
  }

  /**
   * Returns an account's balance.
   *
   * @param account the account
   * @return the balance
   * @throws FundException with {@code FUND_ACCOUNT_UNKNOWN}
   */
  public Money balance(FundAccountId account) {
    Objects.requireNonNull(account, "account");
    if (!kinds.containsKey(account)) {
      throw new FundException(FundError.FUND_ACCOUNT_UNKNOWN);
    }
    return Money.of(balances.get(account));
  }

  /**
   * Returns the pool's balance: what the fund can grant or lend.
   *
   * @return the balance of {@link FundAccountId#POOL}
   */
  public Money pool() {
    return balance(FundAccountId.POOL);
  }

  /**
   * Returns every account with its balance, in the order opened.
   *
   * @return an immutable list
   */
  public List<AccountBalance> accounts() {
    List<AccountBalance> out = new ArrayList<>(kinds.size());
    kinds.forEach((a, k) -> out.add(new AccountBalance(a, k, Money.of(balances.get(a)))));
    return List.copyOf(out);
  }

  /**
   * Returns the registered members of a mutual-aid fund.
   *
   * @return a sorted, unmodifiable set (empty for other kinds)
   */
  public SortedSet<MemberId> members() {
    TreeSet<MemberId> out = new TreeSet<>();
    kinds.forEach(
        (a, k) -> {
          if (k == FundAccountKind.MEMBER_LOAN) {
            out.add(MemberId.of(a.value().substring("loan:".length())));
          }
        });
    return java.util.Collections.unmodifiableSortedSet(out);
  }

  /**
   * Tells whether someone is a registered member.
   *
   * @param member the member
   * @return true if registered
   */
  public boolean isMember(MemberId member) {
    return kinds.get(FundAccountId.loanOf(Objects.requireNonNull(member, "member")))
        == FundAccountKind.MEMBER_LOAN;
  }

  /**
   * Returns a member's outstanding loan.
   *
   * @param member a registered member
   * @return the balance of the member's loan account
   * @throws FundException with {@code FUND_NOT_A_MEMBER}
   */
  public Money outstandingLoan(MemberId member) {
    requireMember(member, FundError.FUND_NOT_A_MEMBER);
    return balance(FundAccountId.loanOf(member));
  }

  /**
   * Returns the sponsor records, in the order recorded.
   *
   * @return an immutable list
   */
  public List<Sponsorship> sponsorships() {
    return List.copyOf(sponsorships.values());
  }

  /**
   * Returns a sponsor record.
   *
   * @param sponsorship the id
   * @return the record
   * @throws FundException with {@code FUND_SPONSORSHIP_UNKNOWN}
   */
  public Sponsorship sponsorship(SponsorshipId sponsorship) {
    Objects.requireNonNull(sponsorship, "sponsorship");
    Sponsorship s = sponsorships.get(sponsorship);
    if (s == null) {
      throw new FundException(FundError.FUND_SPONSORSHIP_UNKNOWN, sponsorship);
    }
    return s;
  }

  /**
   * Returns the sum of all balances, which double entry keeps at zero. Computed with exact
   * arithmetic.
   *
   * @return the sum; zero for every fund that was built through its commands or restored
   */
  public Money reconciliation() {
    Money sum = Money.ZERO;
    for (Long b : balances.values()) {
      sum = sum.plus(Money.of(b));
    }
    return sum;
  }

  /**
   * Tells whether a movement of this fund has been reversed.
   *
   * @param seq its sequence number
   * @return true if reversed
   */
  public boolean isReversed(long seq) {
    return reversed.contains(seq);
  }

  /**
   * Returns the sequence number of the last movement (pending ones included).
   *
   * @return 0 before the first movement
   */
  public long lastSeq() {
    return lastSeq;
  }

  /**
   * Returns the chain hash after the last movement.
   *
   * @return the hash
   */
  public String headHash() {
    return headHash;
  }

  /**
   * Returns the stored version this instance was loaded at (0 for a new fund).
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the movements recorded since this instance was opened or loaded.
   *
   * @return an immutable list, in sequence order
   */
  public List<FundMovement> pendingMovements() {
    return List.copyOf(pendingMovements);
  }

  /**
   * Returns the events recorded since this instance was opened or loaded.
   *
   * @return an immutable list
   */
  public List<FundEvent> pendingEvents() {
    return List.copyOf(pendingEvents);
  }

  /**
   * Returns the fund's state for a store.
   *
   * @return the snapshot at this instance's version
   */
  public FundSnapshot snapshot() {
    return new FundSnapshot(
        id,
        kind,
        name,
        welfareShare,
        accounts(),
        sponsorships(),
        List.copyOf(reversed),
        lastSeq,
        headHash,
        lastAt,
        openedBy,
        openedAt,
        version);
  }

  /**
   * Restores a fund from a snapshot, checking every rule: the accounts every fund of its kind has,
   * one account of each id, kinds that fit the fund, floors (only the external account below zero),
   * balances summing to zero, sponsorship accounts holding what their records say, the chain head,
   * reversed movements inside the journal. Nothing is pending afterwards.
   *
   * @param s the snapshot
   * @return the fund at the snapshot's version
   * @throws FundException with {@code FUND_SNAPSHOT_INVALID} naming the rule
   */
  public static Fund restore(FundSnapshot s) {
    Objects.requireNonNull(s, "s");
    String checkedName;
    try {
      checkedName = BoundedText.name(s.name(), Wording.of("fund name", "基金名称"), 200);
      FundIds.actor(s.openedBy());
    } catch (RuntimeException e) {
      throw broken("the name and the opener are valid", "名称与开户人须有效");
    }
    if (s.version() < 0 || s.lastSeq() < 0) {
      throw broken("versions and sequence numbers are not negative", "版本和序号不能为负");
    }
    if (!FundChain.isHash(s.headHash())
        || (s.lastSeq() == 0) != s.headHash().equals(FundChain.GENESIS)) {
      throw broken("the chain head fits the journal", "链头须与流水相符");
    }
    if (s.lastAt().isBefore(s.openedAt())
        || s.lastAt().getNano() % 1_000_000 != 0
        || s.openedAt().getNano() % 1_000_000 != 0) {
      throw broken(
          "times are whole milliseconds, the last movement not before the opening",
          "时间须为整毫秒，最后一笔收支不早于开户");
    }
    if (s.kind() != FundKind.MUTUAL_AID && s.welfareShare().basisPoints() != 0) {
      throw broken("only a mutual-aid fund has a welfare share", "只有互助金有公益比例");
    }
    Fund f =
        new Fund(
            s.id(),
            s.kind(),
            checkedName,
            s.welfareShare(),
            s.openedBy(),
            s.openedAt(),
            s.version());
    long sum = 0;
    for (AccountBalance a : s.accounts()) {
      if (f.kinds.containsKey(a.id())) {
        throw broken("each account appears once", "每个账户只出现一次");
      }
      if (!fits(s.kind(), a)) {
        throw broken("each account's id and kind fit the fund", "账户编号和类别须与基金相符");
      }
      if (a.balance().isNegative() && !a.kind().mayGoNegative()) {
        throw broken("only the external account is below zero", "只有外部账户可为负");
      }
      f.kinds.put(a.id(), a.kind());
      f.balances.put(a.id(), a.balance().fen());
      try {
        sum = Math.addExact(sum, a.balance().fen());
      } catch (ArithmeticException e) {
        throw broken("the balances sum to zero", "各账户余额之和须为零");
      }
    }
    if (sum != 0) {
      throw broken("the balances sum to zero", "各账户余额之和须为零");
    }
    if (f.kinds.get(FundAccountId.EXTERNAL) != FundAccountKind.EXTERNAL
        || f.kinds.get(FundAccountId.POOL) != FundAccountKind.POOL
        || (s.kind() == FundKind.MUTUAL_AID)
            != (f.kinds.get(FundAccountId.WELFARE) == FundAccountKind.WELFARE)) {
      throw broken("the fund has the accounts of its kind", "基金须有其类别应有的账户");
    }
    int sponsorAccounts = 0;
    for (AccountBalance a : s.accounts()) {
      if (a.kind() == FundAccountKind.SPONSORSHIP) {
        sponsorAccounts++;
      }
    }
    for (Sponsorship sp : s.sponsorships()) {
      if (f.sponsorships.put(sp.id(), sp) != null) {
        throw broken("each sponsorship appears once", "每条认捐记录只出现一次");
      }
      Long held = f.balances.get(FundAccountId.of(sp.id()));
      if (held == null || held != sp.held().fen()) {
        throw broken(
            "a sponsorship's account holds what was paid and not passed on", "认捐账户余额须等于已付未拨付金额");
      }
    }
    if (sponsorAccounts != s.sponsorships().size()) {
      throw broken("each sponsorship account has its record", "每个认捐账户须有认捐记录");
    }
    long previous = 0;
    for (Long r : s.reversed()) {
      if (r == null || r <= previous || r > s.lastSeq()) {
        throw broken("reversed movements are ascending and inside the journal", "已冲正收支须递增且在流水之内");
      }
      f.reversed.add(r);
      previous = r;
    }
    f.lastSeq = s.lastSeq();
    f.headHash = s.headHash();
    f.lastAt = s.lastAt();
    return f;
  }

  private static boolean fits(FundKind kind, AccountBalance a) {
    String v = a.id().value();
    return switch (a.kind()) {
      case EXTERNAL -> a.id().equals(FundAccountId.EXTERNAL);
      case POOL -> a.id().equals(FundAccountId.POOL);
      case WELFARE -> kind == FundKind.MUTUAL_AID && a.id().equals(FundAccountId.WELFARE);
      case MEMBER_LOAN ->
          kind == FundKind.MUTUAL_AID
              && v.startsWith("loan:")
              && FundIds.valid(v.substring("loan:".length()));
      case SPONSORSHIP ->
          kind == FundKind.COMMUNITY_FOUNDATION
              && v.startsWith("sponsorship:")
              && FundIds.valid(v.substring("sponsorship:".length()));
    };
  }

  @Override
  public String toString() {
    return "Fund[" + id + " " + kind + " v" + version + " seq " + lastSeq + "]";
  }

  // ---------------------------------------------------------------- internals

  private record Move(
      FundMovementKind kind,
      FundAccountId debited,
      FundAccountId credited,
      Money amount,
      Counterparty counterparty,
      long reverses) {}

  private FundMovement single(
      FundMovementKind kind,
      FundAccountId debited,
      FundAccountId credited,
      Money amount,
      Counterparty counterparty,
      String actor,
      Instant at) {
    return apply(
            List.of(new Move(kind, debited, credited, amount, counterparty, 0)), actor, at, null)
        .get(0);
  }

  /** Checks every move against the floors on scratch balances, then applies them all. */
  private List<FundMovement> apply(
      List<Move> moves, String actor, Instant at, FundMovement reversedOriginal) {
    Map<FundAccountId, Long> scratch = new HashMap<>();
    for (Move m : moves) {
      long debit = scratch.getOrDefault(m.debited(), balanceFen(m.debited()));
      long credit = scratch.getOrDefault(m.credited(), balanceFen(m.credited()));
      long newDebit = Money.of(debit).minus(m.amount()).fen();
      long newCredit = Money.of(credit).plus(m.amount()).fen();
      if (newDebit < 0 && !kinds.get(m.debited()).mayGoNegative()) {
        throw new FundException(FundError.FUND_BELOW_FLOOR, kinds.get(m.debited()));
      }
      scratch.put(m.debited(), newDebit);
      scratch.put(m.credited(), newCredit);
    }
    // sponsorship figures move with their account: check them before changing anything
    Map<SponsorshipId, Sponsorship> sponsorChanges = new HashMap<>();
    for (Move m : moves) {
      FundMovementKind effective =
          m.kind() == FundMovementKind.REVERSAL ? reversedOriginal.kind() : m.kind();
      int sign = m.kind() == FundMovementKind.REVERSAL ? -1 : 1;
      if (effective == FundMovementKind.SPONSOR_PAYMENT
          || effective == FundMovementKind.SPONSOR_TRANSFER) {
        FundAccountId account =
            effective == FundMovementKind.SPONSOR_PAYMENT
                ? (sign > 0 ? m.credited() : m.debited())
                : (sign > 0 ? m.debited() : m.credited());
        SponsorshipId sid = SponsorshipId.of(account.value().substring("sponsorship:".length()));
        Sponsorship s = sponsorChanges.getOrDefault(sid, sponsorships.get(sid));
        Money delta = sign > 0 ? m.amount() : m.amount().negated();
        Sponsorship changed;
        try {
          changed =
              effective == FundMovementKind.SPONSOR_PAYMENT
                  ? s.withPaid(s.paid().plus(delta))
                  : s.withTransferred(s.transferred().plus(delta));
        } catch (FundException e) {
          throw new FundException(FundError.FUND_BELOW_FLOOR, FundAccountKind.SPONSORSHIP);
        }
        sponsorChanges.put(sid, changed);
      }
    }
    Instant t = stamp(at);
    List<FundMovement> out = new ArrayList<>(moves.size());
    long seq = lastSeq;
    String hash = headHash;
    for (Move m : moves) {
      seq++;
      hash =
          FundChain.hash(
              hash,
              id,
              seq,
              m.kind(),
              m.debited(),
              m.credited(),
              m.amount(),
              m.counterparty(),
              actor,
              t,
              m.reverses());
      out.add(
          new FundMovement(
              id,
              seq,
              m.kind(),
              m.debited(),
              m.credited(),
              m.amount(),
              m.counterparty(),
              actor,
              t,
              m.reverses(),
              hash));
    }
    // commit: nothing below can fail
    balances.putAll(scratch);
    sponsorships.putAll(sponsorChanges);
    if (reversedOriginal != null) {
      reversed.add(reversedOriginal.seq());
    }
    lastSeq = seq;
    headHash = hash;
    lastAt = t;
    pendingMovements.addAll(out);
    for (FundMovement m : out) {
      pendingEvents.add(new FundEvent.MovementRecorded(m));
    }
    return List.copyOf(out);
  }

  private long balanceFen(FundAccountId account) {
    Long b = balances.get(account);
    if (b == null) {
      throw new FundException(FundError.FUND_ACCOUNT_UNKNOWN);
    }
    return b;
  }

  private Instant stamp(Instant at) {
    Instant t = millis(at);
    return t.isBefore(lastAt) ? lastAt : t;
  }

  private static Instant millis(Instant at) {
    return Instant.ofEpochMilli(Objects.requireNonNull(at, "at").toEpochMilli());
  }

  private void checkCommon(Money amount, String actor, Instant at, String english, String chinese) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(at, "at");
    FundIds.actor(actor);
    if (amount.fen() <= 0) {
      throw new FundException(FundError.FUND_AMOUNT_NOT_POSITIVE, Wording.of(english, chinese));
    }
  }

  private void requireKind(FundKind required, String operation) {
    if (kind != required) {
      throw new FundException(FundError.FUND_KIND_MISMATCH, operation, kind);
    }
  }

  private void requireMember(MemberId member, FundError code) {
    Objects.requireNonNull(member, "member");
    if (!isMember(member)) {
      throw new FundException(code);
    }
  }

  private static void requireCounterparty(Counterparty c, String english, String chinese) {
    Objects.requireNonNull(c, "counterparty");
    if (c.kind() == CounterpartyKind.NONE) {
      throw counterparty(english, chinese);
    }
  }

  private static FundException counterparty(String english, String chinese) {
    return new FundException(FundError.FUND_COUNTERPARTY_INVALID, Wording.of(english, chinese));
  }

  private static FundException broken(String english, String chinese) {
    return new FundException(FundError.FUND_SNAPSHOT_INVALID, Wording.of(english, chinese));
  }
}
