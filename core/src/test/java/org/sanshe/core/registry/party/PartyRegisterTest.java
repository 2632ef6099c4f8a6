package org.sanshe.core.registry.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.organization.OrganizationId;

class PartyRegisterTest {

  static final DivisionCode DISTRICT = DivisionCode.parse("320114");
  static final DivisionCode STREET = DivisionCode.parse("320114002");
  static final DivisionCode OTHER_STREET = DivisionCode.parse("320114003");
  static final DivisionCode COMMUNITY = DivisionCode.parse("320114002001");
  static final LocalDate DAY = LocalDate.of(2026, 5, 1);
  static final PartyRecordId BRANCH = PartyRecordId.of("JB-1");

  static OrganizationId org(String id) {
    return OrganizationId.of(id);
  }

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneOffset.UTC);

  static RecordedAffiliation put(PartyRegister r, PartyAffiliation a) {
    long v = r.affiliation(a.organization()).map(RecordedAffiliation::version).orElse(0L);
    return r.record(a, v, "clerk");
  }

  static PartyRegister register() {
    PartyRegister r = new PartyRegister(CLOCK);
    r.formJointBranch(new JointBranch(BRANCH, "板桥街道社会组织联合党支部", STREET, DAY), "clerk");
    return r;
  }

  @Test
  void coverage_counts_each_kind_per_street_and_district() {
    PartyRegister r = register();
    put(r, PartyAffiliation.of(org("a"), STREET, PartyOrganizationKind.OWN_BRANCH, DAY));
    put(r, PartyAffiliation.joint(org("b"), STREET, BRANCH, DAY));
    put(r, PartyAffiliation.joint(org("c"), STREET, BRANCH, DAY));
    put(r, PartyAffiliation.of(org("d"), OTHER_STREET, PartyOrganizationKind.INSTRUCTOR, DAY));
    put(r, PartyAffiliation.of(org("e"), OTHER_STREET, PartyOrganizationKind.NONE, DAY));
    assertThat(r.coverage(STREET)).isEqualTo(new PartyCoverage(STREET, 1, 2, 0, 0));
    PartyCoverage district = r.coverage(DISTRICT);
    assertThat(district).isEqualTo(new PartyCoverage(DISTRICT, 1, 2, 1, 1));
    assertThat(district.organizationCoverage()).contains(Fraction.of(3, 5));
    assertThat(district.workCoverage()).contains(Fraction.of(4, 5));
    assertThat(r.coverageByStreet(DISTRICT))
        .extracting(PartyCoverage::division)
        .containsExactly(STREET, OTHER_STREET);
    assertThat(r.members(BRANCH)).containsExactly(org("b"), org("c"));
  }

  @Test
  void a_joint_branch_with_an_organization_from_another_street_is_refused_and_nothing_changes() {
    PartyRegister r = register();
    put(r, PartyAffiliation.of(org("x"), OTHER_STREET, PartyOrganizationKind.NONE, DAY));
    assertThatThrownBy(() -> put(r, PartyAffiliation.joint(org("x"), OTHER_STREET, BRANCH, DAY)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(RegistryError.PARTY_JOINT_BRANCH_OTHER_STREET);
              assertThat(e.message(Locale.CHINESE)).contains("x").contains("JB-1");
            });
    assertThat(r.members(BRANCH)).isEmpty();
    assertThat(r.coverage(OTHER_STREET)).isEqualTo(new PartyCoverage(OTHER_STREET, 0, 0, 0, 1));
  }

  @Test
  void bad_records_get_specific_codes() {
    PartyRegister r = register();
    assertThatThrownBy(
            () -> put(r, PartyAffiliation.joint(org("a"), STREET, PartyRecordId.of("nope"), DAY)))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.PARTY_BRANCH_UNKNOWN);
    assertThatThrownBy(
            () ->
                new PartyAffiliation(
                    org("a"), STREET, PartyOrganizationKind.OWN_BRANCH, BRANCH, DAY))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.PARTY_AFFILIATION_INVALID);
    assertThatThrownBy(
            () -> PartyAffiliation.of(org("a"), COMMUNITY, PartyOrganizationKind.NONE, DAY))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.PARTY_DIVISION_NOT_STREET);
    assertThatThrownBy(
            () -> r.formJointBranch(new JointBranch(BRANCH, "again", STREET, DAY), "clerk"))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.PARTY_RECORD_DUPLICATE);
    DualReport report =
        new DualReport(
            PartyRecordId.of("DR-1"),
            new HashedIdentity("ab".repeat(32)),
            org("a"),
            COMMUNITY,
            DualReport.Direction.MEMBER_TO_ORGANIZATION,
            DAY);
    assertThatThrownBy(() -> r.recordDualReport(report, "clerk"))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.PARTY_ORGANIZATION_UNKNOWN);
    put(r, PartyAffiliation.of(org("a"), STREET, PartyOrganizationKind.OWN_BRANCH, DAY));
    r.recordDualReport(report, "clerk");
    assertThat(r.dualReports(org("a"))).containsExactly(report);
  }

  @Test
  void stations_are_found_by_community_street_or_district() {
    PartyRegister r = register();
    ServiceStation s =
        new ServiceStation(PartyRecordId.of("ST-1"), "党员志愿服务站", COMMUNITY, null, DAY);
    r.openStation(s, "clerk");
    assertThat(r.stations(DISTRICT)).containsExactly(s);
    assertThat(r.stations(OTHER_STREET)).isEmpty();
    assertThat(s.hostIfAny()).isEmpty();
  }

  @Test
  void incremental_coverage_equals_coverage_by_query_after_any_sequence_of_records() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("PartyRegisterTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      PartyRegister r = new PartyRegister(CLOCK);
      DivisionCode[] streets = {STREET, OTHER_STREET, DivisionCode.parse("320115001")};
      for (DivisionCode s : streets) {
        r.formJointBranch(new JointBranch(PartyRecordId.of("JB-" + s), "联合党支部", s, DAY), "clerk");
      }
      for (int i = 0; i < 200; i++) {
        OrganizationId o = org("o" + rnd.nextInt(60));
        DivisionCode s = streets[rnd.nextInt(streets.length)];
        PartyOrganizationKind k = PartyOrganizationKind.values()[rnd.nextInt(4)];
        PartyAffiliation a =
            k == PartyOrganizationKind.JOINT_BRANCH
                ? PartyAffiliation.joint(
                    o, s, PartyRecordId.of("JB-" + streets[rnd.nextInt(streets.length)]), DAY)
                : PartyAffiliation.of(o, s, k, DAY);
        try {
          put(r, a);
        } catch (SansheException e) {
          assertThat(e.errorCode())
              .as("seed " + seed)
              .isEqualTo(RegistryError.PARTY_JOINT_BRANCH_OTHER_STREET);
        }
      }
      List<PartyAffiliation> all = r.affiliations();
      for (DivisionCode d :
          List.of(STREET, OTHER_STREET, streets[2], DISTRICT, DivisionCode.parse("320115"))) {
        assertThat(r.coverage(d)).as("seed " + seed).isEqualTo(PartyCoverage.of(d, all));
      }
      for (DivisionCode s : streets) {
        List<OrganizationId> members = r.members(PartyRecordId.of("JB-" + s));
        assertThat(members)
            .as("seed " + seed)
            .containsExactlyElementsOf(
                all.stream()
                    .filter(a -> PartyRecordId.of("JB-" + s).equals(a.jointBranch()))
                    .map(PartyAffiliation::organization)
                    .sorted()
                    .toList());
      }
    }
  }
}
