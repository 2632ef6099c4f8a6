package org.sanshe.core.fund;

import java.time.Instant;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;

/** Funds and counterparties for the tests. */
final class FundFixtures {

  static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
  static final String CLERK = "clerk-li";
  static final Counterparty ORG = Counterparty.organization(OrganizationId.of("org-sunflower"));
  static final Counterparty PROJECT = Counterparty.project(new ProjectId("proj-elderly-meals"));
  static final Counterparty RESIDENT = Counterparty.resident(new HashedIdentity("ab".repeat(32)));
  static final Counterparty ENTERPRISE =
      Counterparty.enterprise(UnifiedSocialCreditCode.parse("53100000500019795A"));
  static final Counterparty BUREAU = Counterparty.government("civil-affairs");

  private FundFixtures() {}

  static Fund foundation() {
    return Fund.open(
        FundId.of("xc-foundation"), FundKind.COMMUNITY_FOUNDATION, "新城社区发展基金会", CLERK, T0);
  }

  static Fund mutualAid() {
    return Fund.open(FundId.of("xc-mutual-aid"), FundKind.MUTUAL_AID, "商会互助金", CLERK, T0);
  }

  static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }
}
