package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.party.JointBranch;
import org.sanshe.core.registry.party.PartyAffiliation;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyOrganizationKind;
import org.sanshe.core.registry.party.PartyRecordId;
import org.sanshe.core.registry.party.PartyRecords;
import org.sanshe.core.registry.party.RecordedAffiliation;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.PartyRecordsContract;
import org.sanshe.testkit.contract.WithOutbox;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The PostgreSQL store keeps the {@link PartyRecords} contract (reopened through a second data
 * source, as a restarted or second server), and survives an outage.
 */
class JdbcPartyRecordsContractTest extends PartyRecordsContract {

  private SansheJdbc jdbc;

  private static SansheJdbc freshTables() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcPartyRecords.migrate(jdbc);
    return jdbc;
  }

  @Override
  protected PartyRecords newStore() {
    jdbc = freshTables();
    return JdbcPartyRecords.open(jdbc, clock);
  }

  @Override
  protected PartyRecords reopen(PartyRecords store) {
    return JdbcPartyRecords.open(Registries.secondServer(jdbc), clock);
  }

  @Override
  protected WithOutbox<PartyRecords> newStoreWithOutbox() {
    jdbc = freshTables();
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcPartyRecords.open(jdbc, clock, outbox), outbox);
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_changes_nothing() {
    PartyRecords store = newStore();
    LocalDate day = LocalDate.of(2026, 5, 1);
    PartyRecordId branch = PartyRecordId.of("JB-1");
    store.formJointBranch(new JointBranch(branch, "联合党支部", DistrictFixture.STREET, day), "clerk-1");
    OrganizationId org = OrganizationId.of("org-1");
    RecordedAffiliation first =
        store.record(
            PartyAffiliation.of(org, DistrictFixture.STREET, PartyOrganizationKind.NONE, day),
            0,
            "clerk-1");
    PartyAffiliation joint = PartyAffiliation.joint(org, DistrictFixture.STREET, branch, day);
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> store.record(joint, 1, "clerk-1"))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> store.coverage(DistrictFixture.DISTRICT))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    PartyRecords read = reopen(store);
    assertThat(read.affiliation(org)).contains(first);
    assertThat(read.coverage(DistrictFixture.STREET))
        .isEqualTo(new PartyCoverage(DistrictFixture.STREET, 0, 0, 0, 1));
    assertThat(store.record(joint, 1, "clerk-1").version()).isEqualTo(2);
    assertThat(read.coverage(DistrictFixture.DISTRICT))
        .isEqualTo(new PartyCoverage(DistrictFixture.DISTRICT, 0, 1, 0, 0));
    assertThat(read.members(branch)).containsExactly(org);
  }
}
