package org.sanshe.examples.district;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * Registers the street's hub, a community federation and community groups, files and lands them.
 */
public final class OrganizationsStep implements Step {

  /** Creates the step. */
  public OrganizationsStep() {}

  @Override
  public String key() {
    return "organizations";
  }

  @Override
  public String title() {
    return "Register the hub, the federation and community groups";
  }

  @Override
  public String titleZh() {
    return "登记枢纽型组织、联合会与社区社会组织";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    OrganizationRegistry registry = district.registry();
    Organization hub =
        registry.create(
            NewOrganization.registered(
                "雨花街道社会组织服务中心",
                LegalForm.SOCIAL_SERVICE_AGENCY,
                DistrictData.YUHUA_STREET,
                DistrictData.creditCode('2', 1),
                LocalDate.of(2018, 3, 1)));
    registry.activate(hub.id());
    registry.assignHub(hub.id(), DistrictData.YUHUA_STREET);
    registry.awardGrade(hub.id(), 905, LocalDate.of(2025, 5, 1));

    Organization federation =
        registry.create(
            NewOrganization.registered(
                "雨花社区社会组织联合会",
                LegalForm.SOCIAL_GROUP,
                DistrictData.YUHUA_COMMUNITY,
                DistrictData.creditCode('1', 2),
                LocalDate.of(2019, 1, 1)));
    registry.activate(federation.id());
    registry.designateFederation(federation.id(), DistrictData.YUHUA_COMMUNITY);

    Organization team =
        registry.create(
            NewOrganization.incubating(
                "丁墙社区志愿者服务队",
                LegalForm.COMMUNITY_SOCIAL_ORGANIZATION,
                DistrictData.DINGQIANG_COMMUNITY));
    registry.file(team.id(), DistrictData.YUHUA_STREET, LocalDate.of(2024, 4, 1));
    registry.activate(team.id());
    registry.joinFederation(team.id(), federation.id());
    registry.landIn(team.id(), DistrictData.YUHUA_COMMUNITY, LocalDate.of(2024, 5, 1));
    registry.changeDomains(
        team.id(), Set.of(ServiceDomain.VOLUNTEERING, ServiceDomain.ELDERLY_CARE));
    registry.submitAnnualReport(team.id(), Year.of(2025), LocalDate.of(2026, 2, 1));

    Organization elderCare =
        registry.create(
            NewOrganization.incubating(
                "赛虹桥邻里互助队",
                LegalForm.COMMUNITY_SOCIAL_ORGANIZATION,
                DistrictData.SAIHONGQIAO_COMMUNITY));
    registry.file(elderCare.id(), DistrictData.SAIHONGQIAO_STREET, LocalDate.of(2025, 9, 1));
    registry.activate(elderCare.id());
    registry.changeDomains(
        elderCare.id(), Set.of(DistrictData.NEIGHBOUR_AID, ServiceDomain.ELDERLY_CARE));

    out.columns("id", "name 名称", "legal form 类型", "status 状态", "where 所在", "role 角色");
    for (Organization stored :
        List.of(hub, federation, team, elderCare).stream()
            .map(o -> district.organizations().find(o.id()).orElseThrow())
            .toList()) {
      out.row(
          stored.id().value(),
          stored.name(),
          stored.legalForm(),
          stored.status(),
          district.divisions().require(stored.division()).name(),
          role(stored));
    }
    district.openTimeBank(team.id());

    Map<DivisionCode, Long> perStreet =
        district.organizations().countsPerStreet(DistrictData.DISTRICT);
    EvaluationGrade hubGrade =
        district
            .organizations()
            .find(hub.id())
            .orElseThrow()
            .gradeOn(LocalDate.of(2026, 3, 1))
            .orElseThrow()
            .grade();
    out.figure("organizations in 雨花街道", perStreet.getOrDefault(DistrictData.YUHUA_STREET, 0L));
    out.figure(
        "organizations in 赛虹桥街道", perStreet.getOrDefault(DistrictData.SAIHONGQIAO_STREET, 0L));
    out.figure("hub grade 评估等级", hubGrade);
    out.figure("registry events", district.organizationEvents().size());
    out.check(
        "雨花街道 counts three organizations, 赛虹桥街道 one",
        perStreet.getOrDefault(DistrictData.YUHUA_STREET, 0L) == 3
            && perStreet.getOrDefault(DistrictData.SAIHONGQIAO_STREET, 0L) == 1);
    out.check(
        "the hub serves 雨花街道",
        district
            .organizations()
            .hubOf(DistrictData.YUHUA_STREET)
            .map(o -> o.id().equals(hub.id()))
            .orElse(false));
    out.check("a score of 905 earns the hub 5A", hubGrade == EvaluationGrade.FIVE_A);
    out.check(
        "the district's own domain 邻里互助 is stored and found by a query",
        district
                .organizations()
                .count(OrganizationQuery.all().withDomain(DistrictData.NEIGHBOUR_AID))
            == 1);
    out.check(
        "the volunteer team is a member of the federation",
        district
            .organizations()
            .find(team.id())
            .orElseThrow()
            .memberships()
            .contains(federation.id()));
  }

  private static String role(Organization o) {
    if (o.hubOf().isPresent()) {
      return "hub 枢纽 of " + o.hubOf().get();
    }
    if (o.federationOf().isPresent()) {
      return "federation 联合会 of " + o.federationOf().get();
    }
    if (!o.memberships().isEmpty()) {
      return "member of " + o.memberships().get(0).value();
    }
    return "community group 社区社会组织";
  }
}
