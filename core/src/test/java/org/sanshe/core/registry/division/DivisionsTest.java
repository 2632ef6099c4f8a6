package org.sanshe.core.registry.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryException;

class DivisionsTest {

  static final String CSV =
      """
      level,code,name,parentCode,areaCode,cityCode,provinceCode
      area,320114,"雨花台区",3201,320114,3201,32
      street,320114001,"雨花街道",320114,320114,3201,32
      village,320114001001,"雨花社区居委会",320114001,320114,3201,32
      village,320114001201,"某某村村委会",320114001,320114,3201,32
      street,320114400,"雨花经济开发区",320114,320114,3201,32
      """;

  static Divisions sample() {
    return Divisions.load(new StringReader(CSV));
  }

  @Test
  void loads_divisions_with_parents_children_and_kinds() {
    Divisions d = sample();
    assertThat(d.size()).isEqualTo(5);
    assertThat(d.children(DivisionCode.parse("320114")))
        .extracting(x -> x.code().value())
        .containsExactly("320114001", "320114400");
    assertThat(d.subtree(DivisionCode.parse("320114001"))).hasSize(3);
    assertThat(d.require(DivisionCode.parse("320114001201")).name()).isEqualTo("某某村村委会");
  }

  @Test
  void searching_by_name_returns_matches_in_code_order() {
    assertThat(sample().searchByName("雨花"))
        .extracting(x -> x.code().value())
        .containsExactly("320114", "320114001", "320114001001", "320114400");
    assertThat(sample().searchByName("  ")).isEmpty();
  }

  @Test
  void every_bad_line_is_reported_at_once() {
    String bad =
        """
        level,code,name,parentCode,areaCode,cityCode,provinceCode
        area,320114,"雨花台区",3201,320114,3201,32
        street,32011400X,"坏",320114,320114,3201,32
        village,320114001,"层级不符",320114,320114,3201,32
        street,320114002,"少字段",320114
        street,320114002,"",320114,320114,3201,32
        village,320114009001,"无上级",320114009,320114,3201,32
        """;
    assertThatThrownBy(() -> Divisions.load(new StringReader(bad)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::code)
                    .containsExactly(
                        "DIVISION_CODE_CHARACTER",
                        "REGISTRY_DIVISION_LEVEL_MISMATCH",
                        "REGISTRY_CSV_ROW",
                        "REGISTRY_DIVISION_NAME_BLANK",
                        "REGISTRY_DIVISION_PARENT_UNKNOWN"));
  }

  @Test
  void a_wrong_header_is_refused() {
    assertThatThrownBy(() -> Divisions.load(new StringReader("code,name\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("REGISTRY_CSV_HEADER");
  }

  @Test
  void duplicate_codes_are_refused() {
    String dup = CSV + "street,320114001,\"again\",320114,320114,3201,32\n";
    assertThatThrownBy(() -> Divisions.load(new StringReader(dup)))
        .hasMessageContaining("REGISTRY_DIVISION_DUPLICATE");
  }

  @Test
  void grids_and_buildings_are_added_below_a_community_with_local_codes() {
    DivisionCode community = DivisionCode.parse("320114001001");
    Divisions d =
        sample()
            .withLocalUnit(new LocalUnit(community, "G01", "第一网格", LocalUnitKind.GRID, null))
            .withLocalUnit(
                new LocalUnit(community, "G01-B3", "3 号楼", LocalUnitKind.BUILDING, "G01"));
    assertThat(d.localUnits(community))
        .extracting(LocalUnit::localCode)
        .containsExactly("G01", "G01-B3");
    assertThat(d.localUnit(community, "G01-B3").orElseThrow().grid()).contains("G01");
    assertThat(sample().localUnits(community)).isEmpty();
  }

  @Test
  void local_units_are_checked() {
    DivisionCode community = DivisionCode.parse("320114001001");
    Divisions d =
        sample().withLocalUnit(new LocalUnit(community, "G01", "网格", LocalUnitKind.GRID, null));
    assertThatThrownBy(
            () ->
                d.withLocalUnit(new LocalUnit(community, "G01", "again", LocalUnitKind.GRID, null)))
        .hasMessageContaining("REGISTRY_LOCAL_UNIT_DUPLICATE");
    assertThatThrownBy(
            () ->
                d.withLocalUnit(new LocalUnit(community, "B1", "楼", LocalUnitKind.BUILDING, "G09")))
        .hasMessageContaining("REGISTRY_LOCAL_UNIT_PARENT");
    assertThatThrownBy(
            () ->
                new LocalUnit(
                    DivisionCode.parse("320114001"), "G1", "网格", LocalUnitKind.GRID, null))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("REGISTRY_LOCAL_UNIT_PARENT");
    assertThatThrownBy(() -> new LocalUnit(community, "bad code", "x", LocalUnitKind.GRID, null))
        .hasMessageContaining("REGISTRY_LOCAL_CODE_INVALID");
    assertThatThrownBy(
            () ->
                sample()
                    .withLocalUnit(
                        new LocalUnit(
                            DivisionCode.parse("320114001002"),
                            "G1",
                            "x",
                            LocalUnitKind.GRID,
                            null)))
        .hasMessageContaining("REGISTRY_DIVISION_UNKNOWN");
  }

  @Test
  void csv_fields_follow_rfc_4180_quoting() {
    assertThat(Csv.split("a,\"b,c\",\"d\"\"e\",")).containsExactly("a", "b,c", "d\"e", "");
    assertThat(Csv.split("a,\"b")).isNull();
  }
}
