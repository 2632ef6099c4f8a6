package org.sanshe.jackson.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundEvent;
import org.sanshe.core.fund.FundSnapshot;
import org.sanshe.core.registry.programme.ApplicationEvent;
import org.sanshe.core.registry.programme.BudgetEvent;
import org.sanshe.core.registry.programme.BudgetSnapshot;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.GuidanceEvent;
import org.sanshe.core.registry.programme.ProgrammeBudget;
import org.sanshe.core.registry.programme.ProgrammeEvent;
import org.sanshe.core.registry.review.ExpertRosterEvent;
import org.sanshe.jackson.internal.Values;

/**
 * The JSON of issue 18's events and of the aggregates of money not covered by {@link
 * PublicMoneyJson}, registered by {@link SansheCoreModule}.
 *
 * <ul>
 *   <li>Every event carries a {@code type}: a fund's {@code FUND_OPENED}, {@code
 *       MEMBER_REGISTERED}, {@code SPONSORSHIP_RECORDED}, {@code MOVEMENT_RECORDED}; a budget's
 *       {@code BUDGET_OPENED}, {@code BUDGET_MOVED}; an application's {@code
 *       APPLICATION_SUBMITTED}, {@code APPLICATION_DECIDED}; a programme's {@code
 *       PROGRAMME_LAUNCHED}, {@code CALL_OPENED}, {@code CALL_CLOSED}; a guidance list's {@code
 *       GUIDANCE_LIST_SCREENED}, {@code NEED_FUNDED}, {@code NEED_MET}; an expert roster's {@code
 *       ROSTER_OPENED}, {@code EXPERT_ENROLLED}, {@code TIES_DECLARED}, {@code PANEL_DRAWN}, {@code
 *       EXPERT_SEATED}. A recorded movement's fund, actor and time are its movement's and are not
 *       written twice.
 *   <li>An eligibility decision is {@code "type":"ELIGIBLE"} or {@code "INELIGIBLE"} (with the rule
 *       that failed), and its verdict {@code eligible}, written and ignored on reading.
 *   <li>A {@link Fund} and a {@link ProgrammeBudget} are written as their snapshots and read back
 *       through {@code restore}, so JSON that breaks a rule (double entry, the hash chain, a budget
 *       above its ceiling) fails with the rule's code.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class MoneyEventsJson {

  private MoneyEventsJson() {}

  static void register(SimpleModule module) {
    module.setMixInAnnotation(FundEvent.class, FundEventMixIn.class);
    module.setMixInAnnotation(BudgetEvent.class, BudgetEventMixIn.class);
    module.setMixInAnnotation(ApplicationEvent.class, ApplicationEventMixIn.class);
    module.setMixInAnnotation(ProgrammeEvent.class, ProgrammeEventMixIn.class);
    module.setMixInAnnotation(GuidanceEvent.class, GuidanceEventMixIn.class);
    module.setMixInAnnotation(ExpertRosterEvent.class, ExpertRosterEventMixIn.class);
    module.setMixInAnnotation(Eligibility.Decision.class, DecisionMixIn.class);
    Values.snapshot(module, Fund.class, FundSnapshot.class, Fund::snapshot, Fund::restore);
    Values.snapshot(
        module,
        ProgrammeBudget.class,
        BudgetSnapshot.class,
        ProgrammeBudget::snapshot,
        ProgrammeBudget::restore);
  }

  /** A fund's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = FundEvent.FundOpened.class, name = "FUND_OPENED"),
    @JsonSubTypes.Type(value = FundEvent.MemberRegistered.class, name = "MEMBER_REGISTERED"),
    @JsonSubTypes.Type(value = FundEvent.SponsorshipRecorded.class, name = "SPONSORSHIP_RECORDED"),
    @JsonSubTypes.Type(value = FundEvent.MovementRecorded.class, name = "MOVEMENT_RECORDED")
  })
  private interface FundEventMixIn {}

  /** A programme budget's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = BudgetEvent.BudgetOpened.class, name = "BUDGET_OPENED"),
    @JsonSubTypes.Type(value = BudgetEvent.BudgetMoved.class, name = "BUDGET_MOVED")
  })
  private interface BudgetEventMixIn {}

  /** An application's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(
        value = ApplicationEvent.ApplicationSubmitted.class,
        name = "APPLICATION_SUBMITTED"),
    @JsonSubTypes.Type(
        value = ApplicationEvent.ApplicationDecided.class,
        name = "APPLICATION_DECIDED")
  })
  private interface ApplicationEventMixIn {}

  /** A programme's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ProgrammeEvent.ProgrammeLaunched.class, name = "PROGRAMME_LAUNCHED"),
    @JsonSubTypes.Type(value = ProgrammeEvent.CallOpened.class, name = "CALL_OPENED"),
    @JsonSubTypes.Type(value = ProgrammeEvent.CallClosed.class, name = "CALL_CLOSED")
  })
  private interface ProgrammeEventMixIn {}

  /** A guidance list's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(
        value = GuidanceEvent.GuidanceListScreened.class,
        name = "GUIDANCE_LIST_SCREENED"),
    @JsonSubTypes.Type(value = GuidanceEvent.NeedFunded.class, name = "NEED_FUNDED"),
    @JsonSubTypes.Type(value = GuidanceEvent.NeedMet.class, name = "NEED_MET")
  })
  private interface GuidanceEventMixIn {}

  /** An expert roster's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ExpertRosterEvent.RosterOpened.class, name = "ROSTER_OPENED"),
    @JsonSubTypes.Type(value = ExpertRosterEvent.ExpertEnrolled.class, name = "EXPERT_ENROLLED"),
    @JsonSubTypes.Type(value = ExpertRosterEvent.TiesDeclared.class, name = "TIES_DECLARED"),
    @JsonSubTypes.Type(value = ExpertRosterEvent.PanelDrawn.class, name = "PANEL_DRAWN"),
    @JsonSubTypes.Type(value = ExpertRosterEvent.ExpertSeated.class, name = "EXPERT_SEATED")
  })
  private interface ExpertRosterEventMixIn {}

  /** An eligibility decision, with its verdict {@code eligible} (written, ignored on reading). */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Eligibility.Eligible.class, name = "ELIGIBLE"),
    @JsonSubTypes.Type(value = Eligibility.Ineligible.class, name = "INELIGIBLE")
  })
  @JsonIgnoreProperties(value = "eligible", allowGetters = true)
  private interface DecisionMixIn {
    @JsonProperty("eligible")
    boolean eligible();
  }
}
