package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.worker.CommunityWorker;
import org.sanshe.core.registry.worker.CommunityWorkerPost;
import org.sanshe.core.registry.worker.CommunityWorkers;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link CommunityWorkers} port. Extend it with a fresh, empty store per test
 * and a way to reopen a store over the same data; every test here must pass.
 *
 * <p>What it holds a store to: a saved worker reads back equal (the link to a certified record and
 * the leaving date included), also after a reopen; versions are optimistic (a stale write, or a new
 * worker under a taken id, fails with {@code WORKER_VERSION_CONFLICT} and changes nothing); the
 * list of a community is ordered by id and holds those who left.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class CommunityWorkersContract {

  private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

  private final MutableClock clock = DistrictFixture.clock();

  /** Creates the contract. */
  protected CommunityWorkersContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract CommunityWorkers newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract CommunityWorkers reopen(CommunityWorkers store);

  private CommunityWorker worker(String id) {
    return CommunityWorker.appoint(
        new SocialWorkerId(id),
        "王小红",
        DistrictFixture.COMMUNITY,
        CommunityWorkerPost.GRID_WORKER,
        SINCE,
        clock);
  }

  @Test
  void a_saved_worker_reads_back_equal_after_a_reopen() {
    CommunityWorkers store = newStore();
    CommunityWorker saved = store.save(worker("cw-1"));
    CommunityWorker changed =
        store.save(
            saved
                .certify(new SocialWorkerId("sw-1"), clock)
                .leave(LocalDate.of(2026, 1, 1), clock));
    CommunityWorker read = reopen(store).find(saved.id()).orElseThrow();
    assertThat(read).isEqualTo(changed);
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.events()).isEmpty();
    assertThat(read.certifiedAs()).contains(new SocialWorkerId("sw-1"));
  }

  @Test
  void a_stale_write_or_a_taken_id_is_refused_and_changes_nothing() {
    CommunityWorkers store = newStore();
    CommunityWorker saved = store.save(worker("cw-1"));
    store.save(saved.certify(new SocialWorkerId("sw-1"), clock));
    assertThatThrownBy(() -> store.save(saved.leave(LocalDate.of(2026, 1, 1), clock)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.WORKER_VERSION_CONFLICT));
    assertThatThrownBy(() -> store.save(worker("cw-1")))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.WORKER_VERSION_CONFLICT));
    CommunityWorker read = reopen(store).find(saved.id()).orElseThrow();
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.servesOn(LocalDate.of(2026, 6, 1))).isTrue();
  }

  @Test
  void a_community_lists_its_workers_by_id_those_who_left_included() {
    CommunityWorkers store = newStore();
    store.save(worker("cw-3"));
    CommunityWorker left = store.save(worker("cw-1"));
    store.save(left.leave(LocalDate.of(2025, 1, 1), clock));
    store.save(worker("cw-2"));
    assertThat(reopen(store).inCommunity(DistrictFixture.COMMUNITY))
        .extracting(w -> w.id().value())
        .containsExactly("cw-1", "cw-2", "cw-3");
    assertThat(store.inCommunity(DistrictFixture.NEIGHBOUR_COMMUNITY)).isEmpty();
  }
}
