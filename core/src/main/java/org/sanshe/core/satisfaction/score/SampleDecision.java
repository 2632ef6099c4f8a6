package org.sanshe.core.satisfaction.score;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.satisfaction.Rational;

/** What a {@link MinimumSampleRule} decided about a sample. Immutable and thread-safe. */
public sealed interface SampleDecision {

  /**
   * Tells whether the sample may be scored.
   *
   * @return true when sufficient
   */
  boolean sufficient();

  /**
   * The sample meets the rule.
   *
   * @param respondents the number of respondents
   * @param ordinaryShare the exact share of ordinary residents, not null
   */
  record Sufficient(long respondents, Rational ordinaryShare) implements SampleDecision {
    /** Checks the component. */
    public Sufficient {
      Objects.requireNonNull(ordinaryShare, "ordinaryShare");
    }

    @Override
    public boolean sufficient() {
      return true;
    }
  }

  /**
   * The sample fails the rule, for every reason listed.
   *
   * @param shortfalls the reasons, at least one
   */
  record Insufficient(List<Shortfall> shortfalls) implements SampleDecision {
    /** Checks and copies the reasons. */
    public Insufficient {
      shortfalls = List.copyOf(Objects.requireNonNull(shortfalls, "shortfalls"));
    }

    @Override
    public boolean sufficient() {
      return false;
    }
  }
}
