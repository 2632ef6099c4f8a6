package org.sanshe.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectDraft;
import org.sanshe.core.registry.project.ProjectEvent;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.CommunityWorker;
import org.sanshe.core.registry.worker.CommunityWorkerEvent;
import org.sanshe.core.registry.worker.CommunityWorkerPost;
import org.sanshe.core.registry.worker.QualificationLevel;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerEvent;
import org.sanshe.core.registry.worker.SocialWorkerId;

/** Worker and project events name who acted; events without an actor read as unrecorded. */
class RegistryEventActorsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114002001");

  @Test
  void pending_events_are_stamped_once_and_state_is_unchanged() {
    CommunityWorker cw =
        CommunityWorker.appoint(
            new SocialWorkerId("cw-1"),
            "王小红",
            COMMUNITY,
            CommunityWorkerPost.GRID_WORKER,
            LocalDate.of(2024, 1, 1),
            CLOCK);
    CommunityWorker stamped = cw.actedBy("officer-7").actedBy("other");
    assertThat(stamped).isEqualTo(cw);
    assertThat(stamped.events()).extracting(CommunityWorkerEvent::actor).containsOnly("officer-7");
    assertThat(cw.events()).extracting(CommunityWorkerEvent::actor).containsOnly("unrecorded");

    SocialWorker sw =
        SocialWorker.record(
                new SocialWorkerId("sw-1"),
                "李晓明",
                QualificationLevel.ASSISTANT,
                new CertificateNumber("JS2020A01"),
                CLOCK)
            .actedBy("clerk-2");
    assertThat(sw.events()).extracting(SocialWorkerEvent::actor).containsOnly("clerk-2");

    Project p =
        Project.draft(
                ProjectDraft.of(new ProjectId("p1"), "邻里互助", OrganizationId.of("org-1"))
                    .hostedBy(List.of(COMMUNITY))
                    .answering(List.of(new NeedId("n1"))),
                CLOCK)
            .actedBy("clerk-3")
            .submit(CLOCK)
            .actedBy("clerk-4");
    assertThat(p.events()).extracting(ProjectEvent::actor).containsExactly("clerk-3", "clerk-4");
  }

  @Test
  void events_without_an_actor_read_as_unrecorded_and_a_bad_actor_is_refused() {
    ProjectEvent.ProjectDrafted old =
        new ProjectEvent.ProjectDrafted(new ProjectId("p1"), CLOCK.instant(), "邻里互助");
    assertThat(old.actor()).isEqualTo(Actors.UNRECORDED);
    assertThat(new ProjectEvent.ProjectDrafted(new ProjectId("p1"), CLOCK.instant(), "邻里互助", null))
        .isEqualTo(old);
    assertThat(old.withActor("clerk-1").actor()).isEqualTo("clerk-1");
    assertThatThrownBy(() -> old.withActor("two words"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_ID_INVALID));
    CommunityWorker cw =
        CommunityWorker.appoint(
            new SocialWorkerId("cw-1"),
            "王小红",
            COMMUNITY,
            CommunityWorkerPost.GRID_WORKER,
            LocalDate.of(2024, 1, 1),
            CLOCK);
    assertThatThrownBy(() -> cw.actedBy(""))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_ID_INVALID));
  }
}
