package org.sanshe.core.registry.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.memory.InMemoryCommunityWorkers;
import org.sanshe.core.registry.memory.InMemorySocialWorkers;
import org.sanshe.core.satisfaction.instrument.IndicatorTree;
import org.sanshe.core.satisfaction.response.SubjectKind;

class CommunityWorkerTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
  static final DivisionCode COMMUNITY = DivisionCode.parse("320114002001");
  static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

  static CommunityWorker wang() {
    return CommunityWorker.appoint(
        new SocialWorkerId("cw-wang"),
        "王小红",
        COMMUNITY,
        CommunityWorkerPost.FULL_TIME_STAFF,
        SINCE,
        CLOCK);
  }

  @Test
  void a_community_worker_is_appraised_by_the_30_10_60_preset_as_a_community_worker_subject() {
    CommunityWorker w = wang();
    assertThat(CommunityWorker.appraisal()).isEqualTo(IndicatorTree.communityWorker());
    assertThat(w.subject().kind()).isEqualTo(SubjectKind.COMMUNITY_WORKER);
    assertThat(w.events()).hasSize(1);
    assertThat(w.certifiedAs()).isEmpty();
  }

  @Test
  void a_worker_can_be_both_a_community_worker_and_a_certified_social_worker() {
    InMemorySocialWorkers certified = new InMemorySocialWorkers();
    SocialWorker sw =
        certified.save(
            SocialWorker.record(
                new SocialWorkerId("cw-wang"),
                "王小红",
                QualificationLevel.INTERMEDIATE,
                new CertificateNumber("SW20240001"),
                CLOCK));
    InMemoryCommunityWorkers staff = new InMemoryCommunityWorkers();
    CommunityWorker both = staff.save(wang().certify(sw.id(), CLOCK));
    assertThat(both.certifiedAs()).contains(sw.id());
    assertThat(certified.find(both.certifiedAs().orElseThrow()).orElseThrow().level())
        .isEqualTo(QualificationLevel.INTERMEDIATE);
    assertThat(staff.inCommunity(COMMUNITY)).containsExactly(both);
    assertThat(both.version()).isEqualTo(1);
  }

  @Test
  void the_name_is_masked_and_bad_input_is_refused() {
    assertThat(wang().toString()).doesNotContain("小红").contains("王**");
    assertThat(wang().snapshot().toString()).doesNotContain("小红");
    assertThatThrownBy(
            () ->
                CommunityWorker.appoint(
                    new SocialWorkerId("x"),
                    "李",
                    DivisionCode.parse("320114002"),
                    CommunityWorkerPost.DIRECTOR,
                    SINCE,
                    CLOCK))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_NOT_COMMUNITY);
    assertThatThrownBy(() -> wang().leave(SINCE.minusDays(1), CLOCK))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_DATE_ORDER);
    CommunityWorker left = wang().leave(LocalDate.of(2026, 1, 1), CLOCK);
    assertThat(left.servesOn(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(left.servesOn(LocalDate.of(2026, 1, 1))).isFalse();
  }

  @Test
  void a_stale_save_is_refused() {
    InMemoryCommunityWorkers staff = new InMemoryCommunityWorkers();
    CommunityWorker stored = staff.save(wang());
    staff.save(stored.certify(new SocialWorkerId("sw-1"), CLOCK));
    assertThatThrownBy(() -> staff.save(stored.leave(LocalDate.of(2026, 1, 1), CLOCK)))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.WORKER_VERSION_CONFLICT);
    assertThat(staff.find(stored.id()).orElseThrow().certifiedAs()).isPresent();
  }
}
