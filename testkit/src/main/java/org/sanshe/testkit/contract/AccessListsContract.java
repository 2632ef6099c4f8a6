package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.AccessList;
import org.sanshe.core.registry.access.AccessLists;
import org.sanshe.core.registry.access.RecordedAccessList;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link AccessLists} port. Extend it with a fresh, empty store per test over
 * the given clock, a way to reopen a store over the same data, and a store writing to an outbox;
 * every test here must pass.
 *
 * <p>What it holds a store to: a published list (every entry: task, title, department, legal basis,
 * funding) reads back equal with its version, publisher and time after a reopen; a revision
 * replaces it; a stale version, an issuer below the county or a bad actor is refused with its code
 * and changes nothing; two store instances publishing from the same version store exactly one; a
 * publication writes one event and a refused one none.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class AccessListsContract {

  private static final DivisionCode DISTRICT = DistrictFixture.DISTRICT;

  /** The clock the stores stamp publications with. */
  protected final MutableClock clock = DistrictFixture.clock();

  /** Creates the contract. */
  protected AccessListsContract() {}

  /**
   * Returns a new, empty store for one test, stamping publications with {@link #clock}.
   *
   * @return the store
   */
  protected abstract AccessLists newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process (or a second server)
   * would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract AccessLists reopen(AccessLists store);

  /**
   * Returns a new, empty store writing its events to an outbox, with that outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<AccessLists> newStoreWithOutbox();

  private static AccessList list(int tasks) {
    List<AccessEntry> entries = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      entries.add(
          new AccessEntry(
              TaskCode.of("T-" + i),
              "事项" + i,
              i % 2 == 0 ? "区民政局" : "区卫健委",
              "《社区工作事项准入清单》第" + (i + 1) + "项",
              Money.of(i * 150_00L)));
    }
    return AccessList.of(entries);
  }

  private static void assertCode(Runnable command, RegistryError code) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void a_published_list_and_its_revision_read_back_equal_after_a_reopen() {
    AccessLists store = newStore();
    RecordedAccessList first = store.publish(DISTRICT, list(12), 0, "officer-1");
    assertThat(reopen(store).find(DISTRICT)).contains(first);
    clock.advance(java.time.Duration.ofDays(30));
    RecordedAccessList revised = store.publish(DISTRICT, list(9), 1, "officer-2");
    RecordedAccessList read = reopen(store).find(DISTRICT).orElseThrow();
    assertThat(read).isEqualTo(revised);
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.publishedBy()).isEqualTo("officer-2");
    assertThat(read.publishedAt()).isEqualTo(clock.instant());
    assertThat(read.list().entries()).isEqualTo(list(9).entries());
    assertThat(
            reopen(store)
                .find(DistrictFixture.STREET.parent().orElseThrow().parent().orElseThrow()))
        .isEmpty();
  }

  @Test
  void refusals_have_their_codes_and_change_nothing() {
    AccessLists store = newStore();
    RecordedAccessList first = store.publish(DISTRICT, list(3), 0, "officer-1");
    assertCode(
        () -> store.publish(DISTRICT, list(4), 0, "officer-1"),
        RegistryError.ACCESS_LIST_VERSION_CONFLICT);
    assertCode(
        () -> store.publish(DISTRICT, list(4), 2, "officer-1"),
        RegistryError.ACCESS_LIST_VERSION_CONFLICT);
    assertCode(
        () -> store.publish(DISTRICT, list(4), 1, "two words"),
        RegistryError.ORGANIZATION_ID_INVALID);
    assertCode(
        () -> store.publish(DistrictFixture.STREET, list(4), 0, "officer-1"),
        RegistryError.ACCESS_ISSUER_INVALID);
    AccessLists read = reopen(store);
    assertThat(read.find(DISTRICT)).contains(first);
    assertThat(read.find(DistrictFixture.STREET)).isEmpty();
  }

  @Test
  void two_store_instances_publishing_from_the_same_version_store_exactly_one() {
    AccessLists first = newStore();
    AccessLists second = reopen(first);
    first.publish(DISTRICT, list(2), 0, "officer-1");
    List<Callable<?>> tasks = new ArrayList<>();
    tasks.add(() -> first.publish(DISTRICT, list(5), 1, "w1"));
    tasks.add(() -> second.publish(DISTRICT, list(7), 1, "w2"));
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    assertThat(outcomes.stream().filter(Writers.Outcome::succeeded)).hasSize(1);
    assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Writers::code))
        .containsExactly(RegistryError.ACCESS_LIST_VERSION_CONFLICT.code());
    RecordedAccessList read = reopen(first).find(DISTRICT).orElseThrow();
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.list().size()).isEqualTo(read.publishedBy().equals("w1") ? 5 : 7);
  }

  @Test
  void a_publication_writes_one_event_and_a_refused_one_none() {
    WithOutbox<AccessLists> w = newStoreWithOutbox();
    w.store().publish(DISTRICT, list(3), 0, "officer-1");
    assertCode(
        () -> w.store().publish(DISTRICT, list(3), 0, "officer-1"),
        RegistryError.ACCESS_LIST_VERSION_CONFLICT);
    w.store().publish(DISTRICT, list(4), 1, "officer-2");
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(
            e ->
                e.aggregateType()
                    + ":"
                    + e.aggregateId()
                    + ":"
                    + e.eventType()
                    + "@"
                    + e.aggregateVersion())
        .containsExactlyInAnyOrder(
            "access-list:" + DISTRICT.value() + ":AccessListPublished@1",
            "access-list:" + DISTRICT.value() + ":AccessListPublished@2");
  }
}
