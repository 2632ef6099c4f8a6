package org.sanshe.core.registry.review;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The district's expert pool (专家库) with declared ties. Immutable and thread-safe: {@link #with}
 * returns a new pool.
 */
public final class ExpertPool {

  private final TreeMap<String, Expert> experts;

  private ExpertPool(TreeMap<String, Expert> experts) {
    this.experts = experts;
  }

  /**
   * Creates a pool.
   *
   * @param experts the experts, not null, distinct ids
   * @return the pool
   * @throws RegistryException with {@code REVIEW_PANEL_INVALID} for a repeated id
   */
  public static ExpertPool of(Collection<Expert> experts) {
    Objects.requireNonNull(experts, "experts");
    TreeMap<String, Expert> m = new TreeMap<>();
    for (Expert e : experts) {
      Objects.requireNonNull(e, "expert");
      if (m.put(e.id(), e) != null) {
        throw new RegistryException(
            RegistryError.REVIEW_PANEL_INVALID,
            org.sanshe.core.error.Wording.of(
                "each expert appears once in the pool", "每位专家在专家库中只出现一次"));
      }
    }
    return new ExpertPool(m);
  }

  /**
   * Returns a pool with an expert added or replaced (ties declared anew).
   *
   * @param expert the expert, not null
   * @return the new pool
   */
  public ExpertPool with(Expert expert) {
    Objects.requireNonNull(expert, "expert");
    TreeMap<String, Expert> m = new TreeMap<>(experts);
    m.put(expert.id(), expert);
    return new ExpertPool(m);
  }

  /**
   * Finds an expert.
   *
   * @param id the id, not null
   * @return the expert, if in the pool
   */
  public Optional<Expert> find(String id) {
    return Optional.ofNullable(experts.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the experts without a tie to an organization.
   *
   * @param applicant the organization, not null
   * @return the experts ordered by id
   */
  public List<Expert> untiedTo(OrganizationId applicant) {
    Objects.requireNonNull(applicant, "applicant");
    return experts.values().stream().filter(e -> !e.isTiedTo(applicant)).toList();
  }

  /**
   * Returns every expert.
   *
   * @return the experts ordered by id
   */
  public List<Expert> experts() {
    return List.copyOf(experts.values());
  }

  /**
   * Returns the size.
   *
   * @return the number of experts
   */
  public int size() {
    return experts.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpertPool p && experts.equals(p.experts);
  }

  @Override
  public int hashCode() {
    return experts.hashCode();
  }

  @Override
  public String toString() {
    return "ExpertPool[" + experts.size() + " experts]";
  }
}
