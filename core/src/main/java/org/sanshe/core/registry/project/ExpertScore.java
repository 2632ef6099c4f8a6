package org.sanshe.core.registry.project;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * One expert's score in a review, 0 to 100. Immutable.
 *
 * @param expert the expert's id in the expert pool
 * @param score the score
 */
public record ExpertScore(String expert, int score) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} or {@code PROJECT_SCORE_RANGE}
   */
  public ExpertScore {
    if (!Ids.valid(expert)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("expert id", "专家编号"));
    }
    if (score < 0 || score > 100) {
      throw new RegistryException(RegistryError.PROJECT_SCORE_RANGE, score);
    }
  }
}
