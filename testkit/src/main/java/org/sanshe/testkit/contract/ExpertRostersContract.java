package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.Expert;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.core.registry.review.ExpertRosters;
import org.sanshe.core.registry.review.Panel;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link ExpertRosters} port. Extend it with a fresh, empty store per test and
 * a way to reopen a store over the same data (a second server); every test here must pass.
 *
 * <p>What it holds a store to: a roster reads back equal (experts with their ties, every panel with
 * its seed, candidates, drawn and seated experts in order), also after a reopen, and its panels
 * redraw the same from the pool read back; versions are optimistic ({@code
 * REVIEW_ROSTER_VERSION_CONFLICT}, nothing changed), a district's second roster for a year is
 * {@code REVIEW_ROSTER_DUPLICATE}, an unknown one {@code REVIEW_ROSTER_NOT_FOUND}; events go to the
 * outbox with the save, none for a refused one; six writers on two store instances each draw their
 * own project's panel (retrying on conflicts) and none is lost.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ExpertRostersContract {

  private static final Instant AT = DistrictFixture.START;
  private static final DivisionCode DISTRICT = DistrictFixture.DISTRICT;
  private static final OrganizationId APPLICANT = new OrganizationId("org-1");

  /** Creates the contract. */
  protected ExpertRostersContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract ExpertRosters newStore();

  /**
   * Returns another instance over the same stored data.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same one for a store that lives only in memory)
   */
  protected abstract ExpertRosters reopen(ExpertRosters store);

  /**
   * Returns a new, empty store writing to a new, empty outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<ExpertRosters> newStoreWithOutbox();

  private static ExpertRoster opened(int year) {
    List<Expert> experts = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      List<OrganizationId> ties = new ArrayList<>();
      if (i % 3 == 0) {
        ties.add(APPLICANT);
      }
      if (i % 4 == 0) {
        ties.add(new OrganizationId("org-" + i));
        ties.add(new OrganizationId("org-z"));
      }
      experts.add(new Expert("expert-" + i, ties));
    }
    return ExpertRoster.open(DISTRICT, year, experts, "officer", AT);
  }

  private static void assertCode(Runnable r, RegistryError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void a_roster_reads_back_equal_with_its_panels_also_after_a_reopen() {
    ExpertRosters store = newStore();
    ExpertRoster r =
        opened(2026)
            .draw(new ProjectId("p-1"), ReviewStage.APPROVAL, APPLICANT, 3, -7L, "officer", AT)
            .draw(
                new ProjectId("p-1"),
                ReviewStage.MIDTERM,
                new OrganizationId("org-z"),
                4,
                Long.MAX_VALUE,
                "officer",
                AT);
    Panel approval = r.panel(new ProjectId("p-1"), ReviewStage.APPROVAL).orElseThrow();
    String outsider =
        r.pool().untiedTo(APPLICANT).stream()
            .map(Expert::id)
            .filter(x -> !approval.members().contains(x))
            .findFirst()
            .orElseThrow();
    r = r.seat(new ProjectId("p-1"), ReviewStage.APPROVAL, outsider, "chair", AT);
    r = r.declareTies("expert-1", List.of(new OrganizationId("org-q")), "officer", AT);
    store.add(r);
    ExpertRoster read = store.find(DISTRICT, 2026).orElseThrow();
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.snapshot()).isEqualTo(r.snapshot().withVersion(1));
    assertThat(read.pendingEvents()).isEmpty();
    ExpertRoster again = reopen(store).find(DISTRICT, 2026).orElseThrow();
    assertThat(again.snapshot()).isEqualTo(read.snapshot());
    for (Panel p : again.panels()) {
      Panel drawnOnly =
          new Panel(
              p.project(),
              p.stage(),
              p.applicant(),
              p.seed(),
              p.candidates(),
              p.drawn(),
              List.of());
      assertThat(p.redraw(again.pool())).isEqualTo(drawnOnly);
    }
    assertThat(store.find(DISTRICT, 2027)).isEmpty();
    store.add(ExpertRoster.open(DISTRICT, 2025, List.of(), "officer", AT));
    assertThat(store.years(DISTRICT)).containsExactly(2025, 2026);
    assertThat(store.years(DistrictFixture.STREET)).isEmpty();
  }

  @Test
  void versions_are_optimistic_and_a_refused_write_changes_nothing() {
    ExpertRosters store = newStore();
    store.add(opened(2026));
    ExpertRoster v1 = store.find(DISTRICT, 2026).orElseThrow();
    store.update(
        v1.draw(new ProjectId("p-1"), ReviewStage.APPROVAL, APPLICANT, 3, 1L, "officer", AT));
    assertCode(
        () ->
            store.update(
                v1.draw(new ProjectId("p-1"), ReviewStage.APPROVAL, APPLICANT, 3, 2L, "o", AT)),
        RegistryError.REVIEW_ROSTER_VERSION_CONFLICT);
    assertCode(() -> store.update(v1), RegistryError.REVIEW_ROSTER_VERSION_CONFLICT);
    assertCode(() -> store.add(opened(2026)), RegistryError.REVIEW_ROSTER_DUPLICATE);
    assertCode(() -> store.update(opened(2030)), RegistryError.REVIEW_ROSTER_NOT_FOUND);
    ExpertRoster v2 = reopen(store).find(DISTRICT, 2026).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.panels()).hasSize(1);
    assertThat(v2.panels().get(0).seed()).isEqualTo(1L);
  }

  @Test
  void a_save_writes_its_events_and_a_refused_one_writes_none() {
    WithOutbox<ExpertRosters> w = newStoreWithOutbox();
    w.store().add(opened(2026));
    ExpertRoster v1 = w.store().find(DISTRICT, 2026).orElseThrow();
    w.store()
        .update(
            v1.enrol(new Expert("expert-10", List.of()), "officer", AT)
                .draw(new ProjectId("p-1"), ReviewStage.FINAL, APPLICANT, 2, 5L, "officer", AT));
    assertCode(
        () -> w.store().update(v1.enrol(new Expert("expert-11", List.of()), "officer", AT)),
        RegistryError.REVIEW_ROSTER_VERSION_CONFLICT);
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(e -> e.eventType() + "@" + e.aggregateVersion())
        .containsExactly("RosterOpened@1", "ExpertEnrolled@2", "PanelDrawn@2");
    assertThat(entries).extracting(OutboxEntry::aggregateId).containsOnly(DISTRICT + "-2026");
  }

  @Test
  void six_writers_on_two_instances_lose_no_panel() {
    ExpertRosters first = newStore();
    first.add(opened(2026));
    ExpertRosters second = reopen(first);
    List<Callable<?>> tasks = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      ExpertRosters store = i % 2 == 0 ? first : second;
      ProjectId project = new ProjectId("p-" + i);
      long seed = i * 1_000_003L;
      tasks.add(
          () -> {
            for (int attempt = 0; attempt < 200; attempt++) {
              ExpertRoster read = store.find(DISTRICT, 2026).orElseThrow();
              try {
                store.update(
                    read.draw(project, ReviewStage.APPROVAL, APPLICANT, 3, seed, "officer", AT));
                return null;
              } catch (RegistryException e) {
                if (e.errorCode() != RegistryError.REVIEW_ROSTER_VERSION_CONFLICT) {
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
    ExpertRoster end = second.find(DISTRICT, 2026).orElseThrow();
    assertThat(end.version()).isEqualTo(7);
    assertThat(end.panels()).hasSize(6);
    for (Panel p : end.panels()) {
      assertThat(p.redraw(end.pool())).isEqualTo(p);
      assertThat(p.seed()).isEqualTo(Long.parseLong(p.project().value().substring(2)) * 1_000_003L);
    }
  }
}
