package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.GuidanceList;
import org.sanshe.core.registry.programme.GuidanceLists;
import org.sanshe.core.registry.programme.GuidanceScreen;
import org.sanshe.core.registry.programme.NeedStatus;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedChannel;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link GuidanceLists} port. Extend it with a fresh, empty store per test and
 * a way to reopen a store over the same data (a second server); every test here must pass.
 *
 * <p>What it holds a store to: a list reads back equal (every need with its channel, category,
 * community, date, description and status), also after a reopen; versions are optimistic ({@code
 * GUIDANCE_VERSION_CONFLICT}, nothing changed), a district's second list for a year is {@code
 * GUIDANCE_DUPLICATE}, an unknown one {@code GUIDANCE_NOT_FOUND}; events go to the outbox with the
 * save, none for a refused one; eight writers on two store instances each mark their own need
 * funded (retrying on conflicts) and none is lost.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class GuidanceListsContract {

  private static final Instant AT = DistrictFixture.START;
  private static final DivisionCode DISTRICT = DistrictFixture.DISTRICT;

  /** Creates the contract. */
  protected GuidanceListsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract GuidanceLists newStore();

  /**
   * Returns another instance over the same stored data.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same one for a store that lives only in memory)
   */
  protected abstract GuidanceLists reopen(GuidanceLists store);

  /**
   * Returns a new, empty store writing to a new, empty outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<GuidanceLists> newStoreWithOutbox();

  private static List<Need> needs(int count) {
    List<Need> out = new ArrayList<>();
    List<ServiceDomain> domains = ServiceDomain.presets();
    NeedChannel[] channels = NeedChannel.values();
    for (int i = 1; i <= count; i++) {
      out.add(
          new Need(
              new NeedId(String.format("n-%02d", i)),
              channels[i % channels.length],
              domains.get(i % domains.size()),
              i % 2 == 0 ? DistrictFixture.COMMUNITY : DistrictFixture.FAR_COMMUNITY,
              LocalDate.of(2025, 11, i),
              "需求 " + i + "：老人助餐、\"代购\"\n第二行"));
    }
    return out;
  }

  private static GuidanceList screened(int year, int count) {
    return GuidanceList.screen(
        DISTRICT, year, needs(count), GuidanceScreen.defaults(), "screener", AT);
  }

  private static void assertCode(Runnable r, RegistryError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void a_list_reads_back_equal_also_after_a_reopen() {
    GuidanceLists store = newStore();
    GuidanceList g =
        screened(2026, 6)
            .fund(new NeedId("n-02"), "officer", AT)
            .meet(new NeedId("n-03"), "officer", AT);
    store.add(g);
    GuidanceList read = store.find(DISTRICT, 2026).orElseThrow();
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.snapshot()).isEqualTo(g.snapshot().withVersion(1));
    assertThat(read.pendingEvents()).isEmpty();
    assertThat(reopen(store).find(DISTRICT, 2026).orElseThrow().snapshot())
        .isEqualTo(read.snapshot());
    assertThat(store.find(DISTRICT, 2027)).isEmpty();
    assertThat(store.find(DistrictFixture.STREET, 2026)).isEmpty();
    store.add(screened(2025, 1));
    assertThat(store.years(DISTRICT)).containsExactly(2025, 2026);
    assertThat(store.years(DistrictFixture.STREET)).isEmpty();
    GuidanceList empty = GuidanceList.of(DISTRICT, 2024, List.of());
    store.add(empty);
    assertThat(store.find(DISTRICT, 2024).orElseThrow().entries()).isEmpty();
  }

  @Test
  void versions_are_optimistic_and_a_refused_write_changes_nothing() {
    GuidanceLists store = newStore();
    store.add(screened(2026, 3));
    GuidanceList v1 = store.find(DISTRICT, 2026).orElseThrow();
    store.update(v1.fund(new NeedId("n-01"), "officer", AT));
    assertCode(
        () -> store.update(v1.meet(new NeedId("n-02"), "officer", AT)),
        RegistryError.GUIDANCE_VERSION_CONFLICT);
    assertCode(() -> store.update(v1), RegistryError.GUIDANCE_VERSION_CONFLICT);
    assertCode(() -> store.add(screened(2026, 1)), RegistryError.GUIDANCE_DUPLICATE);
    assertCode(() -> store.update(screened(2030, 1)), RegistryError.GUIDANCE_NOT_FOUND);
    GuidanceList v2 = reopen(store).find(DISTRICT, 2026).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.countByStatus())
        .containsEntry(NeedStatus.FUNDED, 1L)
        .containsEntry(NeedStatus.ACCEPTED, 2L)
        .doesNotContainKey(NeedStatus.MET);
  }

  @Test
  void a_save_writes_its_events_and_a_refused_one_writes_none() {
    WithOutbox<GuidanceLists> w = newStoreWithOutbox();
    w.store().add(screened(2026, 3));
    GuidanceList v1 = w.store().find(DISTRICT, 2026).orElseThrow();
    w.store()
        .update(v1.fund(new NeedId("n-01"), "officer", AT).meet(new NeedId("n-01"), "officer", AT));
    assertCode(
        () -> w.store().update(v1.fund(new NeedId("n-02"), "officer", AT)),
        RegistryError.GUIDANCE_VERSION_CONFLICT);
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(e -> e.eventType() + "@" + e.aggregateVersion())
        .containsExactly("GuidanceListScreened@1", "NeedFunded@2", "NeedMet@2");
    assertThat(entries).extracting(OutboxEntry::aggregateId).containsOnly(DISTRICT + "-2026");
  }

  @Test
  void eight_writers_on_two_instances_lose_no_need() {
    GuidanceLists first = newStore();
    first.add(screened(2026, 8));
    GuidanceLists second = reopen(first);
    List<Callable<?>> tasks = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      GuidanceLists store = i % 2 == 0 ? first : second;
      NeedId need = new NeedId(String.format("n-%02d", i));
      tasks.add(
          () -> {
            for (int attempt = 0; attempt < 200; attempt++) {
              GuidanceList read = store.find(DISTRICT, 2026).orElseThrow();
              try {
                store.update(read.fund(need, "officer", AT));
                return null;
              } catch (RegistryException e) {
                if (e.errorCode() != RegistryError.GUIDANCE_VERSION_CONFLICT) {
                  throw e;
                }
                Thread.onSpinWait();
              }
            }
            throw new AssertionError("no turn in 200 attempts");
          });
    }
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    assertThat(outcomes).extracting(Writers::code).containsOnly("none");
    GuidanceList end = first.find(DISTRICT, 2026).orElseThrow();
    assertThat(end.version()).isEqualTo(9);
    assertThat(end.countByStatus())
        .containsExactlyEntriesOf(java.util.Map.of(NeedStatus.FUNDED, 8L));
  }
}
