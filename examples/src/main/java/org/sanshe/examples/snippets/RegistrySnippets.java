package org.sanshe.examples.snippets;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.core.registry.organization.OrganizationStatus;

/**
 * The README's registry snippet; {@code ReadmeSnippetsTest} checks that the README shows the tagged
 * region verbatim and that it does what its comments say.
 */
public final class RegistrySnippets {

  private RegistrySnippets() {}

  /**
   * Files and activates a community volunteer team in a street's registry.
   *
   * @return the team's id, its status, and the organizations counted per street
   */
  public static List<Object> organizations() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    Divisions divisions =
        Divisions.load(
            new StringReader(
                """
                level,code,name,parentCode,areaCode,cityCode,provinceCode
                area,320114,"雨花台区",3201,320114,3201,32
                street,320114001,"雨花街道",320114,320114,3201,32
                village,320114001002,"丁墙社区居委会",320114001,320114,3201,32
                """));
    IdSource ids = IdSource.sequential("org");
    // tag::registry[]
    InMemoryOrganizations store = new InMemoryOrganizations();
    OrganizationRegistry registry =
        OrganizationRegistry.builder(store, divisions).clock(clock).ids(ids).build();
    DivisionCode dingqiang = DivisionCode.parse("320114001002"); // a community of 雨花街道
    Organization team =
        registry.create(
            NewOrganization.incubating(
                "丁墙社区志愿者服务队", LegalForm.COMMUNITY_SOCIAL_ORGANIZATION, dingqiang));
    registry.file(team.id(), DivisionCode.parse("320114001"), LocalDate.of(2024, 4, 1));
    OrganizationStatus status = registry.activate(team.id()).status(); // ACTIVE
    Map<DivisionCode, Long> perStreet = store.countsPerStreet(DivisionCode.parse("320114"));
    // perStreet: {320114001=1}
    // end::registry[]
    return List.of(team.id().value(), status, perStreet);
  }
}
