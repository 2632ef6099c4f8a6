package org.sanshe.core.registry.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT;
import static org.sanshe.core.registry.organization.OrganizationFixture.FAR_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.registry.organization.ServiceDomain;

class ServiceListTest {

  private static int seq;

  private static Need need(Channel channel, ServiceDomain category, DivisionCode community) {
    return new Need(
        new NeedId("n" + seq++), channel, category, community, LocalDate.of(2025, 2, 1), "需求");
  }

  @Test
  void needs_are_counted_per_category_and_channel_per_street_and_district() {
    List<Need> needs =
        List.of(
            need(Channel.GRID, ServiceDomain.ELDERLY_CARE, COMMUNITY),
            need(Channel.HOTLINE_12345, ServiceDomain.ELDERLY_CARE, OTHER_COMMUNITY),
            need(Channel.WECHAT_ACCOUNT, ServiceDomain.YOUTH, COMMUNITY),
            need(Channel.APP, ServiceDomain.ELDERLY_CARE, FAR_COMMUNITY),
            need(Channel.VISIT, ServiceDomain.HEALTH, DivisionCode.parse("330411104201")));
    ServiceList district = ServiceList.of(DISTRICT, needs);
    assertThat(district.total()).isEqualTo(4);
    assertThat(district.byCategory())
        .containsExactly(
            Map.entry(ServiceDomain.ELDERLY_CARE, 3L), Map.entry(ServiceDomain.YOUTH, 1L));
    assertThat(district.byChannel())
        .containsKeys(Channel.GRID, Channel.HOTLINE_12345, Channel.WECHAT_ACCOUNT, Channel.APP);
    assertThat(district.byChannel().keySet())
        .as("ordered by code")
        .containsExactly(Channel.APP, Channel.GRID, Channel.HOTLINE_12345, Channel.WECHAT_ACCOUNT);
    Map<DivisionCode, ServiceList> streets = ServiceList.perStreet(DISTRICT, needs);
    assertThat(streets).containsOnlyKeys(STREET, OTHER_STREET);
    assertThat(streets.get(STREET).total()).isEqualTo(3);
    assertThat(streets.get(OTHER_STREET).byCategory())
        .containsExactly(Map.entry(ServiceDomain.ELDERLY_CARE, 1L));
  }

  @Test
  void a_need_is_described_and_located_in_a_community() {
    assertThatThrownBy(
            () ->
                new Need(
                    new NeedId("n"),
                    Channel.GRID,
                    ServiceDomain.YOUTH,
                    COMMUNITY,
                    LocalDate.of(2025, 1, 1),
                    " "))
        .hasMessageContaining("NEED_DESCRIPTION_BLANK");
    assertThatThrownBy(
            () ->
                new Need(
                    new NeedId("n"),
                    Channel.GRID,
                    ServiceDomain.YOUTH,
                    STREET,
                    LocalDate.of(2025, 1, 1),
                    "x"))
        .hasMessageContaining("ORGANIZATION_NOT_COMMUNITY");
  }
}
