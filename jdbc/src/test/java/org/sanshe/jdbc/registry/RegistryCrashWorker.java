package org.sanshe.jdbc.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.UrlDataSource;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The child process of {@link RegistryCrashTest}: saves new organizations, each landed in a
 * community and serving two domains (one organization row, one landing row, two domain rows and
 * three outbox events per save), from two threads as fast as the database allows, printing {@code
 * ACK <organization id>} once a save returned, until it is killed. Arguments: JDBC URL, table
 * prefix, run tag.
 */
public final class RegistryCrashWorker {

  /** The community every organization lands in. */
  static final LocalDate LANDED_ON = LocalDate.of(2026, 3, 1);

  private RegistryCrashWorker() {}

  /**
   * Runs the worker.
   *
   * @param args URL, prefix, run tag
   */
  public static void main(String[] args) {
    SansheJdbc jdbc = SansheJdbc.builder(new UrlDataSource(args[0])).tablePrefix(args[1]).build();
    JdbcOrganizations store = JdbcOrganizations.open(jdbc, JdbcOutbox.open(jdbc));
    Clock clock = DistrictFixture.clock();
    for (int t = 0; t < 2; t++) {
      String tag = args[2] + "t" + t;
      new Thread(
              () -> {
                for (int i = 0; ; i++) {
                  OrganizationId id = OrganizationId.of(tag + "-" + i);
                  store.save(organization(id, clock));
                  synchronized (System.out) {
                    System.out.println("ACK " + id.value());
                    System.out.flush();
                  }
                }
              },
              tag)
          .start();
    }
  }

  /** A new organization landed in the fixture's community and serving two domains. */
  static Organization organization(OrganizationId id, Clock clock) {
    return Organization.create(
            id,
            NewOrganization.incubating(
                "社区社会组织 " + id.value(),
                LegalForm.COMMUNITY_SOCIAL_ORGANIZATION,
                DistrictFixture.COMMUNITY),
            clock)
        .landIn(DistrictFixture.COMMUNITY, LANDED_ON, clock)
        .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.YOUTH), clock);
  }
}
