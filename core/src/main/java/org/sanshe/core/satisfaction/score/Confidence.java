package org.sanshe.core.satisfaction.score;

import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/** Checks confidence levels. Stateless. */
final class Confidence {

  private Confidence() {}

  static double check(double confidence) {
    if (Double.isNaN(confidence) || Double.isInfinite(confidence)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_NOT_A_NUMBER, Wording.of("confidence", "置信水平"));
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("confidence", "置信水平"),
          Wording.of("strictly between 0 and 1", "须严格介于 0 与 1 之间"));
    }
    return confidence;
  }
}
