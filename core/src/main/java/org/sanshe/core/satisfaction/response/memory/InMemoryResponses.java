package org.sanshe.core.satisfaction.response.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.satisfaction.response.DuplicateDecision;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.DuplicateResponseException;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.ResponseRecorded;
import org.sanshe.core.satisfaction.response.Responses;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * Responses held in memory, for tests, examples and small surveys. Thread-safe (every method is
 * synchronized on the store).
 */
public final class InMemoryResponses implements Responses {

  private final DuplicatePolicy policy;
  private final Map<ResponseKey, Response> byKey = new HashMap<>();

  /**
   * Creates an empty store.
   *
   * @param policy what to do with a second response of the same respondent, not null
   */
  public InMemoryResponses(DuplicatePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public synchronized ResponseRecorded record(Response response) {
    Objects.requireNonNull(response, "response");
    DuplicateDecision decision = policy.decide(Optional.ofNullable(byKey.get(response.key())));
    if (decision instanceof DuplicateDecision.Reject) {
      throw new DuplicateResponseException(response.key());
    }
    byKey.put(response.key(), response);
    return decision instanceof DuplicateDecision.Replace replace
        ? new ResponseRecorded(response, Optional.of(replace.previous()))
        : new ResponseRecorded(response, Optional.empty());
  }

  @Override
  public synchronized Optional<Response> find(ResponseKey key) {
    return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public synchronized List<Response> about(SubjectId subject, Period period) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    return byKey.values().stream()
        .filter(r -> r.subject().equals(subject) && r.period().equals(period))
        .toList();
  }

  @Override
  public synchronized List<Response> inPeriod(Period period) {
    Objects.requireNonNull(period, "period");
    return byKey.values().stream().filter(r -> r.period().equals(period)).toList();
  }

  @Override
  public String toString() {
    return "InMemoryResponses[" + policy + "]";
  }
}
