package org.sanshe.core.registry.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.ConformanceFiles;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionKind;
import org.sanshe.core.identifier.DivisionLevel;

/** The three district files of {@code shared/conformance/divisions} and their published counts. */
class DivisionConformanceTest {

  private static Divisions load() {
    Path yuhuatai = ConformanceFiles.require("divisions/320114_nanjing_yuhuatai.csv");
    Path tianning = ConformanceFiles.require("divisions/320402_changzhou_tianning.csv");
    Path xiuzhou = ConformanceFiles.require("divisions/330411_jiaxing_xiuzhou.csv");
    return Divisions.load(yuhuatai, tianning, xiuzhou);
  }

  private static void assertCounts(Divisions d, String district, int streets, int communities) {
    DivisionCode code = DivisionCode.parse(district);
    assertThat(d.below(code, DivisionLevel.TOWNSHIP)).as(district + " streets").hasSize(streets);
    assertThat(d.below(code, DivisionLevel.VILLAGE))
        .as(district + " communities and villages")
        .hasSize(communities);
    assertThat(d.children(code)).hasSize(streets);
    assertThat(d.subtree(code)).hasSize(1 + streets + communities);
  }

  @Test
  void yuhuatai_has_9_streets_and_98_communities_and_villages() {
    assertCounts(load(), "320114", 9, 98);
  }

  @Test
  void tianning_has_7_streets_and_125_communities_and_villages() {
    assertCounts(load(), "320402", 7, 125);
  }

  @Test
  void xiuzhou_has_9_streets_and_170_communities_and_villages() {
    assertCounts(load(), "330411", 9, 170);
  }

  @Test
  void xincheng_town_sits_in_xiuzhou() {
    Divisions d = load();
    Division xincheng = d.require(DivisionCode.parse("330411104"));
    assertThat(xincheng.name()).isEqualTo("新塍镇");
    assertThat(xincheng.kind()).isEqualTo(DivisionKind.TOWN);
    assertThat(xincheng.parent()).contains(DivisionCode.parse("330411"));
    assertThat(d.require(xincheng.parent().orElseThrow()).name()).isEqualTo("秀洲区");
    assertThat(d.searchByName("新塍")).extracting(Division::code).contains(xincheng.code());
    assertThat(d.children(xincheng.code()))
        .isNotEmpty()
        .allMatch(c -> c.parent().orElseThrow().equals(xincheng.code()));
  }

  @Test
  void every_community_kind_follows_from_its_code() {
    Divisions d = load();
    List<Division> villageLevel =
        d.all().stream().filter(x -> x.level() == DivisionLevel.VILLAGE).toList();
    assertThat(villageLevel).hasSize(98 + 125 + 170);
    for (Division v : villageLevel) {
      int segment = Integer.parseInt(v.code().value().substring(9));
      DivisionKind expected =
          segment < 200
              ? DivisionKind.COMMUNITY
              : segment < 400 ? DivisionKind.VILLAGE : DivisionKind.SIMILAR_VILLAGE_UNIT;
      assertThat(v.kind()).as(v.toString()).isEqualTo(expected);
    }
    // names confirm the coding: villagers' committees are coded 200-399
    assertThat(d.require(DivisionCode.parse("320402001204")).kind())
        .isEqualTo(DivisionKind.VILLAGE);
    assertThat(d.require(DivisionCode.parse("320402001204")).name()).contains("村");
    assertThat(d.require(DivisionCode.parse("320114001001")).kind())
        .isEqualTo(DivisionKind.COMMUNITY);
  }

  @Test
  void the_national_code_is_known_but_the_cities_above_the_districts_are_not() {
    Divisions d = load();
    assertThat(d.contains(DivisionCode.parse("100000"))).isTrue();
    assertThat(d.contains(DivisionCode.parse("320100"))).isFalse();
    assertThat(d.subtree(DivisionCode.parse("320000"))).hasSize(1 + 9 + 98 + 1 + 7 + 125);
  }
}
