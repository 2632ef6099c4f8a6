package org.sanshe.core.registry.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.programme.ProgrammeFixture.ACTOR;
import static org.sanshe.core.registry.programme.ProgrammeFixture.AT;
import static org.sanshe.core.registry.programme.ProgrammeFixture.CALL;
import static org.sanshe.core.registry.programme.ProgrammeFixture.CLOSES;
import static org.sanshe.core.registry.programme.ProgrammeFixture.OPENS;
import static org.sanshe.core.registry.programme.ProgrammeFixture.guidance;
import static org.sanshe.core.registry.programme.ProgrammeFixture.launched;
import static org.sanshe.core.registry.programme.ProgrammeFixture.withCall;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.ProgrammeEvent.CallClosed;
import org.sanshe.core.registry.programme.ProgrammeEvent.CallOpened;
import org.sanshe.core.registry.programme.ProgrammeEvent.ProgrammeLaunched;
import org.sanshe.core.registry.project.NeedId;

class ProgrammeTest {

  private static void assertCode(Runnable r, RegistryError code) {
    assertThatThrownBy(r::run)
        .isInstanceOf(RegistryException.class)
        .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(code));
  }

  @Test
  void a_programme_opens_a_call_covering_needs_of_the_guidance_list() {
    Programme p = withCall();
    assertThat(p.version()).isZero();
    assertThat(p.pendingEvents())
        .hasExactlyElementsOfTypes(ProgrammeLaunched.class, CallOpened.class);
    assertThat(p.pendingEvents()).allSatisfy(e -> assertThat(e.actor()).isEqualTo(ACTOR));
    Call call = p.call(CALL).orElseThrow();
    assertThat(call.covers()).containsExactly(new NeedId("n1"), new NeedId("n2"));
    assertThat(guidance().coveredBy(call))
        .extracting(g -> g.need().id().value())
        .containsExactly("n1", "n2");
    assertThat(call.isOpenOn(OPENS)).isTrue();
    assertThat(call.isOpenOn(CLOSES)).isTrue();
    assertThat(call.isOpenOn(OPENS.minusDays(1))).isFalse();
    assertThat(call.isOpenOn(CLOSES.plusDays(1))).isFalse();
  }

  @Test
  void a_call_cannot_cover_a_need_outside_the_guidance_list_or_already_met() {
    Programme p = launched();
    assertCode(
        () ->
            p.openCall(CALL, "x", OPENS, CLOSES, List.of(new NeedId("n9")), guidance(), ACTOR, AT),
        RegistryError.PROGRAMME_NEED_NOT_GUIDED);
    GuidanceList met = guidance().meet(new NeedId("n1"), "officer", java.time.Instant.EPOCH);
    assertCode(
        () -> p.openCall(CALL, "x", OPENS, CLOSES, List.of(new NeedId("n1")), met, ACTOR, AT),
        RegistryError.PROGRAMME_NEED_NOT_GUIDED);
    GuidanceList funded = guidance().fund(new NeedId("n1"), "officer", java.time.Instant.EPOCH);
    assertThat(
            p.openCall(CALL, "x", OPENS, CLOSES, List.of(new NeedId("n1")), funded, ACTOR, AT)
                .calls())
        .hasSize(1);
  }

  @Test
  void calls_are_unique_dated_and_closed_once() {
    Programme p = withCall();
    assertCode(
        () -> p.openCall(CALL, "again", OPENS, CLOSES, List.of(), guidance(), ACTOR, AT),
        RegistryError.PROGRAMME_CALL_DUPLICATE);
    assertCode(
        () -> p.openCall(CallId.of("c2"), "x", CLOSES, OPENS, List.of(), guidance(), ACTOR, AT),
        RegistryError.PROGRAMME_SETTING_INVALID);
    Programme closed = p.closeCall(CALL, OPENS.plusDays(10), ACTOR, AT);
    assertThat(closed.pendingEvents().get(2)).isInstanceOf(CallClosed.class);
    Call c = closed.call(CALL).orElseThrow();
    assertThat(c.isOpenOn(OPENS.plusDays(9))).isTrue();
    assertThat(c.isOpenOn(OPENS.plusDays(10))).isFalse();
    assertCode(() -> closed.closeCall(CALL, OPENS, ACTOR, AT), RegistryError.PROGRAMME_CALL_CLOSED);
    assertCode(
        () -> p.closeCall(CallId.of("nope"), OPENS, ACTOR, AT),
        RegistryError.PROGRAMME_CALL_UNKNOWN);
  }

  @Test
  void bad_settings_are_refused_with_their_codes() {
    Eligibility e = Eligibility.open();
    assertCode(
        () ->
            Programme.launch(
                ProgrammeId.of("p"),
                "n",
                "s",
                1999,
                ProgrammeKind.OTHER,
                Money.ofYuan(1),
                e,
                ACTOR,
                AT),
        RegistryError.PROGRAMME_SETTING_INVALID);
    assertCode(
        () ->
            Programme.launch(
                ProgrammeId.of("p"), "n", "s", 2026, ProgrammeKind.OTHER, Money.ZERO, e, ACTOR, AT),
        RegistryError.BUDGET_AMOUNT_NOT_POSITIVE);
    assertCode(
        () ->
            Programme.launch(
                ProgrammeId.of("p"),
                " ",
                "s",
                2026,
                ProgrammeKind.OTHER,
                Money.ofYuan(1),
                e,
                ACTOR,
                AT),
        RegistryError.PROGRAMME_SETTING_INVALID);
    assertCode(
        () ->
            Programme.launch(
                ProgrammeId.of("p"),
                "n",
                "s",
                2026,
                ProgrammeKind.OTHER,
                Money.ofYuan(1),
                e,
                "bad actor",
                AT),
        RegistryError.ORGANIZATION_ID_INVALID);
    assertCode(() -> ProgrammeId.of(" "), RegistryError.ORGANIZATION_ID_INVALID);
  }

  @Test
  void a_snapshot_restores_the_same_programme_and_a_broken_one_is_refused() {
    Programme p = withCall().closeCall(CALL, CLOSES, ACTOR, AT);
    Programme back = Programme.restore(p.snapshot());
    assertThat(back).isEqualTo(p);
    assertThat(back.pendingEvents()).isEmpty();
    ProgrammeSnapshot s = p.snapshot();
    ProgrammeSnapshot twice =
        new ProgrammeSnapshot(
            s.id(),
            3,
            s.name(),
            s.sponsor(),
            s.year(),
            s.kind(),
            s.budget(),
            s.eligibility(),
            List.of(s.calls().get(0), s.calls().get(0)));
    assertCode(() -> Programme.restore(twice), RegistryError.PROGRAMME_CALL_DUPLICATE);
    ProgrammeSnapshot noKind =
        new ProgrammeSnapshot(
            s.id(),
            3,
            s.name(),
            s.sponsor(),
            s.year(),
            null,
            s.budget(),
            s.eligibility(),
            s.calls());
    assertCode(() -> Programme.restore(noKind), RegistryError.REGISTRY_FIELD_MISSING);
    ProgrammeSnapshot negative =
        new ProgrammeSnapshot(
            s.id(),
            3,
            s.name(),
            s.sponsor(),
            s.year(),
            s.kind(),
            Money.of(-1),
            s.eligibility(),
            s.calls());
    assertCode(() -> Programme.restore(negative), RegistryError.BUDGET_AMOUNT_NOT_POSITIVE);
  }

  @Test
  void eligibility_copies_its_domains() {
    Eligibility e =
        new Eligibility(
            new java.util.HashSet<>(Set.of(ServiceDomain.YOUTH)), Optional.empty(), false);
    assertThat(e.domains()).containsExactly(ServiceDomain.YOUTH);
    assertThatThrownBy(() -> e.domains().add(ServiceDomain.HEALTH))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
