package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.owner;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;

class ElectorateTest {

  @Test
  void an_owners_electorate_totals_headcount_and_area_exactly() {
    Electorate e = VoteFixtures.owners("89.35", "120", "0.65");
    assertThat(e.size()).isEqualTo(3);
    assertThat(e.totalArea()).isEqualTo(FloorArea.parse("210"));
    assertThat(e.weighedByArea()).isTrue();
    assertThat(e.isEligible(owner(2))).isTrue();
    assertThat(e.isEligible(owner(4))).isFalse();
    assertThat(e.area(owner(1))).isEqualTo(FloorArea.parse("89.35"));
  }

  @Test
  void a_residents_electorate_counts_heads_only() {
    Electorate e = VoteFixtures.residents(5);
    assertThat(e.weighedByArea()).isFalse();
    assertThat(e.totalArea()).isEqualTo(FloorArea.ZERO);
  }

  @Test
  void a_zero_area_is_refused_with_its_own_code() {
    assertThatThrownBy(
            () -> Electorate.builder().add(Elector.of(owner(1), FloorArea.ofSquareCentimetres(0))))
        .hasMessageStartingWith("[VOTE_WEIGHT_NOT_POSITIVE]");
  }

  @Test
  void the_builder_refuses_duplicates_and_stays_unchanged() {
    Electorate.Builder builder =
        Electorate.builder().add(Elector.of(owner(1), FloorArea.ofSquareMetres(50)));
    assertThatThrownBy(() -> builder.add(Elector.of(owner(1), FloorArea.ofSquareMetres(60))))
        .hasMessageStartingWith("[VOTE_ELECTOR_DUPLICATE]");
    assertThatThrownBy(() -> builder.add(Elector.of(owner(2))))
        .hasMessageStartingWith("[VOTE_AREA_NOT_RECORDED]");
    Electorate e = builder.build();
    assertThat(e.size()).isEqualTo(1);
    assertThat(e.totalArea()).isEqualTo(FloorArea.ofSquareMetres(50));
  }

  @Test
  void a_roster_reports_every_bad_row_at_once() {
    List<Elector> roster =
        List.of(
            Elector.of(owner(1), FloorArea.ofSquareMetres(80)),
            Elector.of(owner(2), FloorArea.ZERO),
            Elector.of(owner(1), FloorArea.ofSquareMetres(90)),
            Elector.of(owner(3)));
    assertThatThrownBy(() -> Electorate.of(roster))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::path, Problem::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("[1]", "VOTE_WEIGHT_NOT_POSITIVE"),
                        org.assertj.core.groups.Tuple.tuple("[2]", "VOTE_ELECTOR_DUPLICATE"),
                        org.assertj.core.groups.Tuple.tuple("[3]", "VOTE_AREA_NOT_RECORDED")));
  }

  @Test
  void an_empty_roster_is_refused() {
    assertThatThrownBy(() -> Electorate.of(List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::code)
                    .containsExactly("VOTE_ELECTORATE_EMPTY"));
    assertThatThrownBy(() -> Electorate.builder().build())
        .hasMessageStartingWith("[VOTE_ELECTORATE_EMPTY]");
  }
}
