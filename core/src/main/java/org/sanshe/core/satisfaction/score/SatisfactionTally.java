package org.sanshe.core.satisfaction.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * The streaming aggregate of the responses to one questionnaire: whole-number counts and sums per
 * subject and item, so memory grows with subjects and items, never with responses.
 *
 * <p>Per subject it keeps the number of respondents, the count per {@link RespondentCategory}, how
 * many responses had a score, the sum and sum of squares of the respondents' scores (each score is
 * the weighted mean of the answered items' points, rounded half-up to 0.001 points, so it is a
 * whole number of milli-points) and, per item, the count of each scored level (after reverse
 * scoring) and of unanswered. For Cronbach's alpha it keeps, for the whole questionnaire, the
 * count, sum and sum of squares of the complete responses' totals, and the level counts of
 * incomplete responses (the complete-case item counts are the subjects' counts minus those). Every
 * number is a whole number (counts fit an {@code int} because a tally counts at most {@value
 * #MAX_RESPONSES} responses; sums are {@code long}s), so partial tallies {@link #merge merge}
 * exactly: any split of the responses over threads or shards gives the same tally, hence the same
 * scores, as one pass.
 *
 * <p>Duplicates are not this class's concern: uniqueness needs every respondent's key, which grows
 * with responses. Record responses in a {@link org.sanshe.core.satisfaction.response.Responses}
 * store and feed the tally from what it recorded ({@link #remove} what a response replaced, then
 * {@link #add} it); because all sums are integers, removing is exact.
 *
 * <p>The array fast path ({@link #register} then {@link #addAll}) reads answers as a {@code
 * byte[]}, one row of {@link Questionnaire#size()} levels per response, {@code -1} for an
 * unanswered optional item.
 *
 * <p>A tally counts at most {@value #MAX_RESPONSES} responses (so that sums of squares cannot
 * overflow) and questionnaires of at most {@value #MAX_ITEMS} items. Not thread-safe: give each
 * thread its own tally and merge them. Every refused call changes nothing.
 */
public final class SatisfactionTally {

  /** The most responses a tally counts exactly. */
  public static final long MAX_RESPONSES = 900_000_000L;

  /** The most items of a questionnaire a tally accepts. */
  public static final int MAX_ITEMS = 1000;

  /** The byte for an unanswered optional item in {@link #addAll}. */
  public static final byte MISSING = -1;

  /** The most problems a refused batch reports. */
  static final int MAX_PROBLEMS = 100;

  // The layout of a subject's row in a SubjectCounts snapshot.
  static final int RESPONDENTS = 0;
  static final int CATEGORIES = 1;
  static final int SCORED = 4;
  static final int SCORE_SUM = 5;
  static final int SCORE_SQUARES = 6;
  static final int HISTOGRAM = 7;

  // The layout of a subject's row of counts inside the tally (ints: a tally counts at most
  // MAX_RESPONSES < 2^31); respondents are the sum of the categories, and only responses without a
  // score are counted, so that a complete response touches fewer counters.
  private static final int C_CATEGORIES = 0;
  private static final int C_UNSCORED = 3;
  private static final int C_SCRATCH = 4;
  private static final int C_HISTOGRAM = 5;
  private static final int SNAPSHOT_SHIFT = HISTOGRAM - C_HISTOGRAM;
  // The sums of a subject inside the tally (longs): score sum and sum of squares.
  private static final int SUMS = 2;

  // Table index per item: (level + 1) & 15, so that MISSING (-1) has entry 0; levels 0..10 cover
  // every scale; entries of levels off the item's scale (and of MISSING for a required item) are
  // flagged INVALID and count into a scratch slot that a refusal takes back.
  private static final int RAW = 16;
  private static final long INVALID = Long.MIN_VALUE;
  private static final int CATEGORY_COUNT = RespondentCategory.values().length;

  // A packed table entry. The low 48 bits hold fields that one addition per answer sums without
  // carrying into each other: bits 0-13 the scored level (at most 10 x 1000 items), bits 14-33
  // weight (basis points) x points (at most 10,000 x 100 per response), bits 34-47 one plus the
  // item's weight when unanswered (at most 10,000 + 1000). Bits 48-61 hold the slot in the
  // subject's row (their sums overflow out of the long harmlessly); bit 63 flags an invalid entry.
  private static final long FIELD_MASK = 0x3FFF;
  private static final int POINTS_SHIFT = 14;
  private static final long POINTS_MASK = 0xFFFFF;
  private static final int MISSING_SHIFT = 34;
  private static final int SLOT_SHIFT = 48;

  private final Questionnaire questionnaire;
  private final int items;
  private final int stride;
  private final long[] packed;
  private final int[] weights;

  private final Map<SubjectId, Integer> indexOf = new HashMap<>();
  private final List<SubjectId> subjects = new ArrayList<>();
  private int[] data;
  private long[] sums;
  private long counted;
  // How often each response added through add(Response) is counted, so that remove(Response)
  // takes back only a response that was added (the array fast path counts anonymous rows).
  private final Map<Counted, Integer> added = new HashMap<>();

  private long completeResponses;
  private long totalSum;
  private long totalSquares;
  private final long[] incompleteHistogram;

  /**
   * Creates an empty tally.
   *
   * @param questionnaire the questionnaire, not null, at most {@value #MAX_ITEMS} items
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for too many
   *     items
   */
  public SatisfactionTally(Questionnaire questionnaire) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.items = questionnaire.size();
    if (items > MAX_ITEMS) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("questionnaire", "问卷"),
          Wording.of("at most " + MAX_ITEMS + " items", "至多 " + MAX_ITEMS + " 道题"));
    }
    packed = new long[items * RAW];
    weights = new int[items];
    Arrays.fill(packed, INVALID | ((long) C_SCRATCH << SLOT_SHIFT));
    int offset = C_HISTOGRAM;
    for (int i = 0; i < items; i++) {
      Item item = questionnaire.item(i);
      long weight = item.weight().basisPoints();
      weights[i] = (int) weight;
      long unanswered = offset + item.scale().levels();
      packed[i * RAW] =
          (unanswered << SLOT_SHIFT)
              | ((weight + 1) << MISSING_SHIFT)
              | (item.optional() ? 0 : INVALID);
      for (int raw = item.scale().min(); raw <= item.scale().max(); raw++) {
        int scored = item.scoredLevel(raw);
        long slotInRow = offset + scored - item.scale().min();
        long points = weight * item.points().points(scored);
        packed[i * RAW + raw + 1] = (slotInRow << SLOT_SHIFT) | scored | (points << POINTS_SHIFT);
      }
      offset = (int) unanswered + 1;
    }
    stride = offset;
    if (stride > FIELD_MASK) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("questionnaire", "问卷"),
          Wording.of("at most " + MAX_ITEMS + " items", "至多 " + MAX_ITEMS + " 道题"));
    }
    data = new int[stride * 4];
    sums = new long[SUMS * 4];
    incompleteHistogram = new long[stride];
  }

  /**
   * Returns the questionnaire.
   *
   * @return the questionnaire
   */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * Returns the subject index used by the array fast path, registering the subject if new.
   *
   * @param subject the subject, not null
   * @return its index, from 0 in order of registration
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} when the
   *     subjects' counts would no longer fit one array
   */
  public int register(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    Integer known = indexOf.get(subject);
    if (known != null) {
      return known;
    }
    int index = subjects.size();
    if ((long) (index + 1) * stride > Integer.MAX_VALUE - 16) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("subjects", "测评对象"),
          Wording.of(
              "at most " + (Integer.MAX_VALUE - 16) / stride + " for this questionnaire",
              "本问卷至多 " + (Integer.MAX_VALUE - 16) / stride + " 个"));
    }
    if ((index + 1) * stride > data.length) {
      long grown = Math.min((long) data.length * 2, Integer.MAX_VALUE - 16L);
      data = Arrays.copyOf(data, (int) Math.max(grown, (long) (index + 1) * stride));
      sums = Arrays.copyOf(sums, data.length / stride * SUMS);
    }
    subjects.add(subject);
    indexOf.put(subject, index);
    return index;
  }

  /**
   * Returns the subjects in order of registration.
   *
   * @return an unmodifiable copy
   */
  public List<SubjectId> subjects() {
    return List.copyOf(subjects);
  }

  /**
   * Returns how many responses are counted.
   *
   * @return the number of responses
   */
  public long responses() {
    return counted;
  }

  /**
   * Counts one response.
   *
   * @param response a response to this tally's questionnaire, not null
   * @throws SatisfactionException with {@code SATISFACTION_QUESTIONNAIRE_MISMATCH} for another
   *     questionnaire or {@code SATISFACTION_TALLY_CAPACITY} when full
   */
  public void add(Response response) {
    Objects.requireNonNull(response, "response");
    checkQuestionnaire(response);
    int[] levels = response.levels();
    questionnaire.check(levels).throwIfErrors();
    checkCapacity(1);
    int s = register(response.subject());
    apply(s, response.category().code(), levels, 1);
    added.merge(Counted.of(response, levels), 1, Integer::sum);
  }

  /**
   * Takes back a response counted before, for a response replaced under {@link
   * org.sanshe.core.satisfaction.response.DuplicatePolicy#REPLACE}. Only a response counted by
   * {@link #add} (here or in a merged tally), with the same key, category and answers, can be taken
   * back; rows counted by {@link #addAll} are anonymous and cannot.
   *
   * @param response the response counted before, not null
   * @throws SatisfactionException with {@code SATISFACTION_QUESTIONNAIRE_MISMATCH} or {@code
   *     SATISFACTION_RESPONSE_NOT_COUNTED} when the tally cannot hold it
   */
  public void remove(Response response) {
    Objects.requireNonNull(response, "response");
    checkQuestionnaire(response);
    Integer s = indexOf.get(response.subject());
    int[] levels = response.levels();
    questionnaire.check(levels).throwIfErrors();
    Counted key = Counted.of(response, levels);
    if (s == null
        || !added.containsKey(key)
        || !couldHaveCounted(s, response.category().code(), levels)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_RESPONSE_NOT_COUNTED, response.subject());
    }
    apply(s, response.category().code(), levels, -1);
    added.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
  }

  /** A response added through {@link #add}: its key, category and levels. */
  private record Counted(ResponseKey key, int category, List<Integer> levels) {
    static Counted of(Response response, int[] levels) {
      return new Counted(
          response.key(),
          response.category().code(),
          java.util.Arrays.stream(levels).boxed().toList());
    }
  }

  private boolean couldHaveCounted(int s, int category, int[] levels) {
    int base = s * stride;
    if (data[base + C_CATEGORIES + category] < 1) {
      return false;
    }
    for (int i = 0; i < items; i++) {
      if (data[base + slot(packed[i * RAW + levels[i] + 1])] < 1) {
        return false;
      }
    }
    return true;
  }

  private void checkQuestionnaire(Response response) {
    if (!response.questionnaire().equals(questionnaire.id())) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_QUESTIONNAIRE_MISMATCH,
          questionnaire.id(),
          response.questionnaire());
    }
  }

  private void checkCapacity(long more) {
    if (counted + more > MAX_RESPONSES) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_TALLY_CAPACITY, MAX_RESPONSES);
    }
  }

  private static int slot(long entry) {
    return (int) ((entry >>> SLOT_SHIFT) & FIELD_MASK);
  }

  /** The weight of the answered items of a response, in basis points. */
  private long answeredWeight(int[] levels) {
    long den = 0;
    for (int i = 0; i < items; i++) {
      den += levels[i] >= 0 ? weights[i] : 0;
    }
    return den;
  }

  /** Applies one checked response with sign +1 (add) or -1 (remove). */
  private void apply(int s, int category, int[] levels, int sign) {
    int base = s * stride;
    long acc = 0;
    for (int i = 0; i < items; i++) {
      long e = packed[i * RAW + levels[i] + 1];
      data[base + slot(e)] += sign;
      acc += e;
    }
    long total = acc & FIELD_MASK;
    long num = (acc >>> POINTS_SHIFT) & POINTS_MASK;
    boolean complete = ((acc >>> MISSING_SHIFT) & FIELD_MASK) == 0;
    data[base + C_CATEGORIES + category] += sign;
    long den = complete ? Weight.ONE_IN_BASIS_POINTS : answeredWeight(levels);
    if (den > 0) {
      long score = (2000 * num + den) / (2 * den);
      sums[s * SUMS] += sign * score;
      sums[s * SUMS + 1] += sign * score * score;
    } else {
      data[base + C_UNSCORED] += sign;
    }
    if (complete) {
      completeResponses += sign;
      totalSum += sign * total;
      totalSquares += sign * total * total;
    } else {
      for (int i = 0; i < items; i++) {
        if (levels[i] >= 0) {
          incompleteHistogram[slot(packed[i * RAW + levels[i] + 1])] += sign;
        }
      }
    }
    counted += sign;
  }

  /**
   * Counts a batch of responses given as arrays: the fast path. Each response is checked before it
   * is counted; at the first bad one, the responses of the batch already counted are taken back
   * (exactly: all sums are whole numbers), so a refused batch changes nothing.
   *
   * @param subjectIndexes the subject index of each response, from {@link #register}; not null
   * @param categories the {@link RespondentCategory#code()} of each response; not null
   * @param answers the levels, {@code questionnaire().size()} per response in item order, {@link
   *     #MISSING} where unanswered; not null
   * @param from the first response to count
   * @param count how many responses to count
   * @throws IndexOutOfBoundsException if the range does not fit the arrays
   * @throws org.sanshe.core.error.InvalidInputException listing (up to 100) problems with their
   *     paths {@code [response].item}: {@code SATISFACTION_SUBJECT_UNKNOWN}, {@code
   *     SATISFACTION_CATEGORY_UNKNOWN}, {@code SATISFACTION_ANSWER_OUT_OF_SCALE}, {@code
   *     SATISFACTION_ANSWER_REQUIRED}
   * @throws SatisfactionException with {@code SATISFACTION_TALLY_CAPACITY} when full
   */
  public void addAll(int[] subjectIndexes, byte[] categories, byte[] answers, int from, int count) {
    Objects.requireNonNull(subjectIndexes, "subjectIndexes");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(answers, "answers");
    Objects.checkFromIndexSize(from, count, subjectIndexes.length);
    Objects.checkFromIndexSize(from, count, categories.length);
    Objects.checkFromIndexSize((long) from * items, (long) count * items, answers.length);
    checkCapacity(count);
    int bad = applyAll(subjectIndexes, categories, answers, from, count);
    if (bad >= 0) {
      // Take back the valid responses counted before the first bad one: sums are exact.
      int[] levels = new int[items];
      for (int r = from; r < bad; r++) {
        for (int i = 0; i < items; i++) {
          levels[i] = answers[r * items + i];
        }
        apply(subjectIndexes[r], categories[r], levels, -1);
      }
      problems(subjectIndexes, categories, answers, bad, from + count - bad).throwIfErrors();
    }
  }

  private Problems problems(
      int[] subjectIndexes, byte[] categories, byte[] answers, int from, int count) {
    Problems.Builder problems = Problems.builder();
    int found = 0;
    for (int r = from, end = from + count; r < end && found < MAX_PROBLEMS; r++) {
      String path = "[" + r + "]";
      int s = subjectIndexes[r];
      if (s < 0 || s >= subjects.size()) {
        problems.add(problem(path, SatisfactionError.SATISFACTION_SUBJECT_UNKNOWN, s));
        found++;
      }
      int c = categories[r];
      if (c < 0 || c >= CATEGORY_COUNT) {
        problems.add(problem(path, SatisfactionError.SATISFACTION_CATEGORY_UNKNOWN, c));
        found++;
      }
      for (int i = 0; i < items; i++) {
        int v = answers[r * items + i];
        Item item = questionnaire.item(i);
        String itemPath = path + "." + item.id();
        if (v == MISSING) {
          if (!item.optional()) {
            problems.add(
                problem(itemPath, SatisfactionError.SATISFACTION_ANSWER_REQUIRED, item.id()));
            found++;
          }
        } else if (!item.scale().contains(v)) {
          problems.add(
              problem(
                  itemPath,
                  SatisfactionError.SATISFACTION_ANSWER_OUT_OF_SCALE,
                  item.id(),
                  v,
                  "[" + item.scale().min() + ".." + item.scale().max() + "]"));
          found++;
        }
      }
    }
    return problems.build();
  }

  private static Problem problem(String path, SatisfactionError code, Object... arguments) {
    return new Problem(path, Problem.Severity.ERROR, code, List.of(arguments));
  }

  /**
   * The hot loop: counts each response, checking it on the way. Returns the position of the first
   * invalid response (the valid ones before it stay counted; its own answers are taken back), or -1
   * when all were counted.
   */
  private int applyAll(
      int[] subjectIndexes, byte[] categories, byte[] answers, int from, int count) {
    final int[] d = data;
    final long[] sm = sums;
    final int k = items;
    final int st = stride;
    final long[] table = packed;
    final int known = subjects.size();
    long complete = 0;
    long sum = 0;
    long squares = 0;
    int firstBad = -1;
    int r = from;
    for (int end = from + count; r < end; r++) {
      int subject = subjectIndexes[r];
      int category = categories[r];
      if (subject < 0 | subject >= known | category < 0 | category >= CATEGORY_COUNT) {
        firstBad = r;
        break;
      }
      int a = r * k;
      int base = subject * st;
      long acc = 0;
      long flags = 0;
      int outside = 0;
      for (int i = 0, t = 0; i < k; i++, t += RAW) {
        int index = answers[a + i] + 1;
        long e = table[t + (index & (RAW - 1))];
        outside |= index >>> 4;
        flags |= e;
        acc += e;
        d[base + (int) ((e >>> SLOT_SHIFT) & FIELD_MASK)]++;
      }
      if (flags < 0 || outside != 0) {
        for (int i = 0, t = 0; i < k; i++, t += RAW) {
          d[base + slot(table[t + ((answers[a + i] + 1) & (RAW - 1))])]--;
        }
        firstBad = r;
        break;
      }
      d[base + C_CATEGORIES + category]++;
      long num = (acc >>> POINTS_SHIFT) & POINTS_MASK;
      if (((acc >>> MISSING_SHIFT) & FIELD_MASK) == 0) {
        long total = acc & FIELD_MASK;
        long score = (num + 5) / 10;
        int at = subject * SUMS;
        sm[at] += score;
        sm[at + 1] += score * score;
        complete++;
        sum += total;
        squares += total * total;
      } else {
        incomplete(subject, answers, a, num);
      }
    }
    completeResponses += complete;
    totalSum += sum;
    totalSquares += squares;
    counted += r - from;
    return firstBad;
  }

  /** The rest of an incomplete response: its score and its answers' counts for alpha. */
  private void incomplete(int subject, byte[] answers, int a, long num) {
    long den = 0;
    for (int i = 0; i < items; i++) {
      int v = answers[a + i];
      if (v >= 0) {
        den += weights[i];
        incompleteHistogram[slot(packed[i * RAW + v + 1])]++;
      }
    }
    if (den > 0) {
      long score = (2000 * num + den) / (2 * den);
      sums[subject * SUMS] += score;
      sums[subject * SUMS + 1] += score * score;
    } else {
      data[subject * stride + C_UNSCORED]++;
    }
  }

  /**
   * Adds another tally of the same questionnaire into this one. The result is exactly the tally of
   * both sets of responses, whatever the order.
   *
   * @param other a tally of the same questionnaire, not null; unchanged (it may be this tally)
   * @throws SatisfactionException with {@code SATISFACTION_QUESTIONNAIRE_MISMATCH} or {@code
   *     SATISFACTION_TALLY_CAPACITY}
   */
  public void merge(SatisfactionTally other) {
    Objects.requireNonNull(other, "other");
    if (!other.questionnaire.equals(questionnaire)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_QUESTIONNAIRE_MISMATCH,
          questionnaire.id(),
          other.questionnaire.id());
    }
    checkCapacity(other.counted);
    int[] source = other == this ? data.clone() : other.data;
    long[] sourceSums = other == this ? sums.clone() : other.sums;
    long[] incomplete = other == this ? incompleteHistogram.clone() : other.incompleteHistogram;
    List<SubjectId> theirs = List.copyOf(other.subjects);
    long complete = other.completeResponses;
    long sum = other.totalSum;
    long squares = other.totalSquares;
    long responses = other.counted;
    Map<Counted, Integer> theirAdded = Map.copyOf(other.added);
    for (int j = 0; j < theirs.size(); j++) {
      int s = register(theirs.get(j));
      int base = s * stride;
      int from = j * stride;
      for (int x = 0; x < stride; x++) {
        data[base + x] += source[from + x];
      }
      sums[s * SUMS] += sourceSums[j * SUMS];
      sums[s * SUMS + 1] += sourceSums[j * SUMS + 1];
    }
    for (int x = 0; x < stride; x++) {
      incompleteHistogram[x] += incomplete[x];
    }
    completeResponses += complete;
    totalSum += sum;
    totalSquares += squares;
    counted += responses;
    theirAdded.forEach((k, n) -> added.merge(k, n, Integer::sum));
  }

  /**
   * Returns the counts of one subject.
   *
   * @param subject the subject, not null
   * @return its counts, all zero if it has no response
   */
  public SubjectCounts counts(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    Integer s = indexOf.get(subject);
    long[] row = new long[stride + SNAPSHOT_SHIFT];
    if (s != null) {
      int base = s * stride;
      long respondents = 0;
      for (int c = 0; c < CATEGORY_COUNT; c++) {
        row[CATEGORIES + c] = data[base + C_CATEGORIES + c];
        respondents += data[base + C_CATEGORIES + c];
      }
      row[RESPONDENTS] = respondents;
      row[SCORED] = respondents - data[base + C_UNSCORED];
      row[SCORE_SUM] = sums[s * SUMS];
      row[SCORE_SQUARES] = sums[s * SUMS + 1];
      for (int x = C_HISTOGRAM; x < stride; x++) {
        row[x + SNAPSHOT_SHIFT] = data[base + x];
      }
    }
    return new SubjectCounts(subject, questionnaire, row);
  }

  /**
   * Returns the counts Cronbach's alpha needs, over the complete responses.
   *
   * @return the reliability counts
   */
  public ReliabilityCounts reliabilityCounts() {
    long[] histogram = new long[stride + SNAPSHOT_SHIFT];
    for (int s = 0; s < subjects.size(); s++) {
      int base = s * stride;
      for (int x = C_HISTOGRAM; x < stride; x++) {
        histogram[x + SNAPSHOT_SHIFT] += data[base + x];
      }
    }
    for (int x = C_HISTOGRAM; x < stride; x++) {
      histogram[x + SNAPSHOT_SHIFT] -= incompleteHistogram[x];
    }
    return new ReliabilityCounts(
        questionnaire, completeResponses, totalSum, totalSquares, histogram);
  }

  @Override
  public String toString() {
    return "SatisfactionTally["
        + questionnaire.id()
        + ", "
        + subjects.size()
        + " subjects, "
        + counted
        + " responses]";
  }
}
