package org.sanshe.core.registry.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.memory.InMemorySocialWorkers;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.worker.SocialWorkerEvent.WorkerAssignmentsChanged;
import org.sanshe.core.registry.worker.SocialWorkerEvent.WorkerEmployerChanged;
import org.sanshe.core.registry.worker.SocialWorkerEvent.WorkerRecorded;

class SocialWorkerTest {

  private static SocialWorker worker(String id, String certificate, QualificationLevel level) {
    return SocialWorker.record(
        new SocialWorkerId(id), "李晓明", level, new CertificateNumber(certificate), CLOCK);
  }

  @Test
  void a_worker_is_recorded_with_level_and_certificate() {
    SocialWorker w = worker("w1", "js2020a01", QualificationLevel.ASSISTANT);
    assertThat(w.certificate().value()).isEqualTo("JS2020A01");
    assertThat(w.employer()).isEmpty();
    assertThat(w.events()).hasExactlyElementsOfTypes(WorkerRecorded.class);
    assertThat(w.toString()).doesNotContain("李晓明").contains("李**");
  }

  @Test
  void a_general_practice_worker_needs_a_community() {
    SocialWorker w = worker("w1", "JS2020A01", QualificationLevel.INTERMEDIATE);
    assertThatThrownBy(() -> w.assign(List.of(), true, CLOCK))
        .hasMessageContaining("WORKER_GENERAL_PRACTICE_WITHOUT_COMMUNITY");
    assertThatThrownBy(() -> w.assign(List.of(STREET), false, CLOCK))
        .hasMessageContaining("ORGANIZATION_NOT_COMMUNITY");
    SocialWorker gp = w.assign(List.of(OTHER_COMMUNITY, COMMUNITY, COMMUNITY), true, CLOCK);
    assertThat(gp.communities()).containsExactly(COMMUNITY, OTHER_COMMUNITY);
    assertThat(gp.generalPractice()).isTrue();
    assertThat(gp.events().get(1)).isInstanceOf(WorkerAssignmentsChanged.class);
  }

  @Test
  void certificates_are_checked_and_unique_in_the_store() {
    assertThatThrownBy(() -> new CertificateNumber("ab"))
        .hasMessageContaining("WORKER_CERTIFICATE_INVALID");
    assertThatThrownBy(() -> new CertificateNumber("AB-123"))
        .hasMessageContaining("WORKER_CERTIFICATE_INVALID");
    InMemorySocialWorkers store = new InMemorySocialWorkers();
    store.save(worker("w1", "JS2020A01", QualificationLevel.ASSISTANT));
    assertThatThrownBy(() -> store.save(worker("w2", "JS2020A01", QualificationLevel.SENIOR)))
        .hasMessageContaining("WORKER_CERTIFICATE_DUPLICATE");
    assertThat(
            store.findByCertificate(new CertificateNumber("js2020a01")).orElseThrow().id().value())
        .isEqualTo("w1");
  }

  @Test
  void a_stale_worker_write_fails() {
    InMemorySocialWorkers store = new InMemorySocialWorkers();
    SocialWorker v1 = store.save(worker("w1", "JS2020A01", QualificationLevel.ASSISTANT));
    store.save(
        v1.qualify(QualificationLevel.INTERMEDIATE, new CertificateNumber("JS2023B07"), CLOCK));
    assertThatThrownBy(() -> store.save(v1.employ(new OrganizationId("o1"), CLOCK)))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("WORKER_VERSION_CONFLICT");
    assertThat(store.find(v1.id()).orElseThrow().level())
        .isEqualTo(QualificationLevel.INTERMEDIATE);
    assertThat(store.findByCertificate(new CertificateNumber("JS2020A01"))).isEmpty();
  }

  @Test
  void an_employer_certified_counts_come_from_its_workers() {
    InMemorySocialWorkers store = new InMemorySocialWorkers();
    OrganizationId o1 = new OrganizationId("o1");
    store.save(worker("w1", "C0001", QualificationLevel.ASSISTANT).employ(o1, CLOCK));
    store.save(worker("w2", "C0002", QualificationLevel.ASSISTANT).employ(o1, CLOCK));
    store.save(
        worker("w3", "C0003", QualificationLevel.SENIOR)
            .employ(o1, CLOCK)
            .assign(List.of(COMMUNITY), true, CLOCK));
    store.save(worker("w4", "C0004", QualificationLevel.INTERMEDIATE));
    assertThat(store.certifiedCounts(o1)).isEqualTo(new CertifiedWorkers(2, 0, 1));
    assertThat(store.assignedTo(COMMUNITY)).extracting(w -> w.id().value()).containsExactly("w3");
  }

  @Test
  void employment_ends_by_its_own_command_never_by_a_null_employer() {
    InMemorySocialWorkers store = new InMemorySocialWorkers();
    OrganizationId o1 = new OrganizationId("o1");
    SocialWorker employed =
        store.save(worker("w1", "C0001", QualificationLevel.ASSISTANT).employ(o1, CLOCK));
    assertThat(store.certifiedCounts(o1)).isEqualTo(new CertifiedWorkers(1, 0, 0));
    assertThatThrownBy(() -> employed.employ(null, CLOCK))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("newEmployer");
    SocialWorker left = employed.endEmployment(CLOCK);
    assertThat(left.employer()).isEmpty();
    assertThat(left.events()).last().isInstanceOf(WorkerEmployerChanged.class);
    store.save(left);
    assertThat(store.certifiedCounts(o1)).isEqualTo(new CertifiedWorkers(0, 0, 0));
  }
}
