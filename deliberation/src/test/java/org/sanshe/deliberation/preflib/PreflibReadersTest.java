package org.sanshe.deliberation.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;

class PreflibReadersTest {

  private static final String SOI =
      """
      # FILE NAME: test.soi
      # NUMBER ALTERNATIVES: 3
      # ALTERNATIVE NAME 1: Ann
      # ALTERNATIVE NAME 2: Bo
      # ALTERNATIVE NAME 3: Cy
      5: 1,2,3
      2: 3
      1: 2,1
      """;

  @Test
  void soi_lines_become_counted_rankings_with_named_alternatives() {
    RankedElection e = SoiReader.parse(SOI);
    assertThat(e.candidates().list()).extracting(CandidateId::value).containsExactly("1", "2", "3");
    assertThat(e.byName("Bo")).isEqualTo(CandidateId.of("2"));
    assertThatThrownBy(() -> e.byName("Nobody"))
        .isInstanceOfSatisfying(
            org.sanshe.deliberation.ballot.VotingException.class,
            x -> {
              assertThat(x.errorCode())
                  .isEqualTo(org.sanshe.deliberation.ballot.VotingError.PREFLIB_NAME_UNKNOWN);
              assertThat(x.getMessage()).doesNotContain("Nobody");
            });
    assertThat(e.ballots().voters()).isEqualTo(8);
    assertThat(e.ballots().distinct().get(1).ballot()).isEqualTo(RankedBallot.parse("3"));
    assertThat(e.metadata()).containsEntry("NUMBER ALTERNATIVES", "3");
  }

  @Test
  void soi_refuses_unknown_alternatives_bad_counts_and_repeats_with_the_line() {
    assertThatThrownBy(() -> SoiReader.parse(SOI + "1: 4\n"))
        .hasMessageContaining("PREFLIB_UNKNOWN_ALTERNATIVE")
        .hasMessageContaining("Line 9");
    assertThatThrownBy(() -> SoiReader.parse(SOI + "x: 1\n"))
        .hasMessageContaining("PREFLIB_COUNT_INVALID");
    assertThatThrownBy(() -> SoiReader.parse(SOI + "0: 1\n"))
        .hasMessageContaining("PREFLIB_COUNT_INVALID");
    assertThatThrownBy(() -> SoiReader.parse(SOI + "1: 1,1\n"))
        .hasMessageContaining("PREFLIB_DUPLICATE_ALTERNATIVE");
    assertThatThrownBy(() -> SoiReader.parse(SOI + "1 1,2\n"))
        .hasMessageContaining("PREFLIB_LINE_INVALID");
    assertThatThrownBy(() -> SoiReader.parse("5: 1\n"))
        .hasMessageContaining("PREFLIB_NO_CANDIDATES");
  }

  private static final String ABIF =
      """
      {title: "Test"}
      # a comment
      =A:[Alice Smith]
      =B:[Bob Jones]
      =C:[Carol]
      3:A>B
      2:B=C>A
      1:[Carol]>A
      """;

  @Test
  void abif_reads_metadata_candidates_and_equal_ranks() {
    RankedElection e = AbifReader.parse(ABIF);
    assertThat(e.metadata()).containsEntry("title", "Test");
    assertThat(e.names()).containsEntry(CandidateId.of("A"), "Alice Smith");
    assertThat(e.ballots().voters()).isEqualTo(6);
    assertThat(e.ballots().distinct().get(1).ballot()).isEqualTo(RankedBallot.parse("B=C>A"));
    assertThat(e.ballots().distinct().get(2).ballot()).isEqualTo(RankedBallot.parse("C>A"));
  }

  @Test
  void abif_refuses_undeclared_tokens_and_repeats_with_the_line() {
    assertThatThrownBy(() -> AbifReader.parse(ABIF + "1:A>D\n"))
        .hasMessageContaining("PREFLIB_UNKNOWN_ALTERNATIVE")
        .hasMessageContaining("Line 9");
    assertThatThrownBy(() -> AbifReader.parse(ABIF + "1:A>B=A\n"))
        .hasMessageContaining("PREFLIB_DUPLICATE_ALTERNATIVE");
    assertThatThrownBy(() -> AbifReader.parse(ABIF + "1:A>>B\n"))
        .hasMessageContaining("PREFLIB_UNKNOWN_ALTERNATIVE");
    assertThatThrownBy(() -> AbifReader.parse(ABIF + "many:A\n"))
        .hasMessageContaining("PREFLIB_COUNT_INVALID");
  }
}
