package org.sanshe.core.satisfaction.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.satisfaction.SatisfactionFixtures;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.SubjectId;

class SatisfactionTallyProperties {

  private static final Questionnaire MIXED = SatisfactionFixtures.mixed();

  /** Random valid responses to the mixed questionnaire over a few subjects. */
  private static List<Response> responses(long seed, int count, int subjects, boolean degenerate) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Response> out = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      int[] levels = new int[MIXED.size()];
      for (int i = 0; i < levels.length; i++) {
        Item item = MIXED.item(i);
        if (item.optional() && random.nextInt(4) == 0) {
          levels[i] = Questionnaire.MISSING;
        } else if (degenerate) {
          levels[i] = item.scale().max();
        } else {
          levels[i] = random.nextInt(item.scale().min(), item.scale().max() + 1);
        }
      }
      SubjectId subject = SatisfactionFixtures.worker("w" + random.nextInt(subjects));
      RespondentCategory category = RespondentCategory.ofCode(random.nextInt(3));
      out.add(Response.ofLevels(MIXED, SatisfactionFixtures.key(r, subject), category, levels));
    }
    return out;
  }

  /** Counts responses through the array fast path. */
  private static void addAsArrays(SatisfactionTally tally, List<Response> responses) {
    int n = responses.size();
    int k = MIXED.size();
    int[] subjects = new int[n];
    byte[] categories = new byte[n];
    byte[] answers = new byte[n * k];
    for (int r = 0; r < n; r++) {
      Response response = responses.get(r);
      subjects[r] = tally.register(response.subject());
      categories[r] = response.category().code();
      for (int i = 0; i < k; i++) {
        answers[r * k + i] = (byte) response.level(i);
      }
    }
    tally.addAll(subjects, categories, answers, 0, n);
  }

  private static SatisfactionTally onePass(List<Response> responses) {
    SatisfactionTally tally = new SatisfactionTally(MIXED);
    responses.forEach(tally::add);
    return tally;
  }

  @Test
  void any_split_over_shards_merged_in_any_order_gives_exactly_the_one_pass_result() {
    qt().forAll(longs().all(), integers().between(0, 300), integers().between(1, 6))
        .checkAssert(SatisfactionTallyProperties::shardsMergeToTheOnePassResult);
  }

  private static void shardsMergeToTheOnePassResult(long seed, int count, int shards) {
    List<Response> responses = responses(seed, count, 4, false);
    SatisfactionTally single = onePass(responses);

    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<List<Response>> parts = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      parts.add(new ArrayList<>());
    }
    for (Response r : responses) {
      parts.get(random.nextInt(shards)).add(r);
    }
    List<SatisfactionTally> tallies = new ArrayList<>();
    for (List<Response> part : parts) {
      SatisfactionTally t = new SatisfactionTally(MIXED);
      if (random.nextBoolean()) {
        addAsArrays(t, part);
      } else {
        part.forEach(t::add);
      }
      tallies.add(t);
    }
    Collections.shuffle(tallies, new java.util.Random(seed));
    SatisfactionTally merged = new SatisfactionTally(MIXED);
    for (SatisfactionTally t : tallies) {
      merged.merge(t);
    }

    assertThat(merged.responses()).isEqualTo(single.responses());
    for (SubjectId subject : single.subjects()) {
      assertThat(merged.counts(subject)).isEqualTo(single.counts(subject));
    }
    assertThat(merged.reliabilityCounts()).isEqualTo(single.reliabilityCounts());
    Scoring scoring = new Scoring(SatisfactionTallyFixtures.anySample());
    assertThat(scoring.report(merged)).isEqualTo(scoring.report(single));
  }

  @Test
  void a_batch_with_a_corrupted_byte_is_refused_and_changes_nothing() {
    qt().forAll(longs().all(), integers().between(1, 40), integers().between(-128, 127))
        .checkAssert(SatisfactionTallyProperties::corruptedBatchIsRefused);
  }

  private static void corruptedBatchIsRefused(long seed, int count, int corrupt) {
    List<Response> responses = responses(seed, count, 3, false);
    SatisfactionTally tally = onePass(responses);
    SubjectId first = responses.get(0).subject();
    SubjectCounts before = tally.counts(first);
    ReliabilityCounts reliability = tally.reliabilityCounts();
    int k = MIXED.size();
    int[] subjects = new int[count];
    byte[] categories = new byte[count];
    byte[] answers = new byte[count * k];
    for (int r = 0; r < count; r++) {
      subjects[r] = tally.register(responses.get(r).subject());
      for (int i = 0; i < k; i++) {
        answers[r * k + i] = (byte) responses.get(r).level(i);
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    int at = random.nextInt(count * k);
    answers[at] = (byte) corrupt;
    Item item = MIXED.item(at % k);
    boolean valid =
        item.scale().contains(corrupt) || (corrupt == Questionnaire.MISSING && item.optional());
    if (valid) {
      tally.addAll(subjects, categories, answers, 0, count);
      assertThat(tally.responses()).isEqualTo(2L * count);
    } else {
      assertThatThrownBy(() -> tally.addAll(subjects, categories, answers, 0, count))
          .isInstanceOf(InvalidInputException.class);
      assertThat(tally.counts(first)).isEqualTo(before);
      assertThat(tally.reliabilityCounts()).isEqualTo(reliability);
      assertThat(tally.responses()).isEqualTo(count);
    }
  }

  @Test
  void adding_then_removing_a_response_restores_the_tally() {
    qt().forAll(longs().all(), integers().between(1, 60))
        .checkAssert(SatisfactionTallyProperties::addThenRemoveRestores);
  }

  private static void addThenRemoveRestores(long seed, int count) {
    List<Response> responses = responses(seed, count, 3, false);
    SatisfactionTally tally = onePass(responses.subList(0, count - 1));
    List<SubjectCounts> before = new ArrayList<>();
    for (SubjectId s : tally.subjects()) {
      before.add(tally.counts(s));
    }
    ReliabilityCounts reliability = tally.reliabilityCounts();
    Response last = responses.get(count - 1);
    tally.add(last);
    tally.remove(last);
    for (SubjectCounts c : before) {
      assertThat(tally.counts(c.subject())).isEqualTo(c);
    }
    assertThat(tally.reliabilityCounts()).isEqualTo(reliability);
  }

  @Test
  void no_result_ever_holds_nan_or_infinity() {
    qt().forAll(
            longs().all(), integers().between(0, 80), booleans().all(), integers().between(0, 1000))
        .checkAssert(SatisfactionTallyProperties::noNanOrInfinity);
  }

  private static void noNanOrInfinity(long seed, int count, boolean degenerate, int m) {
    SatisfactionTally tally = onePass(responses(seed, count, 3, degenerate));
    SurveyReport report =
        new Scoring(SatisfactionTallyFixtures.anySample().withPriorWeight(m)).report(tally);
    if (report.reliability() instanceof Reliability.Alpha alpha) {
      assertThat(alpha.value()).isFinite().isLessThanOrEqualTo(1.0);
    }
    report.populationMean().ifPresent(c -> assertThat(c.doubleValue()).isBetween(0.0, 100.0));
    for (SubjectScore score : report.subjects().values()) {
      if (score instanceof SubjectScore.Scored s) {
        assertThat(s.index().doubleValue()).isBetween(0.0, 100.0);
        assertThat(s.shrunkIndex().doubleValue()).isBetween(0.0, 100.0);
        s.interval()
            .ifPresent(
                ci -> {
                  assertThat(ci.lower()).isFinite().isBetween(0.0, ci.mean());
                  assertThat(ci.upper()).isFinite().isBetween(ci.mean(), 100.0);
                  assertThat(ci.criticalValue()).isFinite();
                });
        s.satisfaction().ifPresent(SatisfactionTallyProperties::finite);
        for (ItemScore item : s.items()) {
          item.satisfied().ifPresent(SatisfactionTallyProperties::finite);
          item.csat().ifPresent(v -> assertThat(v).isFinite().isBetween(0.0, 100.0));
          item.nps().ifPresent(v -> assertThat(v).isFinite().isBetween(-100.0, 100.0));
          item.meanPoints().ifPresent(v -> assertThat(v.doubleValue()).isBetween(0.0, 100.0));
        }
      }
    }
  }

  private static void finite(Proportion p) {
    assertThat(p.rate()).isFinite();
    assertThat(p.lowerBound()).isFinite().isBetween(0.0, p.rate());
    assertThat(p.upperBound()).isFinite().isBetween(p.rate(), 1.0);
  }
}
