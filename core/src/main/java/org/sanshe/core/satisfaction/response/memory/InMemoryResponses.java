package org.sanshe.core.satisfaction.response.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
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

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "response";

  private final DuplicatePolicy policy;
  private final Map<ResponseKey, Response> byKey = new HashMap<>();
  private final Map<ResponseKey, Long> versions = new HashMap<>();
  private final OutboxSink outbox;
  private final Clock clock;

  /**
   * Creates an empty store.
   *
   * @param policy what to do with a second response of the same respondent, not null
   */
  public InMemoryResponses(DuplicatePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.outbox = null;
    this.clock = null;
  }

  /**
   * Creates an empty store that writes a {@link ResponseRecorded} event to an outbox for every
   * response recorded, before it becomes visible (a refused response writes nothing). The event's
   * aggregate is the key ({@link ResponseKey#id()}), its version counts the responses recorded
   * under the key (1, then 2 for a replacement, ...).
   *
   * @param policy what to do with a second response of the same respondent, not null
   * @param outbox the outbox, not null; events go as aggregate type {@value #AGGREGATE_TYPE}
   * @param clock the clock stamping the events, not null
   */
  public InMemoryResponses(DuplicatePolicy policy, OutboxSink outbox, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized ResponseRecorded record(Response response) {
    Objects.requireNonNull(response, "response");
    DuplicateDecision decision = policy.decide(Optional.ofNullable(byKey.get(response.key())));
    if (decision instanceof DuplicateDecision.Reject) {
      throw new DuplicateResponseException(response.key());
    }
    ResponseRecorded recorded =
        decision instanceof DuplicateDecision.Replace replace
            ? new ResponseRecorded(response, Optional.of(replace.previous()))
            : new ResponseRecorded(response, Optional.empty());
    long version = versions.getOrDefault(response.key(), 0L) + 1;
    if (outbox != null) {
      Instant now = clock.instant();
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE, response.key().id(), version, List.of(recorded), e -> now));
    }
    versions.put(response.key(), version);
    byKey.put(response.key(), response);
    return recorded;
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
