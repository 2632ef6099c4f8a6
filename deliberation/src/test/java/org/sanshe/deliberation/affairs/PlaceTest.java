package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.STREET;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanshe.deliberation.error.AffairsException;

class PlaceTest {

  @ParameterizedTest
  @ValueSource(strings = {"320114001001/G03/B12", "320114001001/G03", "320114001001", "320114001"})
  void parse_reads_back_to_string(String text) {
    assertThat(Place.parse(text).toString()).isEqualTo(text);
    assertThat(Place.parse(text)).isEqualTo(Place.parse(text));
    assertThat(Place.parse(text).hashCode()).isEqualTo(Place.parse(text).hashCode());
  }

  @Test
  void a_place_knows_its_grid_building_and_community() {
    Place place = Place.of(COMMUNITY, "G03", "B12");
    assertThat(place.grid()).contains("G03");
    assertThat(place.building()).contains("B12");
    assertThat(place.community()).contains(COMMUNITY);
    assertThat(Place.of(STREET).community()).isEmpty();
  }

  @Test
  void places_order_by_division_then_grid_then_building() {
    List<Place> places =
        new ArrayList<>(
            List.of(
                Place.parse("320114001001/G03/B12"),
                Place.parse("320114001001/G03"),
                Place.parse("320114001001/G02/B99"),
                Place.parse("320114001001"),
                Place.parse("320114001")));
    places.sort(null);
    assertThat(places)
        .extracting(Place::toString)
        .containsExactly(
            "320114001",
            "320114001001",
            "320114001001/G02/B99",
            "320114001001/G03",
            "320114001001/G03/B12");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "320114001/G03",
        "320114001001/G 3",
        "320114001001//B12",
        "320114001001/G03/B12/R1",
        "32011400100X",
        ""
      })
  void malformed_places_are_refused(String text) {
    assertThatThrownBy(() -> Place.parse(text))
        .isInstanceOf(AffairsException.class)
        .extracting(e -> ((AffairsException) e).code())
        .isEqualTo("AFFAIRS_PLACE_INVALID");
  }
}
