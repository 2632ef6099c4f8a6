package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.memory.InMemoryOrganizations;

class OrganizationRecordsTest {

  private final InMemoryOrganizations store = new InMemoryOrganizations();
  private final List<OrganizationEvent> events = new ArrayList<>();
  private final OrganizationRegistry registry =
      OrganizationRegistry.builder(store, OrganizationFixture.divisions())
          .clock(CLOCK)
          .ids(IdSource.sequential("org"))
          .evaluation(EvaluationPolicy.preset())
          .listener(events::add)
          .build();

  static RegistrationDetails form() {
    return new RegistrationDetails(
        "张三丰",
        "office@example.org",
        "https://example.org",
        List.of(new ContactPhone("025-52345678", false), new ContactPhone("13912345678", true)),
        List.of(new ContactPerson("李四", "秘书长", new ContactPhone("13800001111", true))),
        null,
        "为老服务、邻里互助",
        "南京市雨花台区民政局",
        LocalDate.of(2018, 6, 1),
        Map.of("erp.id", "A-17"),
        null,
        null);
  }

  private Organization stored(String id, long n) {
    return store.save(OrganizationFixture.active(id, n, LocalDate.of(2020, 1, 2)));
  }

  @Test
  void the_form_fields_are_recorded_and_personal_data_is_masked() {
    Organization o = registry.recordDetails(stored("o1", 1).id(), form());
    RegistrationDetails d = o.details();
    assertThat(d.legalRepresentative()).isEqualTo("张三丰");
    assertThat(d.attributes()).containsEntry("erp.id", "A-17");
    String text = d.toString() + o.snapshot().details();
    assertThat(text).doesNotContain("三丰").doesNotContain("13912345678").doesNotContain("李四");
    assertThat(d.phones().get(0).shown()).isEqualTo("025-52345678");
    assertThat(d.phones().get(1).shown()).isEqualTo("139******78");
    assertThat(events.get(events.size() - 1))
        .isInstanceOf(OrganizationEvent.RegistrationDetailsChanged.class);
    assertThat(Organization.restore(o.snapshot()).details()).isEqualTo(d);
  }

  @Test
  void renaming_and_relocating_are_commands_with_events() {
    OrganizationId id = stored("o1", 1).id();
    Organization renamed = registry.rename(id, "雨花台区邻里互助中心");
    assertThat(renamed.name()).isEqualTo("雨花台区邻里互助中心");
    Organization moved = registry.relocate(id, new RegisteredAddress(COMMUNITY, "雨花西路 1 号"));
    assertThat(moved.details().address().place()).isEqualTo(COMMUNITY);
    assertThat(events)
        .hasAtLeastOneElementOfType(OrganizationEvent.OrganizationRenamed.class)
        .hasAtLeastOneElementOfType(OrganizationEvent.OrganizationRelocated.class);
  }

  @Test
  void a_relocation_to_an_unknown_place_is_refused_and_nothing_changes() {
    Organization o = stored("o1", 1);
    int before = events.size();
    assertThatThrownBy(
            () ->
                registry.relocate(
                    o.id(), new RegisteredAddress(DivisionCode.parse("320114009001"), "某路 2 号")))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_PLACE_UNKNOWN));
    assertThat(events).hasSize(before);
    assertThat(store.find(o.id()).orElseThrow()).isEqualTo(o);
  }

  @Test
  void incubation_has_an_incubator_a_period_and_a_graduation() {
    Organization hub = stored("hub", 1);
    OrganizationId id = stored("young", 2).id();
    Organization inc =
        registry.startIncubation(id, hub.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
    assertThat(inc.details().incubation().graduation()).isEmpty();
    Organization grad = registry.graduate(id, LocalDate.of(2025, 12, 20));
    assertThat(grad.details().incubation().graduatedOn()).isEqualTo(LocalDate.of(2025, 12, 20));
    assertThatThrownBy(() -> registry.graduate(id, LocalDate.of(2025, 12, 21)))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_INCUBATION_INVALID);
    assertThatThrownBy(
            () ->
                registry.startIncubation(
                    id, id, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_INCUBATION_INVALID);
    assertThatThrownBy(
            () ->
                registry.startIncubation(
                    id,
                    OrganizationId.of("nobody"),
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2026, 1, 1)))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_NOT_FOUND);
  }

  @Test
  void bad_record_fields_name_the_field_and_never_echo_the_value() {
    for (Runnable r :
        List.<Runnable>of(
            () -> new ContactPhone("call-me-maybe", false),
            () -> form().withAddress(null).withFormFieldsOf(withEmail("not-an-email")),
            () -> withWebsite("ftp://example.org"),
            () -> withAttribute("Bad Key", "x"))) {
      assertThatThrownBy(r::run)
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_RECORD_INVALID);
                assertThat(e.getMessage())
                    .doesNotContain("call-me-maybe")
                    .doesNotContain("not-an-email")
                    .doesNotContain("Bad Key");
              });
    }
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= RegistrationDetails.MAX_ATTRIBUTES; i++) {
      many.put("k" + i, "v");
    }
    assertThatThrownBy(() -> withAttributes(many))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_RECORD_INVALID);
  }

  private static RegistrationDetails withEmail(String email) {
    RegistrationDetails f = form();
    return new RegistrationDetails(
        f.legalRepresentative(),
        email,
        f.website(),
        f.phones(),
        f.contacts(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static RegistrationDetails withWebsite(String website) {
    return new RegistrationDetails(
        null, null, website, null, null, null, null, null, null, null, null, null);
  }

  private static RegistrationDetails withAttribute(String key, String value) {
    return withAttributes(Map.of(key, value));
  }

  private static RegistrationDetails withAttributes(Map<String, String> attributes) {
    return new RegistrationDetails(
        null, null, null, null, null, null, null, null, null, attributes, null, null);
  }

  @Test
  void the_registry_counts_organizations_as_of_a_date_for_growth_over_years() {
    stored("a", 1);
    store.save(OrganizationFixture.active("b", 2, LocalDate.of(2022, 5, 1)));
    Organization c = store.save(OrganizationFixture.active("c", 3, LocalDate.of(2021, 3, 1)));
    java.time.Clock later =
        java.time.Clock.fixed(java.time.Instant.parse("2023-06-01T00:00:00Z"), ZoneOffset.UTC);
    store.save(c.deregister(later));
    assertThat(
            registry
                .growth(
                    DISTRICT,
                    List.of(
                        LocalDate.of(2020, 12, 31),
                        LocalDate.of(2021, 12, 31),
                        LocalDate.of(2022, 12, 31),
                        LocalDate.of(2023, 12, 31)))
                .values())
        .containsExactly(1L, 2L, 3L, 2L);
    assertThat(registry.countAsOf(STREET, LocalDate.of(2019, 1, 1))).isZero();
  }

  @Test
  void the_count_as_of_a_day_equals_a_direct_count_for_random_histories() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("OrganizationRecordsTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<LocalDate> registered = new ArrayList<>();
    List<LocalDate> closed = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      LocalDate on = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3000));
      Organization o = store.save(OrganizationFixture.active("r" + i, 100 + i, on));
      LocalDate close = null;
      if (rnd.nextBoolean()) {
        close = on.plusDays(1 + rnd.nextInt(2000));
        if (close.isAfter(LocalDate.of(2026, 2, 28))) {
          close = null;
        } else {
          store.save(
              o.deregister(
                  java.time.Clock.fixed(
                      close.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        }
      }
      registered.add(on);
      closed.add(close);
    }
    for (int k = 0; k < 20; k++) {
      LocalDate day = LocalDate.of(2014, 6, 1).plusDays(rnd.nextInt(4500));
      long expected = 0;
      for (int i = 0; i < registered.size(); i++) {
        boolean on =
            !registered.get(i).isAfter(day)
                && (closed.get(i) == null || day.isBefore(closed.get(i)));
        expected += on ? 1 : 0;
      }
      assertThat(registry.countAsOf(DISTRICT, day))
          .as("seed %d day %s", seed, day)
          .isEqualTo(expected);
    }
  }
}
