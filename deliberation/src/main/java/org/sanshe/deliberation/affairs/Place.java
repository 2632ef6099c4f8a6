package org.sanshe.deliberation.affairs;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Where a matter is: a division code, optionally narrowed to a grid (网格) of a community and a
 * building (楼栋) of that grid, both by local codes (1 to 20 ASCII letters, digits or {@code -}). A
 * grid needs a 12-digit community or village code; a building needs a grid.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives {@code 320114001001/G03/B12}, which
 * {@link #parse(String)} reads back. Places order by division, then grid, then building.
 */
public final class Place implements Comparable<Place> {

  private static final Comparator<Place> ORDER =
      Comparator.comparing(Place::division)
          .thenComparing(p -> p.grid, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(p -> p.building, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final DivisionCode division;
  private final String grid;
  private final String building;

  private Place(DivisionCode division, String grid, String building) {
    this.division = division;
    this.grid = grid;
    this.building = building;
  }

  /**
   * Returns a place at division level.
   *
   * @param division the division, not null
   * @return the place
   */
  public static Place of(DivisionCode division) {
    return new Place(Objects.requireNonNull(division, "division"), null, null);
  }

  /**
   * Returns a place narrowed to a grid of a community.
   *
   * @param community a 12-digit code, not null
   * @param grid the grid's local code, not null
   * @return the place
   * @throws AffairsException with {@code AFFAIRS_PLACE_INVALID}
   */
  public static Place of(DivisionCode community, String grid) {
    return of(community, grid, null);
  }

  /**
   * Returns a place narrowed to a grid and a building.
   *
   * @param community a 12-digit code, not null
   * @param grid the grid's local code, not null
   * @param building the building's local code, or null for the whole grid
   * @return the place
   * @throws AffairsException with {@code AFFAIRS_PLACE_INVALID}
   */
  public static Place of(DivisionCode community, String grid, String building) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(grid, "grid");
    if (community.level() != DivisionLevel.VILLAGE) {
      throw new AffairsException(AffairsError.AFFAIRS_PLACE_INVALID, FIELD, GRID_NEEDS_COMMUNITY);
    }
    checkLocal(grid);
    if (building != null) {
      checkLocal(building);
    }
    return new Place(community, grid, building);
  }

  /** The longest text {@link #parse} reads: a 12-digit code and two local codes of 20. */
  public static final int MAX_TEXT_LENGTH = 54;

  private static final Wording FIELD = Wording.of("The place", "地点");
  private static final Wording GRID_NEEDS_COMMUNITY =
      Wording.of("a grid needs a 12-digit community code", "网格须隶属于 12 位社区代码");
  private static final Wording TOO_LONG =
      Wording.of("at most " + MAX_TEXT_LENGTH + " characters", "最多 " + MAX_TEXT_LENGTH + " 个字符");
  private static final Wording TOO_MANY = Wording.of("too many segments", "分段过多");
  private static final Wording DIVISION =
      Wording.of("the first segment is no division code", "第一段不是行政区划代码");
  private static final Wording LOCAL =
      Wording.of("local codes are 1-20 letters, digits or -", "本地编码须为 1 至 20 个字母、数字或 -");

  /**
   * Parses {@code division[/grid[/building]]}.
   *
   * @param text the text, not null
   * @return the place
   * @throws AffairsException with {@code AFFAIRS_PLACE_INVALID}
   */
  public static Place parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new AffairsException(AffairsError.AFFAIRS_PLACE_INVALID, FIELD, TOO_LONG);
    }
    String[] parts = text.split("/", -1);
    if (parts.length > 3) {
      throw new AffairsException(AffairsError.AFFAIRS_PLACE_INVALID, FIELD, TOO_MANY);
    }
    DivisionCode division;
    try {
      division = DivisionCode.parse(parts[0]);
    } catch (SansheException e) {
      throw new AffairsException(AffairsError.AFFAIRS_PLACE_INVALID, FIELD, DIVISION);
    }
    if (parts.length == 1) {
      return of(division);
    }
    return of(division, parts[1], parts.length == 3 ? parts[2] : null);
  }

  private static void checkLocal(String code) {
    boolean ok = !code.isEmpty() && code.length() <= 20;
    for (int i = 0; ok && i < code.length(); i++) {
      char c = code.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new AffairsException(AffairsError.AFFAIRS_PLACE_INVALID, FIELD, LOCAL);
    }
  }

  /**
   * Returns the division.
   *
   * @return the division code
   */
  public DivisionCode division() {
    return division;
  }

  /**
   * Returns the grid's local code.
   *
   * @return the grid, or empty when the place is a whole division
   */
  public Optional<String> grid() {
    return Optional.ofNullable(grid);
  }

  /**
   * Returns the building's local code.
   *
   * @return the building, or empty
   */
  public Optional<String> building() {
    return Optional.ofNullable(building);
  }

  /**
   * Returns the community (12-digit code) the place lies in.
   *
   * @return the community or village code, or empty for a place above community level
   */
  public Optional<DivisionCode> community() {
    return division.level() == DivisionLevel.VILLAGE ? Optional.of(division) : Optional.empty();
  }

  @Override
  public int compareTo(Place other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Place other
        && division.equals(other.division)
        && Objects.equals(grid, other.grid)
        && Objects.equals(building, other.building);
  }

  @Override
  public int hashCode() {
    return Objects.hash(division, grid, building);
  }

  @Override
  public String toString() {
    return division + (grid == null ? "" : "/" + grid) + (building == null ? "" : "/" + building);
  }
}
