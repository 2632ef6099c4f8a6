package org.sanshe.core.satisfaction.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * Turns a {@link SatisfactionTally} into scores under {@link ScoringRules}: mean index, confidence
 * interval, Bayesian average, satisfaction rate with Wilson bounds, CSAT, NPS and Cronbach's alpha.
 * A subject whose sample fails the minimum-sample rule gets an {@link SubjectScore.Insufficient}
 * result without any number. Results are computed from whole-number counts only, so equal tallies
 * give equal reports; no result holds NaN or infinity. Immutable and thread-safe.
 */
public final class Scoring {

  private final ScoringRules rules;

  /**
   * Creates a scoring.
   *
   * @param rules the rules, not null
   */
  public Scoring(ScoringRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Returns the rules.
   *
   * @return the rules
   */
  public ScoringRules rules() {
    return rules;
  }

  /**
   * Scores every subject of a tally.
   *
   * @param tally the tally, not null; only read
   * @return the report
   */
  public SurveyReport report(SatisfactionTally tally) {
    Objects.requireNonNull(tally, "tally");
    List<SubjectCounts> all = new ArrayList<>();
    long sum = 0;
    long scored = 0;
    for (SubjectId subject : tally.subjects()) {
      SubjectCounts counts = tally.counts(subject);
      all.add(counts);
      sum += counts.scoreSum();
      scored += counts.scored();
    }
    Optional<Fraction> populationMean =
        scored == 0 ? Optional.empty() : Optional.of(Fraction.of(sum, 1000 * scored));
    Optional<Fraction> prior = rules.priorMean().or(() -> populationMean);
    Map<SubjectId, SubjectScore> scores = new LinkedHashMap<>();
    for (SubjectCounts counts : all) {
      scores.put(counts.subject(), score(counts, prior));
    }
    Reliability reliability = tally.reliabilityCounts().alpha();
    Problems.Builder warnings = Problems.builder();
    if (reliability instanceof Reliability.Alpha alpha) {
      if (alpha.value() < rules.reliabilityThreshold()) {
        warnings.add(
            Problem.warning(
                "reliability",
                SatisfactionError.SATISFACTION_RELIABILITY_LOW,
                String.format(java.util.Locale.ROOT, "%.3f", alpha.value()),
                rules.reliabilityThreshold()));
      }
    } else if (reliability instanceof Reliability.Unavailable unavailable) {
      warnings.add(
          Problem.warning(
              "reliability",
              SatisfactionError.SATISFACTION_RELIABILITY_UNAVAILABLE,
              unavailable.reason()));
    }
    return new SurveyReport(
        tally.questionnaire().id(),
        tally.responses(),
        populationMean,
        reliability,
        scores,
        warnings.build());
  }

  /**
   * Scores one subject.
   *
   * @param counts the subject's counts, not null
   * @param priorMean the prior mean C of the Bayesian average, used unless the rules fix one; not
   *     null (empty: the subject's own mean, so no shrinking)
   * @return the score, or insufficient with the reasons
   */
  public SubjectScore score(SubjectCounts counts, Optional<Fraction> priorMean) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(priorMean, "priorMean");
    Map<RespondentCategory, Long> categories = new EnumMap<>(RespondentCategory.class);
    for (RespondentCategory c : RespondentCategory.values()) {
      categories.put(c, counts.respondents(c));
    }
    long n = counts.respondents();
    SampleDecision decision =
        rules.minimumSample().decide(n, counts.respondents(RespondentCategory.ORDINARY_RESIDENT));
    if (decision instanceof SampleDecision.Insufficient insufficient) {
      return new SubjectScore.Insufficient(
          counts.subject(), n, categories, insufficient.shortfalls());
    }
    long scored = counts.scored();
    if (scored == 0) {
      return new SubjectScore.Insufficient(
          counts.subject(),
          n,
          categories,
          List.of(new Shortfall(SatisfactionError.SATISFACTION_SAMPLE_TOO_SMALL, "0", "1")));
    }
    Fraction index = Fraction.of(counts.scoreSum(), 1000 * scored);
    Optional<ConfidenceInterval> interval =
        scored >= 2
            ? Optional.of(
                ConfidenceInterval.ofMilliPoints(
                    scored, counts.scoreSum(), counts.scoreSquares(), rules.confidence()))
            : Optional.empty();
    Fraction prior = rules.priorMean().or(() -> priorMean).orElse(index);
    long m = rules.priorWeight();
    Fraction shrunk =
        Fraction.of(counts.scoreSum(), 1000)
            .plus(prior.times(Fraction.of(m)))
            .times(Fraction.of(1, scored + m));
    List<ItemScore> items = new ArrayList<>();
    long satisfiedAll = 0;
    long answeredAll = 0;
    for (int i = 0; i < counts.questionnaire().size(); i++) {
      Item item = counts.questionnaire().item(i);
      ItemScore score = itemScore(counts, i, item);
      items.add(score);
      satisfiedAll += score.satisfied().map(Proportion::successes).orElse(0L);
      answeredAll += score.answered();
    }
    Optional<Proportion> satisfaction =
        answeredAll == 0
            ? Optional.empty()
            : Optional.of(Proportion.wilson(satisfiedAll, answeredAll, rules.confidence()));
    return new SubjectScore.Scored(
        counts.subject(), n, categories, index, interval, shrunk, satisfaction, items);
  }

  private ItemScore itemScore(SubjectCounts counts, int position, Item item) {
    Scale scale = item.scale();
    long answered = 0;
    long points = 0;
    long satisfied = 0;
    long detractors = 0;
    for (int level = scale.min(); level <= scale.max(); level++) {
      long c = counts.levelCount(position, level);
      answered += c;
      points += c * item.points().points(level);
      if (level >= scale.satisfiedFrom()) {
        satisfied += c;
      }
      if (level <= 6) {
        detractors += c;
      }
    }
    if (answered == 0) {
      return new ItemScore(
          item.id(),
          0,
          Optional.empty(),
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty());
    }
    OptionalDouble csat =
        scale == Scale.FIVE_LEVEL
            ? OptionalDouble.of(100.0 * satisfied / answered)
            : OptionalDouble.empty();
    OptionalDouble nps =
        scale == Scale.ZERO_TO_TEN
            ? OptionalDouble.of(100.0 * (satisfied - detractors) / answered)
            : OptionalDouble.empty();
    return new ItemScore(
        item.id(),
        answered,
        Optional.of(Fraction.of(points, answered)),
        Optional.of(Proportion.wilson(satisfied, answered, rules.confidence())),
        csat,
        nps);
  }

  @Override
  public String toString() {
    return "Scoring[" + rules + "]";
  }
}
