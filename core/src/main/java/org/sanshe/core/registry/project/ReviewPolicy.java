package org.sanshe.core.registry.project;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * How an expert review is decided: at least a number of experts score (0-100 each) and the project
 * passes when the mean score reaches the pass mark, compared exactly ({@code sum >= passMark *
 * count}). Both numbers are local configuration; the field reports quote none, so {@link #preset()}
 * (3 experts, pass mark 60) is only a starting point.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewPolicy {

  private final int minimumExperts;
  private final int passMark;

  private ReviewPolicy(int minimumExperts, int passMark) {
    this.minimumExperts = minimumExperts;
    this.passMark = passMark;
  }

  /**
   * Returns the starting configuration: 3 experts, pass mark 60.
   *
   * @return the policy
   */
  public static ReviewPolicy preset() {
    return new ReviewPolicy(3, 60);
  }

  /**
   * Creates a policy.
   *
   * @param minimumExperts at least 1
   * @param passMark 0 to 100
   * @return the policy
   * @throws RegistryException with {@code BUDGET_SETTING_INVALID}
   */
  public static ReviewPolicy of(int minimumExperts, int passMark) {
    if (minimumExperts < 1) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID,
          Wording.of("minimumExperts", "最少专家人数"),
          minimumExperts);
    }
    if (passMark < 0 || passMark > 100) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID, Wording.of("passMark", "及格分"), passMark);
    }
    return new ReviewPolicy(minimumExperts, passMark);
  }

  /**
   * Decides a review.
   *
   * @param scores the expert scores, not null
   * @return the decision with the figures
   * @throws RegistryException with {@code PROJECT_TOO_FEW_EXPERTS} or {@code
   *     PROJECT_EXPERT_DUPLICATE}
   */
  public Decision decide(List<ExpertScore> scores) {
    Objects.requireNonNull(scores, "scores");
    if (scores.size() < minimumExperts) {
      throw new RegistryException(
          RegistryError.PROJECT_TOO_FEW_EXPERTS, minimumExperts, scores.size());
    }
    Set<String> experts = new HashSet<>();
    long sum = 0;
    for (ExpertScore s : scores) {
      if (!experts.add(s.expert())) {
        throw new RegistryException(RegistryError.PROJECT_EXPERT_DUPLICATE, s.expert());
      }
      sum += s.score();
    }
    return new Decision(sum >= (long) passMark * scores.size(), sum, scores.size(), passMark);
  }

  /**
   * A review decision.
   *
   * @param passed whether the mean reached the pass mark
   * @param sum the sum of scores
   * @param experts how many experts scored
   * @param passMark the pass mark applied
   */
  public record Decision(boolean passed, long sum, int experts, int passMark) {}

  @Override
  public String toString() {
    return "ReviewPolicy[minimumExperts=" + minimumExperts + ", passMark=" + passMark + "]";
  }
}
