package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.organization.ContactPerson;
import org.sanshe.core.registry.organization.ContactPhone;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.RegisteredAddress;
import org.sanshe.core.registry.organization.RegistrationDetails;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.generator.SyntheticIdentifiers;

/**
 * The complete organization records of issue 19 on PostgreSQL (schema registry V2): every field is
 * stored and read back by a new store over the same tables, changes replace the lists, a stopped
 * database changes nothing, and organizations without details read back as before.
 */
class DurableRecordsTest {

  private final MutableClock clock = DistrictFixture.clock();
  private final SansheJdbc jdbc = Registries.freshTables();
  private final JdbcOrganizations store = JdbcOrganizations.open(jdbc);

  private static UnifiedSocialCreditCode uscc(long n) {
    return SyntheticIdentifiers.civilAffairsUscc('2', DistrictFixture.DISTRICT, n);
  }

  private static Organization organization(String id, long n) {
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of(id),
            0,
            "社会组织 " + id,
            LegalForm.SOCIAL_SERVICE_AGENCY,
            OrganizationStatus.ACTIVE,
            DistrictFixture.COMMUNITY,
            uscc(n),
            LocalDate.of(2020, 1, 6),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  static RegistrationDetails form() {
    return new RegistrationDetails(
        "张三丰",
        "office@example.org",
        "https://example.org/about",
        List.of(new ContactPhone("025-52345678", false), new ContactPhone("13912345678", true)),
        List.of(
            new ContactPerson("李四", "秘书长", new ContactPhone("13800001111", true)),
            new ContactPerson("王五", null, null)),
        null,
        "为老服务、邻里互助\n社区文化活动",
        "南京市雨花台区民政局",
        LocalDate.of(2018, 6, 1),
        Map.of("erp.id", "A-17", "wechat", "yuhua-help"),
        null,
        null);
  }

  @Test
  void every_record_field_is_read_back_by_a_new_store_over_the_same_tables() {
    Organization hub = store.save(organization("hub", 1));
    Organization o = store.save(organization("org-1", 2));
    o = store.save(o.recordDetails(form(), clock));
    o =
        store.save(
            o.relocate(new RegisteredAddress(DistrictFixture.COMMUNITY, "雨花西路 1 号"), clock)
                .rename("雨花邻里互助中心", clock)
                .startIncubation(
                    hub.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), clock)
                .graduate(LocalDate.of(2025, 12, 1), clock));
    JdbcOrganizations restarted = JdbcOrganizations.open(Registries.secondServer(jdbc));
    Organization read = restarted.find(o.id()).orElseThrow();
    assertThat(read.snapshot()).isEqualTo(o.snapshot());
    assertThat(read.details().contacts()).hasSize(2);
    assertThat(read.details().incubation().graduatedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(restarted.find(hub.id()).orElseThrow().details())
        .isEqualTo(RegistrationDetails.EMPTY);
  }

  @Test
  void changing_the_record_replaces_its_lists_and_closing_keeps_the_date() {
    Organization o = store.save(organization("org-1", 2).recordDetails(form(), clock));
    RegistrationDetails fewer =
        new RegistrationDetails(
            null,
            null,
            null,
            List.of(new ContactPhone("025-1", false)),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    o = store.save(o.recordDetails(fewer, clock));
    o = store.save(o.deregister(clock));
    Organization read = JdbcOrganizations.open(jdbc).find(o.id()).orElseThrow();
    assertThat(read.details().phones()).extracting(ContactPhone::number).containsExactly("025-1");
    assertThat(read.details().contacts()).isEmpty();
    assertThat(read.details().attributes()).isEmpty();
    assertThat(read.details().closedOn()).isNotNull();
    assertThat(read).isEqualTo(o);
  }

  @Test
  void a_stopped_database_is_a_coded_error_and_nothing_of_the_record_is_half_written() {
    Organization saved = store.save(organization("org-1", 2));
    Organization changed = saved.recordDetails(form(), clock);
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> store.save(changed))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue())
          .hasMessageNotContaining("张三丰");
    } finally {
      TestDatabase.start();
    }
    assertThat(store.find(saved.id()).orElseThrow().details()).isEqualTo(RegistrationDetails.EMPTY);
    assertThat(store.save(changed).details().legalRepresentative()).isEqualTo("张三丰");
  }
}
