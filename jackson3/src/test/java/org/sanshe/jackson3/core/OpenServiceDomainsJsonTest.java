package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.jackson.fixture.OrganizationFixture.CLOCK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationEvent;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import org.sanshe.jackson.fixture.OrganizationFixture;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;

/**
 * Open service domains in JSON (issue 17): a domain is its code as a plain string, presets as the
 * former enum names, so JSON written before reads back unchanged; integrator-defined domains
 * round-trip; a malformed code is refused with its code.
 */
class OpenServiceDomainsJsonTest {

  private static final ObjectMapper MAPPER = RegistryJson.mapper();
  private static final ObjectMapper MONEY = org.sanshe.jackson3.SansheJson.mapper();
  private static final ServiceDomain CANTEEN = ServiceDomain.of("ELDERLY_CANTEEN");
  private static final ServiceDomain PROPERTY = ServiceDomain.of("property-disputes");

  @Test
  void a_domain_is_its_code_as_a_plain_string() throws Exception {
    assertThat(MAPPER.writeValueAsString(ServiceDomain.HEALTH)).isEqualTo("\"HEALTH\"");
    assertThat(MAPPER.writeValueAsString(PROPERTY)).isEqualTo("\"property-disputes\"");
    assertThat(MAPPER.readValue("\"HEALTH\"", ServiceDomain.class)).isSameAs(ServiceDomain.HEALTH);
    assertThat(MAPPER.readValue("\"property-disputes\"", ServiceDomain.class)).isEqualTo(PROPERTY);
  }

  @Test
  void an_organization_with_integrator_domains_writes_them_in_code_order_and_reads_them_back()
      throws Exception {
    Organization o =
        OrganizationFixture.registered("p1", 5, LocalDate.of(2018, 1, 1))
            .changeDomains(Set.of(PROPERTY, ServiceDomain.YOUTH, CANTEEN), CLOCK)
            .storedAs(2);
    String json = MAPPER.writeValueAsString(o);
    assertThat(json).contains("\"domains\":[\"ELDERLY_CANTEEN\",\"YOUTH\",\"property-disputes\"]");
    Organization read = MAPPER.readValue(json, Organization.class);
    assertThat(read).isEqualTo(o);
    assertThat(read.domains()).containsExactly(CANTEEN, ServiceDomain.YOUTH, PROPERTY);

    OrganizationEvent.ServiceDomainsChanged event =
        new OrganizationEvent.ServiceDomainsChanged(
            o.id(), Instant.parse("2026-03-01T08:00:00Z"), Set.of(PROPERTY, CANTEEN), "officer-1");
    String eventJson = MAPPER.writeValueAsString(event);
    assertThat(eventJson).contains("[\"ELDERLY_CANTEEN\",\"property-disputes\"]");
  }

  @Test
  void json_written_with_the_former_enum_in_any_order_reads_back_the_same_domains()
      throws Exception {
    Organization o =
        OrganizationFixture.registered("p1", 5, LocalDate.of(2018, 1, 1))
            .changeDomains(Set.of(ServiceDomain.HEALTH, ServiceDomain.ELDERLY_CARE), CLOCK)
            .storedAs(2);
    String json = MAPPER.writeValueAsString(o);
    String formerOrder =
        json.replace("[\"ELDERLY_CARE\",\"HEALTH\"]", "[\"HEALTH\",\"ELDERLY_CARE\"]");
    assertThat(formerOrder).isNotEqualTo(json);
    assertThat(MAPPER.readValue(formerOrder, Organization.class)).isEqualTo(o);
  }

  @Test
  void a_malformed_domain_code_is_refused_with_its_code() throws Exception {
    Organization o =
        OrganizationFixture.registered("p1", 5, LocalDate.of(2018, 1, 1))
            .changeDomains(Set.of(CANTEEN), CLOCK)
            .storedAs(2);
    String json = MAPPER.writeValueAsString(o).replace("\"ELDERLY_CANTEEN\"", "\"养老 助餐\"");
    assertThatThrownBy(() -> MAPPER.readValue(json, Organization.class))
        .isInstanceOfSatisfying(
            DatabindException.class,
            e ->
                assertThat(org.sanshe.jackson3.internal.Values.sansheCause(e).code())
                    .isEqualTo("CATALOGUE_CODE_INVALID"))
        .hasMessageNotContaining("养老");
    assertThatThrownBy(() -> MAPPER.readValue("\"9lives\"", ServiceDomain.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageNotContaining("9lives");
  }

  @Test
  void any_set_of_catalogue_domains_round_trips_through_json_unchanged() throws Exception {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceDomain> catalogue = new ArrayList<>(ServiceDomain.presets());
    for (int i = 0; i < 20; i++) {
      catalogue.add(ServiceDomain.of((i % 2 == 0 ? "own-" : "Own_") + i));
    }
    for (int round = 0; round < 200; round++) {
      Set<ServiceDomain> domains = new TreeSet<>();
      int size = random.nextInt(Organization.MAX_DOMAINS + 1);
      while (domains.size() < size) {
        domains.add(catalogue.get(random.nextInt(catalogue.size())));
      }
      Organization o =
          OrganizationFixture.registered("p" + round, 5, LocalDate.of(2018, 1, 1))
              .changeDomains(domains, CLOCK)
              .storedAs(2);
      Organization read = MAPPER.readValue(MAPPER.writeValueAsString(o), Organization.class);
      assertThat(new ArrayList<>(read.domains()))
          .as("seed %d", seed)
          .isEqualTo(new ArrayList<>(domains));
      assertThat(read).as("seed %d", seed).isEqualTo(o);

      Programme p =
          Programme.launch(
              ProgrammeId.of("prg-" + round),
              "公益创投",
              "区民政局",
              2026,
              ProgrammeKind.VENTURE_PHILANTHROPY,
              Money.ofYuan(1_000),
              new Eligibility(domains, Optional.empty(), true),
              "officer-1",
              Instant.parse("2026-03-01T08:00:00Z"));
      Programme readBack = MONEY.readValue(MONEY.writeValueAsString(p), Programme.class);
      assertThat(readBack.snapshot().eligibility()).as("seed %d", seed).isEqualTo(p.eligibility());
    }
  }
}
