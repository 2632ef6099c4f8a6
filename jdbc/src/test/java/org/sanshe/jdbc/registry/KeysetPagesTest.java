package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * Paging by key ({@link JdbcOrganizations#queryAfter}) walks a result in the same stable order as
 * the offset pages of the port, page after page, without repeating or skipping anyone.
 */
class KeysetPagesTest {

  private static final List<DivisionCode> HOMES =
      List.of(
          DistrictFixture.DISTRICT,
          DistrictFixture.STREET,
          DistrictFixture.COMMUNITY,
          DistrictFixture.NEIGHBOUR_COMMUNITY,
          DistrictFixture.FAR_COMMUNITY,
          DivisionCode.parse("320106007"));

  private final JdbcOrganizations store = JdbcOrganizations.open(Registries.freshTables());

  private static Organization organization(int n) {
    List<Landing> landings =
        n % 2 == 0
            ? List.of(new Landing(DistrictFixture.COMMUNITY, LocalDate.of(2021, 1, 1), null))
            : List.of();
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of(String.format("k%03d", (n * 37) % 101)),
            0,
            "组织" + n,
            LegalForm.COMMUNITY_SOCIAL_ORGANIZATION,
            OrganizationStatus.INCUBATING,
            HOMES.get(n % HOMES.size()),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            landings,
            null,
            null));
  }

  private List<Organization> walk(OrganizationQuery query, int limit) {
    List<Organization> all = new ArrayList<>();
    Organization last = null;
    while (true) {
      List<Organization> page = store.queryAfter(query, last, limit);
      assertThat(page.size()).isLessThanOrEqualTo(limit);
      all.addAll(page);
      if (page.size() < limit) {
        return all;
      }
      last = page.get(page.size() - 1);
    }
  }

  @Test
  void pages_by_key_walk_the_stable_order_without_gaps_or_repeats() {
    List<Organization> batch = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      batch.add(organization(n));
    }
    store.saveAll(batch);
    for (OrganizationQuery q :
        List.of(
            OrganizationQuery.all(),
            OrganizationQuery.all().within(DistrictFixture.DISTRICT),
            OrganizationQuery.all().within(DistrictFixture.STREET),
            OrganizationQuery.all().landedIn(DistrictFixture.COMMUNITY))) {
      List<Organization> expected =
          store.query(q, PageRequest.first(PageRequest.MAX_LIMIT)).items();
      assertThat(expected).isNotEmpty();
      for (int limit : new int[] {1, 7, 60, 100}) {
        assertThat(walk(q, limit)).as("%s by %d", q, limit).containsExactlyElementsOf(expected);
      }
    }
    assertThatThrownBy(() -> store.queryAfter(OrganizationQuery.all(), null, 0))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.REGISTRY_PAGE_INVALID));
  }
}
