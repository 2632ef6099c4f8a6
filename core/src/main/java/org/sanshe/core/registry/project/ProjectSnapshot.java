package org.sanshe.core.registry.project;

import java.util.List;
import java.util.Map;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The complete state of a project as plain data. Null collections read as empty. Immutable.
 *
 * @param id the id
 * @param version the stored version
 * @param title the title
 * @param implementer the implementing organization
 * @param hosts the host communities
 * @param needs the linked needs
 * @param funding the funding per source
 * @param status the status
 * @param reviews the reviews held, oldest first
 */
public record ProjectSnapshot(
    ProjectId id,
    long version,
    String title,
    OrganizationId implementer,
    List<DivisionCode> hosts,
    List<NeedId> needs,
    Map<FundingSource, Money> funding,
    ProjectStatus status,
    List<Review> reviews) {

  /** Copies the collections. */
  public ProjectSnapshot {
    hosts = hosts == null ? List.of() : List.copyOf(hosts);
    needs = needs == null ? List.of() : List.copyOf(needs);
    funding = funding == null ? Map.of() : Map.copyOf(funding);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
  }
}
