package org.sanshe.core.registry.division;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * A grid or building below a community, named by a local code that is unique within its community
 * (such as {@code G03} or {@code G03-B12}). A building may sit in a grid of the same community.
 * Immutable and thread-safe.
 *
 * @param community the community's (or village's) division code
 * @param localCode 1 to 32 letters, digits, {@code -} or {@code _}
 * @param name the name, not blank
 * @param kind grid or building
 * @param parentGrid the local code of the grid containing a building, or null
 */
public record LocalUnit(
    DivisionCode community, String localCode, String name, LocalUnitKind kind, String parentGrid) {

  private static final Pattern LOCAL_CODE = Pattern.compile("[0-9A-Za-z_-]{1,32}");

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code REGISTRY_LOCAL_CODE_INVALID}, {@code
   *     REGISTRY_DIVISION_NAME_BLANK} or {@code REGISTRY_LOCAL_UNIT_PARENT} (a grid inside a grid,
   *     or a parent that is not a village-level division)
   */
  public LocalUnit {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(kind, "kind");
    if (localCode == null || !LOCAL_CODE.matcher(localCode).matches()) {
      throw new RegistryException(RegistryError.REGISTRY_LOCAL_CODE_INVALID, localCode);
    }
    if (name == null || name.isBlank()) {
      throw new RegistryException(RegistryError.REGISTRY_DIVISION_NAME_BLANK, localCode);
    }
    name = name.strip();
    if (!community.kind().isVillageLevel()) {
      throw new RegistryException(RegistryError.REGISTRY_LOCAL_UNIT_PARENT, localCode, community);
    }
    if (parentGrid != null
        && (kind == LocalUnitKind.GRID || !LOCAL_CODE.matcher(parentGrid).matches())) {
      throw new RegistryException(RegistryError.REGISTRY_LOCAL_UNIT_PARENT, localCode, parentGrid);
    }
  }

  /**
   * Returns the grid containing this building.
   *
   * @return the grid's local code, empty for grids and buildings placed directly in the community
   */
  public Optional<String> grid() {
    return Optional.ofNullable(parentGrid);
  }

  /**
   * Returns the unit's path, {@code community/localCode}, unique across the directory.
   *
   * @return the path
   */
  public String path() {
    return community + "/" + localCode;
  }
}
