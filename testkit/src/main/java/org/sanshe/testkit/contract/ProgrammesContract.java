package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.ACTOR;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.AT;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.CALL;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.CLOSES;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.programme;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.withCall;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.Programmes;

/**
 * The contract of the {@link Programmes} port. Extend it with a fresh, empty store per test and a
 * way to reopen a store over the same data; every test here must pass.
 *
 * <p>What it holds a store to: a programme reads back equal (eligibility, calls with covered needs
 * and early closing), also after a reopen; versions are optimistic ({@code
 * PROGRAMME_VERSION_CONFLICT}, nothing changed), a taken id is {@code PROGRAMME_DUPLICATE}, an
 * unknown one {@code PROGRAMME_NOT_FOUND}; events go to the outbox with the save, none for a
 * refused one; {@code ofYear} lists by id.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ProgrammesContract {

  /** Creates the contract. */
  protected ProgrammesContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Programmes newStore();

  /**
   * Returns another instance over the same stored data.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same one for a store that lives only in memory)
   */
  protected abstract Programmes reopen(Programmes store);

  /**
   * Returns a new, empty store writing to a new, empty outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<Programmes> newStoreWithOutbox();

  private static void assertCode(Runnable r, RegistryError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void a_programme_reads_back_equal_also_after_a_reopen() {
    Programmes store = newStore();
    Programme p = withCall("prg-1").closeCall(CALL, CLOSES.minusDays(3), ACTOR, AT);
    store.add(p);
    Programme read = store.find(p.id()).orElseThrow();
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.snapshot()).isEqualTo(p.snapshot().withVersion(1));
    assertThat(read.pendingEvents()).isEmpty();
    assertThat(reopen(store).find(p.id()).orElseThrow().snapshot()).isEqualTo(read.snapshot());
    assertThat(store.find(ProgrammeId.of("none"))).isEmpty();
  }

  @Test
  void versions_are_optimistic_and_a_refused_write_changes_nothing() {
    Programmes store = newStore();
    store.add(programme("prg-1", 2026, 500_000));
    Programme v1 = store.find(ProgrammeId.of("prg-1")).orElseThrow();
    Programme changed = withCall("prg-1");
    store.update(open(v1, "c-1"));
    assertCode(() -> store.update(open(v1, "c-2")), RegistryError.PROGRAMME_VERSION_CONFLICT);
    assertCode(() -> store.update(v1), RegistryError.PROGRAMME_VERSION_CONFLICT);
    assertCode(() -> store.add(changed), RegistryError.PROGRAMME_DUPLICATE);
    assertCode(() -> store.update(programme("prg-9", 2026, 1)), RegistryError.PROGRAMME_NOT_FOUND);
    Programme v2 = reopen(store).find(ProgrammeId.of("prg-1")).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.calls()).extracting(c -> c.id().value()).containsExactly("c-1");
  }

  private static Programme open(Programme p, String call) {
    return p.openCall(
        org.sanshe.core.registry.programme.CallId.of(call),
        "第一批",
        ProgrammeContractFixture.OPENS,
        CLOSES,
        List.of(),
        ProgrammeContractFixture.guidance(),
        ACTOR,
        AT);
  }

  @Test
  void programmes_are_listed_by_year_in_id_order() {
    Programmes store = newStore();
    store.add(programme("prg-b", 2026, 1));
    store.add(programme("prg-a", 2026, 2));
    store.add(programme("prg-c", 2027, 3));
    assertThat(store.ofYear(2026))
        .extracting(p -> p.id().value())
        .containsExactly("prg-a", "prg-b");
    assertThat(store.ofYear(2025)).isEmpty();
  }

  @Test
  void a_save_writes_its_events_and_a_refused_one_writes_none() {
    WithOutbox<Programmes> w = newStoreWithOutbox();
    w.store().add(withCall("prg-1"));
    Programme v1 = w.store().find(ProgrammeId.of("prg-1")).orElseThrow();
    w.store().update(v1.closeCall(CALL, CLOSES, ACTOR, AT));
    assertCode(
        () -> w.store().update(v1.closeCall(CALL, CLOSES, ACTOR, AT)),
        RegistryError.PROGRAMME_VERSION_CONFLICT);
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(e -> e.eventType() + "@" + e.aggregateVersion())
        .containsExactly("ProgrammeLaunched@1", "CallOpened@1", "CallClosed@2");
  }
}
