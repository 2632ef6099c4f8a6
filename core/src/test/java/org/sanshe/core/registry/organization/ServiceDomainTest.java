package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;

class ServiceDomainTest {

  @Test
  void the_presets_keep_the_codes_the_former_enum_stored_in_its_order() {
    assertThat(ServiceDomain.presets())
        .extracting(ServiceDomain::code)
        .containsExactly(
            "ELDERLY_CARE",
            "YOUTH",
            "DISABILITY",
            "RELIEF",
            "CULTURE_AND_SPORTS",
            "VOLUNTEERING",
            "MEDIATION",
            "ENVIRONMENT",
            "MIGRANT_CHILDREN",
            "PUBLIC_SAFETY",
            "HEALTH");
    assertThat(ServiceDomain.presets()).allMatch(ServiceDomain::isPreset);
    assertThat(ServiceDomain.of("property-disputes").isPreset()).isFalse();
  }

  @Test
  void of_returns_the_preset_constant_and_codes_are_case_sensitive() {
    assertThat(ServiceDomain.of("HEALTH")).isSameAs(ServiceDomain.HEALTH);
    assertThat(ServiceDomain.of("health")).isNotEqualTo(ServiceDomain.HEALTH);
  }

  @Test
  void equal_by_code_ordered_by_code_and_to_string_reads_back() {
    ServiceDomain canteen = ServiceDomain.of("elderly-canteen");
    assertThat(canteen)
        .isEqualTo(new ServiceDomain("elderly-canteen"))
        .hasToString("elderly-canteen");
    assertThat(ServiceDomain.of(canteen.toString())).isEqualTo(canteen);
    assertThat(ServiceDomain.ELDERLY_CARE.compareTo(ServiceDomain.HEALTH)).isNegative();
    assertThat(ServiceDomain.HEALTH.compareTo(ServiceDomain.HEALTH)).isZero();
  }

  @Test
  void codes_are_one_to_thirty_two_letters_digits_dashes_or_underscores_starting_with_a_letter() {
    assertThat(ServiceDomain.isCode("a")).isTrue();
    assertThat(ServiceDomain.isCode("A" + "b".repeat(30) + "9")).isTrue();
    assertThat(ServiceDomain.isCode("A" + "b".repeat(32))).isFalse();
    assertThat(ServiceDomain.isCode("")).isFalse();
    assertThat(ServiceDomain.isCode("9lives")).isFalse();
    assertThat(ServiceDomain.isCode("_x")).isFalse();
    assertThat(ServiceDomain.isCode("a b")).isFalse();
    assertThat(ServiceDomain.isCode("养老")).isFalse();
    assertThat(ServiceDomain.isCode("a,b")).isFalse();
  }

  @Test
  void a_malformed_code_is_refused_by_code_naming_the_kind_never_the_code() {
    for (String bad : List.of("", "9lives", "养老助餐", "a b", "x".repeat(33))) {
      assertThatThrownBy(() -> ServiceDomain.of(bad))
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_CODE_INVALID);
                assertThat(e.message(Locale.ENGLISH)).contains("service domain");
                assertThat(e.message(Locale.CHINESE)).contains("服务领域");
                if (!bad.isEmpty()) {
                  assertThat(e.getMessage()).doesNotContain(bad);
                }
              });
    }
    assertThatThrownBy(() -> ServiceDomain.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_sorted_set_iterates_in_code_order_whatever_order_it_was_given() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      List<ServiceDomain> given = new ArrayList<>();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        given.add(
            random.nextBoolean()
                ? ServiceDomain.presets().get(random.nextInt(ServiceDomain.presets().size()))
                : ServiceDomain.of("own-" + random.nextInt(20)));
      }
      Set<ServiceDomain> sorted = ServiceDomain.sortedSet(given);
      List<ServiceDomain> expected = new ArrayList<>(Set.copyOf(given));
      Collections.sort(expected);
      assertThat(new ArrayList<>(sorted)).as("seed %d", seed).isEqualTo(expected);
      assertThatThrownBy(() -> sorted.add(ServiceDomain.HEALTH))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void a_sorted_set_is_a_set_equal_to_any_other_with_the_same_domains() {
    ServiceDomain own = ServiceDomain.of("own");
    Set<ServiceDomain> sorted =
        ServiceDomain.sortedSet(List.of(ServiceDomain.YOUTH, own, ServiceDomain.HEALTH, own));
    assertThat(sorted).hasSize(3).containsExactly(ServiceDomain.HEALTH, ServiceDomain.YOUTH, own);
    assertThat(sorted).isEqualTo(Set.of(own, ServiceDomain.YOUTH, ServiceDomain.HEALTH));
    assertThat(sorted.hashCode())
        .isEqualTo(Set.of(own, ServiceDomain.YOUTH, ServiceDomain.HEALTH).hashCode());
    assertThat(sorted.contains(ServiceDomain.ELDERLY_CARE)).isFalse();
    assertThat(sorted.contains("own")).isFalse();
    assertThat(ServiceDomain.sortedSet(sorted)).isSameAs(sorted);
    assertThat(ServiceDomain.sortedSet(Set.of(ServiceDomain.HEALTH)))
        .as("a single preset's set is shared")
        .isSameAs(ServiceDomain.sortedSet(List.of(ServiceDomain.HEALTH, ServiceDomain.HEALTH)));
    assertThat(ServiceDomain.sortedSet(List.of())).isEmpty();
    assertThatThrownBy(() -> sorted.remove(own)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ServiceDomain.sortedSet(java.util.Arrays.asList(own, null)))
        .isInstanceOf(NullPointerException.class);
  }
}
