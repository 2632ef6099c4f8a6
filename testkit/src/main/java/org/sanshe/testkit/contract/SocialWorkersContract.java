package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.QualificationLevel;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.core.registry.worker.SocialWorkers;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link SocialWorkers} port. Extend it with a fresh, empty store per test and
 * a way to reopen a store over the same data; every test here must pass.
 *
 * <p>What it holds a store to: a saved worker reads back equal by id and certificate, also after a
 * reopen; versions are optimistic (a stale write, or a new worker under a taken id, fails with
 * {@code WORKER_VERSION_CONFLICT} and changes nothing); a certificate number is held by one worker
 * at a time; the lists by employer and by community are ordered by id.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class SocialWorkersContract {

  private static final OrganizationId ORG = OrganizationId.of("org-1");
  private static final OrganizationId OTHER_ORG = OrganizationId.of("org-2");

  private final MutableClock clock = DistrictFixture.clock();

  /** Creates the contract. */
  protected SocialWorkersContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract SocialWorkers newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract SocialWorkers reopen(SocialWorkers store);

  /**
   * Returns a new, empty store that writes its events to a new, empty outbox.
   *
   * @return the store and the outbox
   */
  protected abstract WithOutbox<SocialWorkers> newStoreWithOutbox();

  @Test
  void a_save_writes_its_events_with_the_new_version_and_a_refused_one_writes_none() {
    WithOutbox<SocialWorkers> w = newStoreWithOutbox();
    SocialWorker v1 = w.store().save(worker("w-1", "ZG2019001"));
    SocialWorker v2 = w.store().save(v1.employ(ORG, clock).employ(OTHER_ORG, clock));
    assertThatThrownBy(() -> w.store().save(v1.employ(ORG, clock)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> w.store().save(worker("w-2", "ZG2019001")))
        .satisfies(e -> assertCode(e, RegistryError.WORKER_CERTIFICATE_DUPLICATE));
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(OutboxEntry::eventId)
        .containsExactly("social-worker:w-1:1:0", "social-worker:w-1:2:0", "social-worker:w-1:2:1");
    assertThat(entries)
        .extracting(OutboxEntry::eventType)
        .containsExactly("WorkerRecorded", "WorkerEmployerChanged", "WorkerEmployerChanged");
    assertThat(entries.get(2).aggregateVersion()).isEqualTo(v2.version());
  }

  private SocialWorker worker(String id, String certificate) {
    return SocialWorker.record(
        new SocialWorkerId(id),
        "社工" + id,
        QualificationLevel.INTERMEDIATE,
        new CertificateNumber(certificate),
        clock);
  }

  private static void assertCode(Throwable e, RegistryError code) {
    assertThat(e).isInstanceOf(RegistryException.class);
    assertThat(((RegistryException) e).errorCode()).isEqualTo(code);
  }

  @Test
  void a_saved_worker_reads_back_equal_by_id_and_certificate_after_a_reopen() {
    SocialWorkers store = newStore();
    SocialWorker saved =
        store.save(
            worker("w-1", "ZG2019001")
                .employ(ORG, clock)
                .assign(
                    List.of(DistrictFixture.NEIGHBOUR_COMMUNITY, DistrictFixture.COMMUNITY),
                    true,
                    clock));
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.events()).isEmpty();
    SocialWorkers again = reopen(store);
    assertThat(again.find(saved.id())).contains(saved);
    assertThat(again.findByCertificate(new CertificateNumber("zg2019001"))).contains(saved);
    assertThat(again.find(new SocialWorkerId("w-2"))).isEmpty();
    SocialWorker read = again.find(saved.id()).orElseThrow();
    assertThat(read.communities())
        .containsExactly(DistrictFixture.COMMUNITY, DistrictFixture.NEIGHBOUR_COMMUNITY);
    assertThat(read.generalPractice()).isTrue();
    assertThat(read.employer()).contains(ORG);
  }

  @Test
  void a_stale_write_or_a_second_new_worker_under_a_taken_id_is_refused() {
    SocialWorkers store = newStore();
    SocialWorker v1 = store.save(worker("w-1", "ZG2019001"));
    SocialWorker v2 = store.save(v1.employ(ORG, clock));
    assertThatThrownBy(() -> store.save(v1.employ(OTHER_ORG, clock)))
        .isInstanceOf(StaleVersionException.class)
        .satisfies(e -> assertCode(e, RegistryError.WORKER_VERSION_CONFLICT));
    assertThatThrownBy(() -> store.save(worker("w-1", "ZG2019999")))
        .satisfies(e -> assertCode(e, RegistryError.WORKER_VERSION_CONFLICT));
    SocialWorkers again = reopen(store);
    assertThat(again.find(v1.id())).contains(v2);
    assertThat(again.findByCertificate(new CertificateNumber("ZG2019999"))).isEmpty();
  }

  @Test
  void a_certificate_is_held_by_one_worker_and_freed_when_requalified() {
    SocialWorkers store = newStore();
    SocialWorker first = store.save(worker("w-1", "ZG2019001"));
    assertThatThrownBy(() -> store.save(worker("w-2", "ZG2019001")))
        .satisfies(e -> assertCode(e, RegistryError.WORKER_CERTIFICATE_DUPLICATE));
    assertThat(reopen(store).find(new SocialWorkerId("w-2"))).isEmpty();
    SocialWorker requalified =
        store.save(
            first.qualify(QualificationLevel.SENIOR, new CertificateNumber("GJ2024007"), clock));
    SocialWorker second = store.save(worker("w-2", "ZG2019001"));
    SocialWorkers again = reopen(store);
    assertThat(again.findByCertificate(new CertificateNumber("ZG2019001"))).contains(second);
    assertThat(again.findByCertificate(new CertificateNumber("GJ2024007"))).contains(requalified);
  }

  @Test
  void workers_are_listed_by_employer_and_by_community_in_id_order() {
    SocialWorkers store = newStore();
    SocialWorker c =
        store.save(
            worker("w-c", "CERT0003")
                .employ(ORG, clock)
                .assign(List.of(DistrictFixture.COMMUNITY), false, clock));
    SocialWorker a =
        store.save(
            worker("w-a", "CERT0001")
                .employ(ORG, clock)
                .assign(
                    List.of(DistrictFixture.COMMUNITY, DistrictFixture.FAR_COMMUNITY),
                    true,
                    clock));
    SocialWorker b = store.save(worker("w-b", "CERT0002").employ(OTHER_ORG, clock));
    SocialWorker senior =
        store.save(
            worker("w-d", "CERT0004")
                .employ(ORG, clock)
                .qualify(QualificationLevel.SENIOR, new CertificateNumber("CERT0005"), clock));
    SocialWorkers again = reopen(store);
    assertThat(again.employedBy(ORG)).containsExactly(a, c, senior);
    assertThat(again.employedBy(OTHER_ORG)).containsExactly(b);
    assertThat(again.assignedTo(DistrictFixture.COMMUNITY)).containsExactly(a, c);
    assertThat(again.assignedTo(DistrictFixture.FAR_COMMUNITY)).containsExactly(a);
    assertThat(again.assignedTo(DistrictFixture.NEIGHBOUR_COMMUNITY)).isEmpty();
    assertThat(again.certifiedCounts(ORG)).isEqualTo(new CertifiedWorkers(0, 2, 1));
    SocialWorker moved = store.save(c.employ(OTHER_ORG, clock));
    assertThat(reopen(store).employedBy(OTHER_ORG)).containsExactly(b, moved);
  }
}
