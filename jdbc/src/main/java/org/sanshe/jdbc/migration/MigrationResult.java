package org.sanshe.jdbc.migration;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Migrator} did or found: the versions it applied now (empty for {@link
 * Migrator#validate}) and the version the database holds afterwards. Immutable and thread-safe.
 *
 * @param component the component's name, not null
 * @param appliedVersions the versions applied by this call, ascending, not null
 * @param version the schema version the database now holds
 */
public record MigrationResult(String component, List<Integer> appliedVersions, int version) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MigrationResult {
    Objects.requireNonNull(component, "component");
    appliedVersions = List.copyOf(Objects.requireNonNull(appliedVersions, "appliedVersions"));
  }
}
