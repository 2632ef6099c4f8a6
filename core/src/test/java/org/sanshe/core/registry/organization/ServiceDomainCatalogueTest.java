package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;

class ServiceDomainCatalogueTest {

  private static final ServiceDomain CANTEEN = ServiceDomain.of("ELDERLY_CANTEEN");

  @Test
  void the_presets_list_the_eleven_preset_domains_with_both_names() {
    ServiceDomainCatalogue presets = ServiceDomainCatalogue.presets();
    assertThat(presets.domains()).isEqualTo(ServiceDomain.presets());
    assertThat(presets.entries()).hasSize(11);
    assertThat(presets.find(ServiceDomain.ELDERLY_CARE).orElseThrow().chinese()).isEqualTo("养老");
    assertThat(
            presets
                .find(ServiceDomain.MIGRANT_CHILDREN)
                .orElseThrow()
                .wording()
                .text(Locale.ENGLISH))
        .isEqualTo("Children of migrant workers");
    assertThat(presets.contains(CANTEEN)).isFalse();
  }

  @Test
  void an_integrator_adds_its_own_domains_and_the_presets_stay_unchanged() {
    ServiceDomainCatalogue mine =
        ServiceDomainCatalogue.presets().with(CANTEEN, "老年助餐", "Elderly canteen");
    assertThat(mine.require(CANTEEN)).isSameAs(CANTEEN);
    assertThat(mine.domains()).hasSize(12).last().isEqualTo(CANTEEN);
    assertThat(mine.find(CANTEEN).orElseThrow().english()).isEqualTo("Elderly canteen");
    assertThat(ServiceDomainCatalogue.presets().contains(CANTEEN)).isFalse();
    assertThat(mine.requireAll(List.of(CANTEEN, ServiceDomain.YOUTH, ServiceDomain.ELDERLY_CARE)))
        .containsExactly(CANTEEN, ServiceDomain.ELDERLY_CARE, ServiceDomain.YOUTH);
    assertThat(ServiceDomainCatalogue.empty().with(CANTEEN, "助餐", "Canteen").domains())
        .containsExactly(CANTEEN);
  }

  @Test
  void an_unlisted_domain_is_refused_naming_the_kind_never_the_code() {
    for (Runnable refused :
        List.<Runnable>of(
            () -> ServiceDomainCatalogue.presets().require(CANTEEN),
            () ->
                ServiceDomainCatalogue.presets().requireAll(List.of(ServiceDomain.YOUTH, CANTEEN)),
            () -> ServiceDomainCatalogue.empty().require(ServiceDomain.HEALTH))) {
      assertThatThrownBy(refused::run)
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN);
                assertThat(e.message(Locale.ENGLISH)).contains("service domain");
                assertThat(e.message(Locale.CHINESE)).contains("服务领域");
                assertThat(e.getMessage()).doesNotContain("CANTEEN").doesNotContain("HEALTH");
              });
    }
  }

  @Test
  void a_listed_code_twice_and_bad_names_are_refused_by_code() {
    assertThatThrownBy(() -> ServiceDomainCatalogue.presets().with(ServiceDomain.YOUTH, "青", "Y"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_CODE_DUPLICATE));
    assertThatThrownBy(() -> ServiceDomainCatalogue.presets().with(CANTEEN, " ", "Canteen"))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.errorCode()).isEqualTo(CoreError.TEXT_BLANK));
    assertThatThrownBy(() -> ServiceDomainCatalogue.presets().with(CANTEEN, "助餐", "x".repeat(61)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.TEXT_TOO_LONG));
    assertThatThrownBy(() -> ServiceDomainCatalogue.presets().with(null, "助餐", "Canteen"))
        .isInstanceOf(NullPointerException.class);
  }
}
