package org.sanshe.deliberation.affairs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.OpenCatalogue;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The matter categories a place uses, an open catalogue: {@link #illustrative()} presets plus
 * integrator-defined entries with a code and Chinese and English names ({@link
 * #with(CatalogueEntry)}), since every place sorts its matters differently. A category's code is
 * its {@link MatterCategory}; stored matters keep only the code, so a catalogue can be extended
 * without touching them. Given to {@link Intake#withCategories(MatterCategoryCatalogue)}, it
 * refuses matters in categories it does not list. Immutable and thread-safe; {@code with} returns a
 * new catalogue.
 */
public final class MatterCategoryCatalogue {

  private static final Wording NAME = Wording.of("matter category", "事项类别");

  private final OpenCatalogue<String, CatalogueEntry> entries;

  private MatterCategoryCatalogue(OpenCatalogue<String, CatalogueEntry> entries) {
    this.entries = entries;
  }

  /**
   * Returns an empty catalogue, for integrators who list every category themselves.
   *
   * @return the catalogue
   */
  public static MatterCategoryCatalogue empty() {
    return new MatterCategoryCatalogue(OpenCatalogue.empty(NAME));
  }

  /**
   * Returns an illustrative catalogue of categories common in community work (environment and
   * sanitation, parking, noise, street lighting, public facilities, property management, safety
   * hazards, neighbour disputes, elderly care). <b>Illustrative only</b>, our own default and not
   * taken from a field report: replace or extend it with the place's real categories.
   *
   * @return the catalogue
   */
  public static MatterCategoryCatalogue illustrative() {
    return empty()
        .with(new CatalogueEntry("environment", "环境卫生", "Environment and sanitation"))
        .with(new CatalogueEntry("parking", "停车管理", "Parking"))
        .with(new CatalogueEntry("noise", "噪声扰民", "Noise"))
        .with(new CatalogueEntry("lighting", "路灯照明", "Street lighting"))
        .with(new CatalogueEntry("facilities", "公共设施", "Public facilities"))
        .with(new CatalogueEntry("property", "物业管理", "Property management"))
        .with(new CatalogueEntry("safety", "安全隐患", "Safety hazards"))
        .with(new CatalogueEntry("neighbour-dispute", "邻里纠纷", "Neighbour disputes"))
        .with(new CatalogueEntry("elderly-care", "养老服务", "Elderly care"));
  }

  /**
   * Returns this catalogue with one more entry.
   *
   * @param entry the entry, not null, with a code not yet listed
   * @return the new catalogue
   * @throws AffairsException with {@code AFFAIRS_CATALOGUE_ENTRY_INVALID} for a code listed already
   */
  public MatterCategoryCatalogue with(CatalogueEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entries.contains(entry.code())) {
      throw new AffairsException(
          AffairsError.AFFAIRS_CATALOGUE_ENTRY_INVALID,
          NAME,
          Wording.of("each code is listed once", "每个代码只列一次"));
    }
    return new MatterCategoryCatalogue(entries.with(entry.code(), entry));
  }

  /**
   * Finds a category's entry.
   *
   * @param category the category, not null
   * @return the entry, or empty
   */
  public Optional<CatalogueEntry> find(MatterCategory category) {
    return entries.find(Objects.requireNonNull(category, "category").code());
  }

  /**
   * Checks that a category is listed.
   *
   * @param category the category, not null
   * @return the category
   * @throws SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} when it is not
   */
  public MatterCategory require(MatterCategory category) {
    entries.require(Objects.requireNonNull(category, "category").code());
    return category;
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
    return "MatterCategoryCatalogue" + new TreeSet<>(entries.keys());
  }
}
