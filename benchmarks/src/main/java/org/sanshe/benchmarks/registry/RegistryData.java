package org.sanshe.benchmarks.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.division.Division;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * Synthetic registry data: 10 districts of 100 streets, 10 communities per street, and any number
 * of organizations spread evenly over the streets (1,000,000 organizations give about 1,000 per
 * street). Every organization is registered and active with a valid credit code (both check
 * characters computed), one service domain and one landing in its community.
 */
final class RegistryData {

  static final int DISTRICTS = 10;
  static final int STREETS_PER_DISTRICT = 100;
  static final int STREETS = DISTRICTS * STREETS_PER_DISTRICT;
  static final int COMMUNITIES_PER_STREET = 10;

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private RegistryData() {}

  static String district(int d) {
    return "3201" + String.format("%02d", d + 1);
  }

  static DivisionCode street(int s) {
    return DivisionCode.parse(
        district(s / STREETS_PER_DISTRICT) + String.format("%03d", s % STREETS_PER_DISTRICT + 1));
  }

  static DivisionCode community(int s, int c) {
    return DivisionCode.parse(street(s).value() + String.format("%03d", c + 1));
  }

  static Divisions divisions() {
    Divisions.Builder b = Divisions.builder();
    for (int d = 0; d < DISTRICTS; d++) {
      b.add(Division.of(DivisionCode.parse(district(d)), "区" + d));
    }
    for (int s = 0; s < STREETS; s++) {
      b.add(Division.of(street(s), "街道" + s));
      for (int c = 0; c < COMMUNITIES_PER_STREET; c++) {
        b.add(Division.of(community(s, c), "社区" + s + "-" + c));
      }
    }
    return b.build();
  }

  static UnifiedSocialCreditCode uscc(int n) {
    String subject = String.format("%08d", n);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (subject.charAt(i) - '0') * ORG_WEIGHTS[i];
    }
    int r = 11 - sum % 11;
    char orgCheck = r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
    String body = "52320100" + subject + orgCheck;
    return UnifiedSocialCreditCode.parse(body + UnifiedSocialCreditCode.checkCharacter(body));
  }

  static OrganizationId id(int n) {
    return new OrganizationId(String.format("org-%07d", n));
  }

  /** Organization n lives in street n % STREETS. */
  static Organization organization(int n, Divisions divisions) {
    int s = n % STREETS;
    DivisionCode community =
        divisions.canonical(community(s, (n / STREETS) % COMMUNITIES_PER_STREET));
    Organization o =
        Organization.create(
            id(n),
            NewOrganization.registered(
                "社会服务机构" + n,
                LegalForm.SOCIAL_SERVICE_AGENCY,
                community,
                uscc(n),
                LocalDate.of(2015 + n % 10, 1 + n % 12, 1 + n % 28)),
            CLOCK);
    return o.activate(CLOCK)
        .changeDomains(
            Set.of(ServiceDomain.presets().get(n % ServiceDomain.presets().size())), CLOCK)
        .landIn(community, LocalDate.of(2024, 1, 1), CLOCK)
        .reportCertifiedWorkers(new CertifiedWorkers(n % 3, n % 2, 0), CLOCK);
  }
}
