package org.sanshe.examples.district;

/**
 * One step of the district's working month. A step acts on the shared {@link District}, writes what
 * it found into a {@link StepResult.Builder} and checks its own expected outcome there.
 */
public interface Step {

  /**
   * Returns a stable machine name, such as {@code owners-vote}.
   *
   * @return the key
   */
  String key();

  /**
   * Returns the English heading.
   *
   * @return the heading
   */
  String title();

  /**
   * Returns the Chinese heading.
   *
   * @return the heading
   */
  String titleZh();

  /**
   * Runs the step.
   *
   * @param district the district's services and state, not null
   * @param out where to write findings and checks, not null
   */
  void run(District district, StepResult.Builder out);
}
