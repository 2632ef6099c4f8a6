package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.Consultations;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.consultation.Status;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.memory.InMemoryMatters;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.testkit.MutableClock;

/**
 * The contract of the {@link Consultations} port. Extend it with a fresh, empty store per test and
 * a way to open a second instance over the same data (as a second server or a restarted process
 * would); every test here must pass.
 *
 * <p>What it holds a store to: a consultation reads back with an equal snapshot through its whole
 * lifecycle (rules with their required parties and publicity period to the nanosecond, status
 * history with notes, participants in joining order, minutes, decisions with their votes, decisions
 * superseded by upheld objections, objections of every outcome, the optional matter) at version 1
 * after an add and one more after each update; a stale write is refused with {@code
 * AFFAIRS_VERSION_CONFLICT} and changes nothing, also from a spent instance; every read hands out a
 * fresh instance; unknown and taken ids are refused by code; {@link Consultations#all()} and {@link
 * Consultations#page(ConsultationId, int)} list by id; two writers on two instances updating one
 * consultation at once give one success and one conflict; and desks over separate instances
 * recording minutes at once lose none.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ConsultationsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00.123456789Z");

  /** An integrator-defined form (a courtyard talk, 院落议事). */
  private static final ConsultationForm COURTYARD = ConsultationForm.of("courtyard-talk");

  private static final ConsultationRules RULES =
      ConsultationRules.forForms(
          Map.of(
              ConsultationForm.COUNCIL,
              EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT, Party.PROPERTY_COMPANY),
              ConsultationForm.ONLINE,
              EnumSet.of(Party.RESIDENT),
              COURTYARD,
              EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.OWNERS_COMMITTEE),
              ConsultationForm.of("Street_Forum-2"),
              EnumSet.of(Party.SOCIAL_ORGANIZATION)),
          Duration.ofDays(7).plusNanos(3));

  /** Creates the contract. */
  protected ConsultationsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Consultations newConsultations();

  /**
   * Returns another instance over the same stored data, as a second server or a restarted process
   * would open it.
   *
   * @param consultations a store from {@link #newConsultations()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Consultations sameData(Consultations consultations);

  private static Consultation proposed(String id, MatterId matter) {
    return Consultation.propose(
        ConsultationId.of(id), ConsultationForm.COUNCIL, "绿地改建停车位", matter, RULES, T0);
  }

  private static AffairsError code(Throwable e) {
    return (AffairsError) ((AffairsException) e).errorCode();
  }

  /** Stores, reads back through a second instance, and checks the snapshot. */
  private static Consultation roundTrip(Consultations store, Consultations other, Consultation c) {
    if (c.version() == 0) {
      store.add(c);
    } else {
      store.update(c);
    }
    Consultation found = other.find(c.id()).orElseThrow();
    assertThat(found.snapshot()).isEqualTo(c.snapshot().withVersion(c.version() + 1));
    assertThat(found.pendingEvents()).isEmpty();
    return found;
  }

  @Test
  void a_consultation_reads_back_equal_through_its_whole_lifecycle() {
    Consultations store = newConsultations();
    Consultations other = sameData(store);
    Instant t = T0;
    Consultation c = roundTrip(store, other, proposed("k-1", MatterId.of("m-1")));
    c.accept(t = t.plusSeconds(1));
    c.publish(t = t.plusSeconds(1));
    c.join(Participant.of("rc-1", Party.RESIDENTS_COMMITTEE), t = t.plusSeconds(1));
    c.join(Participant.of("r-1", Party.RESIDENT), t);
    c = roundTrip(store, other, c);
    c.join(Participant.of("pm-1", Party.PROPERTY_COMPANY), t = t.plusSeconds(1));
    c.startDeliberation(t = t.plusSeconds(1));
    c.recordMinutes("rc-1", "业主代表同意改建 20 个车位\n附：平面图", t = t.plusSeconds(1));
    c.decide("改建 20 个车位", List.of(VoteId.of("v-1"), VoteId.of("v-2")), t = t.plusSeconds(1));
    c = roundTrip(store, other, c);
    c.publicize(t = t.plusSeconds(1));
    c.object("占用儿童活动场地", t = t.plusSeconds(1));
    c.object("噪音", t = t.plusSeconds(1));
    c.object("施工时间", t = t.plusSeconds(1));
    c.ruleOnObjection(2, false, "施工限时", t = t.plusSeconds(1));
    c = roundTrip(store, other, c);
    c.ruleOnObjection(1, true, "另选场地", t = t.plusSeconds(1));
    c = roundTrip(store, other, c);
    assertThat(c.status()).isEqualTo(Status.DELIBERATING);
    assertThat(c.supersededDecisions()).hasSize(1);
    c.decide("改建 12 个车位，保留活动场地", List.of(), t = t.plusSeconds(1));
    c.publicize(t = t.plusSeconds(1));
    t = c.publicityEnds().orElseThrow();
    c.startImplementing(t);
    c.review("车位已划线，消防通道畅通", t = t.plus(Duration.ofDays(30)));
    c = roundTrip(store, other, c);
    assertThat(c.version()).isEqualTo(6);
    assertThat(c.statusChanges()).hasSize(10);

    Consultation rejected = proposed("k-2", null);
    rejected.reject("不属于公共事务", T0.plusSeconds(1));
    Consultation back = roundTrip(store, other, rejected);
    assertThat(back.matter()).isEmpty();
    assertThat(back.statusChanges().get(0).note()).isEqualTo("不属于公共事务");
    assertThat(store.find(ConsultationId.of("none"))).isEmpty();
  }

  @Test
  void a_consultation_in_an_integrator_defined_form_reads_back_with_its_rules() {
    Consultations store = newConsultations();
    Consultations other = sameData(store);
    Instant t = T0;
    Consultation c =
        Consultation.propose(ConsultationId.of("k-open"), COURTYARD, "楼道堆物整治", null, RULES, t);
    c = roundTrip(store, other, c);
    assertThat(c.form()).isEqualTo(COURTYARD);
    assertThat(c.snapshot().rules().required(COURTYARD))
        .containsExactlyInAnyOrder(Party.RESIDENTS_COMMITTEE, Party.OWNERS_COMMITTEE);
    assertThat(c.snapshot().rules().required(ConsultationForm.of("Street_Forum-2")))
        .containsExactly(Party.SOCIAL_ORGANIZATION);
    assertThat(c.snapshot().rules().required(ConsultationForm.DIALOGUE)).isEmpty();
    c.accept(t = t.plusSeconds(1));
    c.publish(t = t.plusSeconds(1));
    c.join(Participant.of("rc-1", Party.RESIDENTS_COMMITTEE), t = t.plusSeconds(1));
    c = roundTrip(store, other, c);
    c.join(Participant.of("oc-1", Party.OWNERS_COMMITTEE), t = t.plusSeconds(1));
    c.startDeliberation(t = t.plusSeconds(1));
    c = roundTrip(store, other, c);
    assertThat(c.status()).isEqualTo(Status.DELIBERATING);
    // a preset form with the standard rules still reads back as before
    Consultation preset =
        Consultation.propose(
            ConsultationId.of("k-std"),
            ConsultationForm.HEARING,
            "加装电梯",
            null,
            ConsultationRules.standard(),
            T0);
    assertThat(roundTrip(store, other, preset).form()).isSameAs(ConsultationForm.HEARING);
  }

  @Test
  void a_stale_update_is_refused_and_changes_nothing() {
    Consultations store = newConsultations();
    store.add(proposed("k-1", null));
    Consultation first = store.find(ConsultationId.of("k-1")).orElseThrow();
    Consultation second = sameData(store).find(ConsultationId.of("k-1")).orElseThrow();
    first.accept(T0.plusSeconds(1));
    store.update(first);
    second.reject("重复提案", T0.plusSeconds(2));
    assertThatThrownBy(() -> sameData(store).update(second))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThatThrownBy(() -> store.update(first))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    Consultation stored = store.find(ConsultationId.of("k-1")).orElseThrow();
    assertThat(stored.snapshot()).isEqualTo(first.snapshot().withVersion(2));
  }

  @Test
  void every_read_hands_out_a_fresh_instance_and_unknown_or_taken_ids_are_refused() {
    Consultations store = newConsultations();
    Consultation c = proposed("k-1", null);
    store.add(c);
    Consultation a = store.find(ConsultationId.of("k-1")).orElseThrow();
    Consultation b = store.all().get(0);
    assertThat(a).isNotSameAs(b);
    a.accept(T0.plusSeconds(1));
    assertThat(b.status()).isEqualTo(Status.PROPOSED);
    assertThatThrownBy(() -> sameData(store).add(proposed("k-1", null)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
    assertThatThrownBy(() -> store.update(proposed("k-9", null)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.CONSULTATION_UNKNOWN));
    assertThat(store.find(ConsultationId.of("k-9"))).isEmpty();
    assertThat(store.find(ConsultationId.of("k-1")).orElseThrow().snapshot())
        .isEqualTo(c.snapshot().withVersion(1));
  }

  @Test
  void consultations_are_listed_by_id() {
    Consultations store = newConsultations();
    List<String> ids = List.of("k-3", "a-1", "k-10", "B-2");
    ids.forEach(id -> store.add(proposed(id, null)));
    assertThat(sameData(store).all())
        .extracting(c -> c.id().value())
        .containsExactly("B-2", "a-1", "k-10", "k-3");
    assertThat(store.page(null, 3))
        .extracting(c -> c.id().value())
        .containsExactly("B-2", "a-1", "k-10");
    assertThat(store.page(ConsultationId.of("k-10"), 3))
        .extracting(c -> c.id().value())
        .containsExactly("k-3");
    assertThat(store.page(ConsultationId.of("k-3"), 3)).isEmpty();
    assertThatThrownBy(() -> store.page(null, 10_001)).hasMessageStartingWith("[ARGUMENT_INVALID]");
  }

  @Test
  void two_writers_updating_one_consultation_at_once_give_one_success_and_one_conflict() {
    Consultations store = newConsultations();
    for (int round = 0; round < 5; round++) {
      String id = "race-" + round;
      store.add(proposed(id, null));
      Consultations one = sameData(store);
      Consultations two = sameData(store);
      Consultation a = one.find(ConsultationId.of(id)).orElseThrow();
      Consultation b = two.find(ConsultationId.of(id)).orElseThrow();
      a.accept(T0.plusSeconds(1));
      b.withdraw("提案人撤回", T0.plusSeconds(2));
      List<Writers.Outcome> outcomes =
          Writers.race(
              List.<Callable<?>>of(
                  () -> {
                    one.update(a);
                    return null;
                  },
                  () -> {
                    two.update(b);
                    return null;
                  }));
      assertThat(outcomes).filteredOn(Writers.Outcome::succeeded).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> !o.succeeded())
          .allSatisfy(o -> assertThat(Writers.code(o)).isEqualTo("AFFAIRS_VERSION_CONFLICT"));
      Consultation stored = store.find(ConsultationId.of(id)).orElseThrow();
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.status())
          .isEqualTo(outcomes.get(0).succeeded() ? Status.ACCEPTED : Status.WITHDRAWN);
    }
  }

  @Test
  void desks_over_separate_instances_recording_minutes_at_once_lose_none() {
    Consultations store = newConsultations();
    InMemoryMatters matters = new InMemoryMatters();
    MutableClock clock = MutableClock.at(T0, ZoneOffset.UTC);
    ConsultationDesk first =
        ConsultationDesk.builder(sameData(store), matters)
            .rules(RULES)
            .clock(clock)
            .ids(IdSource.sequential("k"))
            .build();
    ConsultationId id = first.propose(ConsultationForm.ONLINE, "楼道堆物整治", null).consultation();
    first.accept(id);
    first.publish(id);
    first.join(id, Participant.of("r-1", Party.RESIDENT));
    first.startDeliberation(id);
    int servers = 3;
    int each = 4;
    List<Callable<?>> work = new ArrayList<>();
    for (int s = 0; s < servers; s++) {
      ConsultationDesk desk =
          ConsultationDesk.builder(sameData(store), matters)
              .rules(RULES)
              .clock(clock)
              .ids(IdSource.sequential("x"))
              .build();
      int server = s;
      work.add(
          () -> {
            for (int i = 0; i < each; i++) {
              desk.recordMinutes(id, "r-1", "服务器 " + server + " 第 " + i + " 条");
            }
            return null;
          });
    }
    assertThat(Writers.race(work)).allMatch(Writers.Outcome::succeeded);
    Consultation stored = store.find(id).orElseThrow();
    assertThat(stored.minutes()).hasSize(servers * each);
    assertThat(stored.version()).isEqualTo(5 + servers * each);
    // a caller who saw an older version is refused at once
    assertThatThrownBy(() -> first.recordMinutes(id, "r-1", "迟到的纪要", 5))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThat(store.find(id).orElseThrow().minutes()).hasSize(servers * each);
    first.recordMinutes(id, "r-1", "最新版本上的纪要", stored.version());
    assertThat(store.find(id).orElseThrow().minutes()).hasSize(servers * each + 1);
  }

  @Test
  void who_acted_reads_back_with_the_proposal_and_every_status_change() {
    Consultations consultations = newConsultations();
    ActorId worker = ActorId.of("grid-worker-12");
    ActorId secretary = ActorId.of("secretary-3");
    Consultation c =
        Consultation.propose(
            ConsultationId.of("k-actors"),
            ConsultationForm.ONLINE,
            "楼道堆物整治",
            null,
            RULES,
            worker,
            T0);
    c.by(secretary).accept(T0.plusSeconds(1));
    consultations.add(c);
    Consultation found = sameData(consultations).find(ConsultationId.of("k-actors")).orElseThrow();
    found.by(ActorId.resident(new org.sanshe.core.identifier.HashedIdentity("a".repeat(64))));
    found.publish(T0.plusSeconds(2));
    consultations.update(found);
    Consultation back = sameData(consultations).find(ConsultationId.of("k-actors")).orElseThrow();
    assertThat(back.proposedBy()).isEqualTo(worker);
    assertThat(back.proposed().actor()).isEqualTo(worker);
    assertThat(back.statusChanges())
        .extracting(e -> e.actor().value())
        .containsExactly("secretary-3", "r:" + "a".repeat(64));
    assertThat(back.snapshot().withVersion(0)).isEqualTo(found.snapshot().withVersion(0));
  }
}
