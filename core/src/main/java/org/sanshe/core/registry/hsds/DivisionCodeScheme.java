package org.sanshe.core.registry.hsds;

import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The code list a division code belongs to, as the HSDS export names it.
 *
 * <ul>
 *   <li>Six-digit codes (province, city, county) are the administrative division codes of GB/T 2260
 *       (中华人民共和国行政区划代码).
 *   <li>Nine-digit (township level: street, town, township) and twelve-digit (village level:
 *       community, village) codes are not part of GB/T 2260, which stops at the county: they are
 *       the National Bureau of Statistics' statistical division codes (统计用区划代码), whose first six
 *       digits repeat the GB/T 2260 code of the county.
 * </ul>
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DivisionCodeScheme {
  /** GB/T 2260, six digits. */
  GB_T_2260("GB/T 2260 administrative division code (行政区划代码)"),
  /** The National Bureau of Statistics' statistical division codes, nine or twelve digits. */
  NBS_STATISTICAL_DIVISION_CODE(
      "National Bureau of Statistics statistical division code (统计用区划代码)");

  private final String label;

  DivisionCodeScheme(String label) {
    this.label = label;
  }

  /**
   * Returns the scheme of a code, from its length.
   *
   * @param code the code, not null
   * @return {@link #GB_T_2260} for six digits, {@link #NBS_STATISTICAL_DIVISION_CODE} otherwise
   */
  public static DivisionCodeScheme of(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return code.value().length() == 6 ? GB_T_2260 : NBS_STATISTICAL_DIVISION_CODE;
  }

  /**
   * Returns the label written into the export, in English with the Chinese name.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
