package org.sanshe.core.satisfaction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.PersonalDataHasher;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;

/** Shared fixtures for satisfaction tests. */
public final class SatisfactionFixtures {

  private static final PersonalDataHasher HASHER =
      PersonalDataHasher.withKey(
          "satisfaction-test-key-0123456789".getBytes(StandardCharsets.UTF_8));

  private SatisfactionFixtures() {}

  /** The keyed hash of a made-up respondent number. */
  public static HashedIdentity respondent(int number) {
    return HASHER.hash("respondent", "R" + number);
  }

  /** A social worker subject. */
  public static SubjectId worker(String id) {
    return SubjectId.of(SubjectKind.SOCIAL_WORKER, id);
  }

  /** The key of a respondent's answer about a subject in 2026. */
  public static ResponseKey key(int respondent, SubjectId subject) {
    return new ResponseKey(respondent(respondent), subject, Period.ofYear(2026));
  }

  /** Three five-level items, equally weighted (0.3334, 0.3333, 0.3333). */
  public static Questionnaire threeFiveLevelItems() {
    return Questionnaire.equallyWeighted(
        QuestionnaireId.of("three"),
        List.of(
            Item.of("Q1", Scale.FIVE_LEVEL),
            Item.of("Q2", Scale.FIVE_LEVEL),
            Item.of("Q3", Scale.FIVE_LEVEL)));
  }

  /** Two five-level items of weight 0.5 each. */
  public static Questionnaire twoHalves() {
    return Questionnaire.of(
        QuestionnaireId.of("halves"),
        List.of(
            Item.of("A", Scale.FIVE_LEVEL).weighted("0.5"),
            Item.of("B", Scale.FIVE_LEVEL).weighted("0.5")));
  }

  /**
   * A mixed questionnaire: a five-level item (0.4), a reverse-scored five-level item (0.2), a 0-10
   * recommendation item (0.2), an optional 1-10 item (0.1) and a competence vote (0.1).
   */
  public static Questionnaire mixed() {
    return Questionnaire.of(
        QuestionnaireId.of("mixed"),
        List.of(
            Item.of("overall", Scale.FIVE_LEVEL).weighted("0.4"),
            Item.of("complaints", Scale.FIVE_LEVEL).weighted("0.2").reverseScored(),
            Item.of("recommend", Scale.ZERO_TO_TEN).weighted("0.2"),
            Item.of("facilities", Scale.ONE_TO_TEN).weighted("0.1").optionalItem(),
            Item.of("competent", Scale.COMPETENCE).weighted("0.1")));
  }
}
