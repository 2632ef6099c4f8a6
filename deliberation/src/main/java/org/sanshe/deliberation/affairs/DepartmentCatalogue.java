package org.sanshe.deliberation.affairs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.OpenCatalogue;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The departments of a street or town to which matters are dispatched, an open catalogue: {@link
 * #illustrative()} presets plus integrator-defined entries ({@link #with(CatalogueEntry)}), since
 * every street organizes its offices differently. Immutable and thread-safe; {@code with} returns a
 * new catalogue.
 */
public final class DepartmentCatalogue {

  private static final Wording NAME = Wording.of("department", "部门");

  private final OpenCatalogue<String, CatalogueEntry> entries;

  private DepartmentCatalogue(OpenCatalogue<String, CatalogueEntry> entries) {
    this.entries = entries;
  }

  /**
   * Returns an empty catalogue, for integrators who list every department themselves.
   *
   * @return the catalogue
   */
  public static DepartmentCatalogue empty() {
    return new DepartmentCatalogue(OpenCatalogue.empty(NAME));
  }

  /**
   * Returns an illustrative catalogue: offices found in many street and town governments
   * (comprehensive administrative enforcement, urban management, public security liaison, civil
   * affairs, housing and property, emergency management). <b>Illustrative only</b>, our own default
   * and not taken from a field report: replace or extend it with the street's real offices.
   *
   * @return the catalogue
   */
  public static DepartmentCatalogue illustrative() {
    return empty()
        .with(new CatalogueEntry("enforcement", "综合行政执法队", "Administrative enforcement"))
        .with(new CatalogueEntry("urban-management", "城市管理办公室", "Urban management office"))
        .with(new CatalogueEntry("public-security", "派出所", "Police station"))
        .with(new CatalogueEntry("civil-affairs", "民政办", "Civil affairs office"))
        .with(new CatalogueEntry("housing", "房产物业管理办公室", "Housing and property office"))
        .with(new CatalogueEntry("emergency", "应急管理办公室", "Emergency management office"));
  }

  /**
   * Returns this catalogue with one more entry.
   *
   * @param entry the entry, not null, with a code not yet listed
   * @return the new catalogue
   * @throws AffairsException with {@code AFFAIRS_CATALOGUE_ENTRY_INVALID} for a code listed already
   */
  public DepartmentCatalogue with(CatalogueEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entries.contains(entry.code())) {
      throw new AffairsException(
          AffairsError.AFFAIRS_CATALOGUE_ENTRY_INVALID,
          NAME,
          Wording.of("each code is listed once", "每个代码只列一次"));
    }
    return new DepartmentCatalogue(entries.with(entry.code(), entry));
  }

  /**
   * Finds a department.
   *
   * @param code the code, not null
   * @return the entry, or empty
   */
  public Optional<CatalogueEntry> find(String code) {
    return entries.find(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns every entry, ordered by code.
   *
   * @return an unmodifiable list
   */
  public List<CatalogueEntry> entries() {
    List<CatalogueEntry> sorted = new ArrayList<>(entries.entries());
    sorted.sort(Comparator.comparing(CatalogueEntry::code));
    return List.copyOf(sorted);
  }

  @Override
  public String toString() {
    return "DepartmentCatalogue" + new TreeSet<>(entries.keys());
  }
}
