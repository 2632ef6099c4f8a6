package org.sanshe.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.ErrorCategory;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.error.AffairsError;

class ErrorCategoriesTest {

  private static void assertComplete(ErrorCode[] codes, String catalogue) throws Exception {
    Properties listed = new Properties();
    try (InputStream in =
        codes[0]
            .getClass()
            .getResourceAsStream("/META-INF/sanshe/" + catalogue + "-categories.properties")) {
      assertThat(in).as(catalogue).isNotNull();
      listed.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(listed.stringPropertyNames())
        .as(catalogue)
        .isEqualTo(Arrays.stream(codes).map(ErrorCode::code).collect(Collectors.toSet()));
    for (ErrorCode e : codes) {
      assertThat(e.category())
          .as(e.code())
          .isEqualTo(ErrorCategory.valueOf(listed.getProperty(e.code()).trim()));
    }
  }

  @Test
  void every_deliberation_code_has_exactly_one_category() throws Exception {
    assertComplete(AffairsError.values(), "affairs");
    assertComplete(VotingError.values(), "voting");
  }

  @Test
  void examples_of_each_category() {
    assertThat(AffairsError.VOTE_UNKNOWN.httpStatus()).isEqualTo(404);
    assertThat(AffairsError.VOTE_DUPLICATE_VOTER.httpStatus()).isEqualTo(409);
    assertThat(AffairsError.VOTE_VOTER_INELIGIBLE.httpStatus()).isEqualTo(403);
    assertThat(VotingError.BALLOT_TOO_LONG.httpStatus()).isEqualTo(400);
  }
}
