package org.sanshe.core.satisfaction.response;

import java.util.List;
import java.util.Optional;

/**
 * The store of responses (port), enforcing one response per respondent, subject and period with its
 * {@link DuplicatePolicy}. Implementations must be thread-safe.
 *
 * <p>Uniqueness needs every key ever recorded, so the store grows with responses; the streaming
 * {@code Tally} does not. Keep the two apart: record in the store, then feed the tally from the
 * {@link ResponseRecorded} event (remove what was replaced, add what was recorded).
 */
public interface Responses {

  /**
   * Records a response under the store's duplicate policy.
   *
   * @param response the response, not null
   * @return what was recorded and what it replaced
   * @throws DuplicateResponseException if the policy rejects a second response; nothing changes
   */
  ResponseRecorded record(Response response);

  /**
   * Finds the response recorded under a key.
   *
   * @param key the key, not null
   * @return the response, if any
   */
  Optional<Response> find(ResponseKey key);

  /**
   * Returns every response for a subject in a period.
   *
   * @param subject the subject, not null
   * @param period the period, not null
   * @return an immutable list, in no particular order
   */
  List<Response> about(SubjectId subject, Period period);

  /**
   * Returns every response of a period.
   *
   * @param period the period, not null
   * @return an immutable list, in no particular order
   */
  List<Response> inPeriod(Period period);
}
