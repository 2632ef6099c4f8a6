package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.deliberation.Theories.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FloorAreaTest {

  @Test
  void areas_are_exact_square_centimetres() {
    assertThat(FloorArea.parse("89.35").squareCentimetres()).isEqualTo(893_500);
    assertThat(FloorArea.parse("0.0001").squareCentimetres()).isEqualTo(1);
    assertThat(FloorArea.ofSquareMetres(120)).isEqualTo(FloorArea.parse("120.00"));
    assertThat(FloorArea.parse("0.1").plus(FloorArea.parse("0.2")))
        .isEqualTo(FloorArea.parse("0.3"));
  }

  @Test
  void to_string_gives_square_metres_that_parse_reads_back() {
    assertThat(FloorArea.parse("89.50").toString()).isEqualTo("89.5");
    assertThat(FloorArea.ofSquareMetres(120).toString()).isEqualTo("120");
    assertThat(FloorArea.ZERO.toString()).isEqualTo("0");
  }

  @Test
  void parse_reads_back_any_area() {
    qt().forAll(longs().between(0, 1_000_000_000_000L))
        .checkAssert(
            cm2 -> {
              FloorArea area = FloorArea.ofSquareCentimetres(cm2);
              assertThat(FloorArea.parse(area.toString())).isEqualTo(area);
            });
  }

  @Test
  void areas_order_by_size() {
    assertThat(FloorArea.parse("89.9999")).isLessThan(FloorArea.parse("90"));
    assertThat(FloorArea.parse("90").hashCode()).isEqualTo(FloorArea.parse("90.0").hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1.00001", "abc", "1e3", "", "99999999999999999"})
  void bad_areas_are_refused(String text) {
    assertThatThrownBy(() -> FloorArea.parse(text)).hasMessageStartingWith("[VOTE_AREA_INVALID]");
  }

  @Test
  void overflow_is_refused() {
    FloorArea big = FloorArea.ofSquareCentimetres(Long.MAX_VALUE);
    assertThatThrownBy(() -> big.plus(FloorArea.ofSquareCentimetres(1)))
        .hasMessageStartingWith("[VOTE_AREA_INVALID]");
  }
}
