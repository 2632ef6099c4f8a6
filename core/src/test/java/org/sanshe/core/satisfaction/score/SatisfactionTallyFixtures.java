package org.sanshe.core.satisfaction.score;

import static org.sanshe.core.satisfaction.SatisfactionFixtures.key;

import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.SubjectId;

/** Builds tallies for tests. */
final class SatisfactionTallyFixtures {

  private SatisfactionTallyFixtures() {}

  /** A tally of one subject, one ordinary resident per row of levels. */
  static SatisfactionTally tally(Questionnaire questionnaire, SubjectId subject, int[]... rows) {
    SatisfactionTally tally = new SatisfactionTally(questionnaire);
    add(tally, subject, 0, rows);
    return tally;
  }

  /** Adds one ordinary resident per row, respondents numbered from {@code first}. */
  static void add(SatisfactionTally tally, SubjectId subject, int first, int[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      tally.add(
          Response.ofLevels(
              tally.questionnaire(),
              key(first + r, subject),
              RespondentCategory.ORDINARY_RESIDENT,
              rows[r]));
    }
  }

  /** Rules that score any sample of at least one respondent. */
  static ScoringRules anySample() {
    return ScoringRules.preset()
        .withMinimumSample(
            MinimumSampleRule.of(1, org.sanshe.core.satisfaction.instrument.Weight.ZERO));
  }
}
