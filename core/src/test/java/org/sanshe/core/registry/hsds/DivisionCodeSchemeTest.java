package org.sanshe.core.registry.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;

class DivisionCodeSchemeTest {

  @Test
  void six_digit_codes_are_gb_t_2260() {
    for (String code : new String[] {"320000", "320100", "320114", "110101"}) {
      assertThat(DivisionCodeScheme.of(DivisionCode.parse(code)))
          .as(code)
          .isEqualTo(DivisionCodeScheme.GB_T_2260);
    }
    assertThat(DivisionCodeScheme.GB_T_2260.label()).contains("GB/T 2260");
  }

  @Test
  void street_and_community_codes_are_statistical_division_codes_not_gb_t_2260() {
    for (String code : new String[] {"320114001", "320114001001", "330411101201"}) {
      DivisionCodeScheme scheme = DivisionCodeScheme.of(DivisionCode.parse(code));
      assertThat(scheme).as(code).isEqualTo(DivisionCodeScheme.NBS_STATISTICAL_DIVISION_CODE);
      assertThat(scheme.label()).contains("统计用区划代码").doesNotContain("2260");
    }
  }
}
