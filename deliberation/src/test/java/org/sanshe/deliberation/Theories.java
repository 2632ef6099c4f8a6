package org.sanshe.deliberation;

import org.quicktheories.QuickTheory;

/**
 * How this module runs its property tests: QuickTheories with a fixed number of examples and a seed
 * that can be pinned from the command line.
 *
 * <p>A property runs {@value #DEFAULT_EXAMPLES} examples unless it says otherwise ({@link
 * #qt(int)}, for the few expensive ones). QuickTheories first tries the boundaries of every
 * generator (minimum, maximum, shrink target, such as {@code Long.MIN_VALUE} and {@code 0}), then
 * random values from the seed. A failing property throws an {@link AssertionError} naming the
 * smallest falsifying value it shrank to and the seed ({@code Seed was ...}); {@code ./mvnw test
 * -Dtest='SomeProperties#some_property' -Dsanshe.seed=...} runs that property again with the same
 * values. Nothing is printed when a property holds.
 *
 * <p>Stateless and thread-safe; every call returns a new, immutable {@link QuickTheory}.
 */
public final class Theories {

  /** Examples per property when the property does not say otherwise. */
  public static final int DEFAULT_EXAMPLES = 1000;

  /** The system property that pins the seed: {@code -Dsanshe.seed=...}. */
  public static final String SEED_PROPERTY = "sanshe.seed";

  private Theories() {}

  /**
   * Returns a theory running {@value #DEFAULT_EXAMPLES} examples.
   *
   * @return the theory, seeded from {@code sanshe.seed} when it is set
   */
  public static QuickTheory qt() {
    return qt(DEFAULT_EXAMPLES);
  }

  /**
   * Returns a theory running the given number of examples.
   *
   * @param examples examples to run, at least 1
   * @return the theory, seeded from {@code sanshe.seed} when it is set
   */
  public static QuickTheory qt(int examples) {
    QuickTheory theory = QuickTheory.qt().withExamples(examples);
    String seed = System.getProperty(SEED_PROPERTY);
    return seed == null || seed.isBlank()
        ? theory
        : theory.withFixedSeed(Long.parseLong(seed.trim()));
  }
}
