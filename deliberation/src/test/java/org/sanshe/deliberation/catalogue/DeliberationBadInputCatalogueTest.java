package org.sanshe.deliberation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.catalogue.Hostile.MEGA_DIGITS;
import static org.sanshe.core.catalogue.Hostile.MEGA_NAME;
import static org.sanshe.core.catalogue.Hostile.PHONE;
import static org.sanshe.core.catalogue.Hostile.RESIDENT_ID;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanshe.core.catalogue.Hostile;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.DepartmentCatalogue;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.HandlerDirectory;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterDesk;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TimeLimits;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.contest.ContestRules;
import org.sanshe.deliberation.contest.ProposalContest;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.deliberation.memory.InMemoryConsultations;
import org.sanshe.deliberation.memory.InMemoryEscalationCases;
import org.sanshe.deliberation.memory.InMemoryMatters;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/**
 * The deliberation module's bad-input catalogue for affairs, escalation, consultation, votes and
 * contests: each hostile input is refused with a coded error, a short message without the input, no
 * change to the stores, within a time limit.
 */
class DeliberationBadInputCatalogueTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");

  static final List<String> AREAS =
      List.of(
          MEGA_DIGITS,
          "1e100000000",
          "89.35e2",
          "٣",
          "９８.５",
          "89.12345",
          "-1",
          "NaN",
          "89,35",
          RESIDENT_ID,
          PHONE + "0000000000",
          "8\u202E9",
          "");

  static final List<String> PLACES =
      List.of(
          MEGA_NAME,
          RESIDENT_ID,
          "320114001001/" + PHONE + "-" + PHONE + "-" + PHONE,
          "320114001001/g1/b1/x",
          "٣٢٠١١٤٠٠١٠٠١",
          "320114001001/g\u202E1",
          "320114/g1",
          "320114001001/",
          "");

  static final List<String> IDS =
      List.of(MEGA_NAME, "m\u202E1", "\u200B", "m 1", "", "m\u20661\u2069", "\u3164", "m\u00001");

  static List<Hostile> catalogue() {
    List<Hostile> all = new ArrayList<>();
    for (String a : AREAS) {
      all.add(Hostile.of("FloorArea.parse " + label(a), a, () -> FloorArea.parse(a)));
    }
    for (String p : PLACES) {
      all.add(Hostile.of("Place.parse " + label(p), p, () -> Place.parse(p)));
    }
    for (String id : IDS) {
      all.add(Hostile.of("MatterId " + label(id), id, () -> MatterId.of(id)));
      all.add(Hostile.of("VoterId " + label(id), id, () -> VoterId.of(id)));
      all.add(Hostile.of("CaseId " + label(id), id, () -> CaseId.of(id)));
    }
    all.add(
        Hostile.of(
            "a voting window of a megabyte", MEGA_NAME, () -> VotingWindow.parse(MEGA_NAME)));
    all.add(
        Hostile.of(
            "a voting window of a resident ID and a phone",
            RESIDENT_ID + "/" + PHONE,
            () -> VotingWindow.parse(RESIDENT_ID + "/" + PHONE)));
    all.add(
        Hostile.of(
            "a voting window closing before it opens",
            null,
            () -> VotingWindow.parse("2026-03-02T00:00:00Z/2026-03-01T00:00:00Z")));
    all.add(Hostile.of("a category of a megabyte", MEGA_NAME, () -> MatterCategory.of(MEGA_NAME)));
    all.add(Hostile.of("a category that is a phone number", PHONE, () -> MatterCategory.of(PHONE)));
    all.add(
        Hostile.of(
            "a reporter named in bidi controls", null, () -> Reporter.of("\u202E\u202C", null)));
    all.add(
        Hostile.of(
            "a reporter's name of a megabyte", MEGA_NAME, () -> Reporter.of(MEGA_NAME, null)));
    all.add(
        Hostile.of(
            "a reporter's phone of zero-width spaces",
            null,
            () -> Reporter.of("王", "\u200B\u200B")));
    all.add(
        Hostile.of(
            "a grid place with a bidi override", null, () -> Place.of(COMMUNITY, "g\u202E1")));

    all.add(
        Hostile.of(
            "an escalation deadline of Long.MAX_VALUE seconds",
            null,
            () ->
                EscalationDeadlines.standard()
                    .with(Level.VOLUNTEER, Duration.ofSeconds(Long.MAX_VALUE))));
    all.add(
        Hostile.of(
            "an escalation deadline of zero",
            null,
            () -> EscalationDeadlines.standard().with(Level.VOLUNTEER, Duration.ZERO)));
    all.add(
        Hostile.of(
            "a publicity period of Long.MAX_VALUE seconds",
            null,
            () -> ConsultationRules.standard().publicizedFor(Duration.ofSeconds(Long.MAX_VALUE))));
    all.add(
        Hostile.of(
            "a negative publicity period",
            null,
            () -> ConsultationRules.standard().publicizedFor(Duration.ofDays(-7))));

    InMemoryMatters matters = new InMemoryMatters();
    Intake intake = new Intake(matters, CLOCK, IdSource.sequential("matter"));
    MatterId recorded =
        intake.record(ActorId.of("clerk-1"), report("路灯不亮", NOW.minusSeconds(3600))).matter();
    Supplier<Object> matterState = () -> matters.all().toString();
    all.add(
        Hostile.of(
            "a matter reported in the year 3000",
            null,
            () ->
                intake.record(
                    ActorId.of("clerk-1"), report("路灯不亮", Instant.parse("3000-01-01T00:00:00Z"))),
            matterState));
    all.add(
        Hostile.of(
            "a matter reported at Instant.MIN",
            null,
            () -> intake.record(ActorId.of("clerk-1"), report("路灯不亮", Instant.MIN)),
            matterState));
    all.add(
        Hostile.of(
            "a matter summarized in a megabyte",
            MEGA_NAME,
            () -> intake.record(ActorId.of("clerk-1"), report(MEGA_NAME, NOW)),
            matterState));
    all.add(
        Hostile.of(
            "a matter summarized in invisible characters",
            null,
            () -> intake.record(ActorId.of("clerk-1"), report("\u200B\u2060\uFEFF", NOW)),
            matterState));

    MatterDesk desk =
        MatterDesk.builder()
            .matters(matters)
            .handlers(
                HandlerDirectory.of(
                    code -> code.isWithin(COMMUNITY.parent().orElseThrow()),
                    id -> false,
                    DepartmentCatalogue.illustrative()))
            .limits(TimeLimits.illustrative())
            .confirmationWindow(Duration.ofDays(7))
            .clock(CLOCK)
            .build();
    HashedIdentity reporter = new HashedIdentity("e".repeat(64));
    Matter settled =
        Matter.record(
            MatterId.of("settled-1"),
            MatterReport.builder()
                .channel(Channel.APP)
                .category("parking")
                .place(Place.of(COMMUNITY))
                .summary("占道停车")
                .reportedAt(NOW.minusSeconds(7200))
                .resident(reporter)
                .build(),
            ActorId.of("clerk-1"),
            NOW.minusSeconds(7200));
    settled.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "转部门", NOW.minusSeconds(7100));
    settled.dispatch(
        ActorId.of("clerk-1"),
        Handler.department("enforcement"),
        NOW.plusSeconds(86_400),
        NOW.minusSeconds(7000));
    settled.start(ActorId.of("clerk-1"), NOW.minusSeconds(6900));
    settled.resolve(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "已处理", NOW.minusSeconds(6800));
    matters.add(settled);
    Supplier<Object> lifecycleState =
        () -> matters.all().stream().map(Matter::snapshot).toList().toString();
    intake.triage(recorded, ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "转部门");
    all.add(
        Hostile.of(
            "a dispatch to an unknown handler",
            null,
            () -> desk.dispatch(recorded, ActorId.of("clerk-1"), Handler.department("tax-office")),
            lifecycleState));
    all.add(
        Hostile.of(
            "closing an unresolved matter",
            null,
            () -> desk.confirm(recorded, reporter),
            lifecycleState));
    all.add(
        Hostile.of(
            "a feedback from someone other than the reporter",
            null,
            () -> desk.feedback(settled.id(), new HashedIdentity("f".repeat(64)), false, "不满意"),
            lifecycleState));

    InMemoryEscalationCases cases = new InMemoryEscalationCases();
    EscalationDesk ladder =
        EscalationDesk.builder(cases, matters)
            .deadlines(EscalationDeadlines.standard())
            .clock(CLOCK)
            .ids(IdSource.sequential("case"))
            .build();
    ladder.open(recorded, Level.VOLUNTEER);
    Supplier<Object> caseState =
        () ->
            cases.toString()
                + cases.open().stream()
                    .map(c -> c.level() + " " + c.deadline() + " " + c.trail())
                    .toList();
    all.add(
        Hostile.of(
            "a case for a matter that does not exist",
            null,
            () -> ladder.open(MatterId.of("no-such-matter"), Level.VOLUNTEER),
            caseState));
    all.add(
        Hostile.of(
            "escalating at Instant.MAX",
            null,
            () -> ladder.escalateOverdue(Instant.MAX),
            caseState));
    all.add(
        Hostile.of(
            "escalating in the year 3000",
            null,
            () -> ladder.escalateOverdue(Instant.parse("3000-01-01T00:00:00Z")),
            caseState));
    all.add(
        Hostile.of(
            "escalating at Instant.MIN",
            null,
            () -> ladder.escalateOverdue(Instant.MIN),
            caseState));
    all.add(
        Hostile.of(
            "handing up for a reason of a megabyte",
            MEGA_NAME,
            () -> ladder.handUp(cases.open().get(0).id(), MEGA_NAME),
            caseState));
    all.add(
        Hostile.of(
            "closing with a note of bidi controls",
            null,
            () -> ladder.close(cases.open().get(0).id(), "\u202E\u202C"),
            caseState));

    InMemoryConsultations consultations = new InMemoryConsultations();
    ConsultationDesk councils =
        ConsultationDesk.builder(consultations, matters)
            .rules(ConsultationRules.standard())
            .clock(CLOCK)
            .ids(IdSource.sequential("council"))
            .build();
    Supplier<Object> councilState = () -> consultations.all().toString();
    all.add(
        Hostile.of(
            "a consultation on a matter that does not exist",
            null,
            () -> councils.propose(ConsultationForm.COUNCIL, "停车", MatterId.of("no-such-matter")),
            councilState));
    all.add(
        Hostile.of(
            "a consultation topic of bidi controls",
            null,
            () -> councils.propose(ConsultationForm.COUNCIL, "\u2067\u2069", recorded),
            councilState));
    all.add(
        Hostile.of(
            "a consultation topic of a megabyte",
            MEGA_NAME,
            () -> councils.propose(ConsultationForm.COUNCIL, MEGA_NAME, recorded),
            councilState));

    all.add(
        Hostile.of(
            "a contest titled in a megabyte",
            MEGA_NAME,
            () ->
                ProposalContest.create(
                    org.sanshe.deliberation.contest.ContestId.of("c"),
                    MEGA_NAME,
                    ContestRules.standard(),
                    java.time.Instant.EPOCH)));
    all.add(
        Hostile.of(
            "a contest titled in zero-width spaces",
            null,
            () ->
                ProposalContest.create(
                    org.sanshe.deliberation.contest.ContestId.of("c"),
                    "\u200B",
                    ContestRules.standard(),
                    java.time.Instant.EPOCH)));
    all.add(
        Hostile.of(
            "a judges' share above one", null, () -> ContestRules.of(Fraction.of(3, 2), 100)));
    all.add(
        Hostile.of("a highest score of zero", null, () -> ContestRules.of(Fraction.ONE_HALF, 0)));
    all.add(
        Hostile.of(
            "a consultation aggregate proposed at Instant.MAX",
            null,
            () ->
                org.sanshe.deliberation.consultation.Consultation.propose(
                    org.sanshe.deliberation.consultation.ConsultationId.of("c-max"),
                    ConsultationForm.COUNCIL,
                    "停车",
                    recorded,
                    ConsultationRules.standard(),
                    Instant.MAX)));
    all.add(
        Hostile.of(
            "an escalation case opened at Instant.MAX",
            null,
            () ->
                org.sanshe.deliberation.escalation.EscalationCase.open(
                    CaseId.of("c-max"),
                    recorded,
                    Level.VOLUNTEER,
                    EscalationDeadlines.standard(),
                    Instant.MAX)));
    return all;
  }

  private static MatterReport report(String summary, Instant at) {
    return new MatterReport(
        Channel.GRID,
        MatterCategory.of("lighting"),
        Place.of(COMMUNITY),
        Reporter.anonymous(),
        Urgency.ROUTINE,
        summary,
        at);
  }

  private static String label(String input) {
    return input.length() > 20 ? input.length() + " characters" : "'" + input + "'";
  }

  @TestFactory
  Stream<DynamicTest> every_hostile_input_is_refused_cleanly() {
    return catalogue().stream().map(h -> DynamicTest.dynamicTest(h.name(), h::check));
  }

  @Test
  void the_catalogue_tries_at_least_fifty_inputs() {
    assertThat(catalogue()).hasSizeGreaterThanOrEqualTo(50);
  }
}
