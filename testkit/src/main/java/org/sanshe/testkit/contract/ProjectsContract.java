package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ExpertScore;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectDraft;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.Projects;
import org.sanshe.core.registry.project.ReviewPolicy;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link Projects} port. Extend it with a fresh, empty store per test and a way
 * to reopen a store over the same data; every test here must pass.
 *
 * <p>What it holds a store to: a saved project reads back equal (hosts, needs, funding in fen,
 * reviews with their expert scores in order), also after a reopen; versions are optimistic (a stale
 * write, or a new project under a taken id, fails with {@code PROJECT_VERSION_CONFLICT} and changes
 * nothing); the lists by implementer and by host community are ordered by id.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ProjectsContract {

  private static final OrganizationId ORG = OrganizationId.of("org-1");
  private static final OrganizationId OTHER_ORG = OrganizationId.of("org-2");

  private final MutableClock clock = DistrictFixture.clock();

  /** Creates the contract. */
  protected ProjectsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Projects newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Projects reopen(Projects store);

  /**
   * Returns a new, empty store that writes its events to a new, empty outbox.
   *
   * @return the store and the outbox
   */
  protected abstract WithOutbox<Projects> newStoreWithOutbox();

  @Test
  void a_save_writes_its_events_with_the_new_version_and_a_refused_one_writes_none() {
    WithOutbox<Projects> w = newStoreWithOutbox();
    Project v1 = w.store().save(draft("p-1", ORG, hosts(DistrictFixture.COMMUNITY)));
    Project v2 = w.store().save(v1.submit(clock));
    assertThatThrownBy(() -> w.store().save(v1.submit(clock)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(
            () -> w.store().save(draft("p-1", OTHER_ORG, hosts(DistrictFixture.COMMUNITY))))
        .isInstanceOf(StaleVersionException.class);
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(OutboxEntry::eventId)
        .containsExactly("project:p-1:1:0", "project:p-1:2:0");
    assertThat(entries.get(0).eventType()).isEqualTo("ProjectDrafted");
    assertThat(entries.get(1).aggregateVersion()).isEqualTo(v2.version());
  }

  private Project draft(String id, OrganizationId implementer, DivisionCodeList hosts) {
    return Project.draft(
        ProjectDraft.of(new ProjectId(id), "“银龄互助”公益创投 " + id, implementer)
            .hostedBy(hosts.codes())
            .answering(List.of(new NeedId("need-9"), new NeedId("need-2"))),
        clock);
  }

  /** Host communities of a drafted project. */
  private record DivisionCodeList(List<org.sanshe.core.identifier.DivisionCode> codes) {}

  private static DivisionCodeList hosts(org.sanshe.core.identifier.DivisionCode... codes) {
    return new DivisionCodeList(List.of(codes));
  }

  private static void assertCode(Throwable e, RegistryError code) {
    assertThat(e).isInstanceOf(RegistryException.class);
    assertThat(((RegistryException) e).errorCode()).isEqualTo(code);
  }

  @Test
  void a_reviewed_and_funded_project_reads_back_equal_after_a_reopen() {
    Projects store = newStore();
    ReviewPolicy policy = ReviewPolicy.of(3, 60);
    Project p =
        draft("p-1", ORG, hosts(DistrictFixture.NEIGHBOUR_COMMUNITY, DistrictFixture.COMMUNITY))
            .fund(FundingSource.FISCAL, Money.of(30_000_000), clock)
            .fund(FundingSource.FOUNDATION, Money.of(1_234_56), clock)
            .submit(clock)
            .review(
                ReviewStage.APPROVAL,
                LocalDate.of(2026, 2, 20),
                List.of(
                    new ExpertScore("expert-c", 82),
                    new ExpertScore("expert-a", 75),
                    new ExpertScore("expert-b", 90)),
                policy,
                clock)
            .start(clock);
    Project saved = store.save(p);
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.events()).isEmpty();
    Project read = reopen(store).find(p.id()).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.snapshot()).isEqualTo(saved.snapshot());
    assertThat(read.reviews().get(0).scores())
        .extracting(ExpertScore::expert)
        .containsExactly("expert-c", "expert-a", "expert-b");
    assertThat(read.totalFunding()).isEqualTo(Money.of(30_123_456));
  }

  @Test
  void a_stale_write_or_a_second_new_project_under_a_taken_id_is_refused() {
    Projects store = newStore();
    Project v1 = store.save(draft("p-1", ORG, hosts(DistrictFixture.COMMUNITY)));
    Project v2 = store.save(v1.submit(clock));
    assertThatThrownBy(() -> store.save(v1.fund(FundingSource.FISCAL, Money.of(100), clock)))
        .isInstanceOf(StaleVersionException.class)
        .satisfies(e -> assertCode(e, RegistryError.PROJECT_VERSION_CONFLICT));
    assertThatThrownBy(
            () -> store.save(draft("p-1", OTHER_ORG, hosts(DistrictFixture.FAR_COMMUNITY))))
        .satisfies(e -> assertCode(e, RegistryError.PROJECT_VERSION_CONFLICT));
    Projects again = reopen(store);
    assertThat(again.find(v1.id())).contains(v2);
    assertThat(again.implementedBy(OTHER_ORG)).isEmpty();
    assertThat(again.hostedIn(DistrictFixture.FAR_COMMUNITY)).isEmpty();
  }

  @Test
  void projects_are_listed_by_implementer_and_by_host_in_id_order() {
    Projects store = newStore();
    Project c = store.save(draft("p-c", ORG, hosts(DistrictFixture.COMMUNITY)));
    Project a =
        store.save(
            draft("p-a", ORG, hosts(DistrictFixture.COMMUNITY, DistrictFixture.FAR_COMMUNITY)));
    Project b = store.save(draft("p-b", OTHER_ORG, hosts(DistrictFixture.FAR_COMMUNITY)));
    Projects again = reopen(store);
    assertThat(again.implementedBy(ORG)).containsExactly(a, c);
    assertThat(again.implementedBy(OTHER_ORG)).containsExactly(b);
    assertThat(again.hostedIn(DistrictFixture.COMMUNITY)).containsExactly(a, c);
    assertThat(again.hostedIn(DistrictFixture.FAR_COMMUNITY)).containsExactly(a, b);
    assertThat(again.hostedIn(DistrictFixture.NEIGHBOUR_COMMUNITY)).isEmpty();
  }
}
