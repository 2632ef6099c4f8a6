package org.sanshe.core.registry.worker;

import java.time.LocalDate;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The complete state of a community worker as plain data. Immutable.
 *
 * @param id the id
 * @param version the stored version (0 if never stored)
 * @param name the name (personal data)
 * @param community the community or village served
 * @param post the post
 * @param since the first day in the post
 * @param certifiedAs the same person's certified social-worker record, or null
 * @param leftOn the day the worker left, or null while serving
 */
public record CommunityWorkerSnapshot(
    SocialWorkerId id,
    long version,
    String name,
    DivisionCode community,
    CommunityWorkerPost post,
    LocalDate since,
    SocialWorkerId certifiedAs,
    LocalDate leftOn) {

  @Override
  public String toString() {
    return "CommunityWorkerSnapshot["
        + id
        + " v"
        + version
        + " "
        + CommunityWorker.mask(name)
        + "]";
  }
}
