package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * A recorded written authorization: an owner authorizes a proxy to cast the owner's signed ballot
 * in one vote. At most one per owner and vote. The written document itself is kept on paper or in
 * the integrator's archive; this records its reference. Immutable; {@link #toString()} shows
 * neither owner, proxy nor document (personal data).
 *
 * @param owner the owner who authorizes
 * @param proxy who may cast the owner's ballot (an id, never a name)
 * @param document the reference of the written authorization (an archive number), free text
 * @param recordedAt when the authorization was recorded
 */
public record ProxyAuthorization(
    VoterId owner, VoterId proxy, String document, Instant recordedAt) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_TEXT_BLANK} for a
   *     blank document reference
   * @throws org.sanshe.core.error.SansheException with {@code TEXT_TOO_LONG} or {@code
   *     TEXT_CHARACTER}
   */
  public ProxyAuthorization {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(proxy, "proxy");
    document = Checks.text(document, "document");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  @Override
  public String toString() {
    return "ProxyAuthorization[***, " + recordedAt + "]";
  }
}
