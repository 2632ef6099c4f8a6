package org.sanshe.core.registry.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * The space rules for communities' office and service space (社区办公服务用房): at least a share of each
 * community's space serves social organizations' public-welfare services, and the communities of an
 * area have at least a minimum area on average. Areas are whole square metres; comparisons are
 * exact ({@code publicWelfare * 100 >= total * percent}, {@code sum >= count * minimum}).
 *
 * <p>The {@linkplain #preset() preset} holds the figures issue 19 asks for (at least half of the
 * space for social organizations' public-welfare services, at least 1,000 m² on average). They are
 * <b>Sanshe's defaults, not a sourced figure</b>: the field reports distilled in the project's
 * domain notes (Yuhuatai, Tianning, Xiuzhou/Xincheng, Jiangsu's programme) quote 80% of community
 * service space for elderly, youth, charity and mediation ({@link ServiceSpacePolicy}) but state
 * neither the 50% nor the 1,000 m². The preset's figures are floors: an override may raise them but
 * lowering one contradicts the preset ({@code REGISTRY_PRESET_OVERRIDE_CONTRADICTS}); a district
 * whose own rule is lower uses {@link #local(int, long)}. Immutable and thread-safe.
 */
public final class OfficeSpaceRules {

  private final int publicWelfarePercent;
  private final long minimumAverageSquareMetres;
  private final boolean preset;

  private OfficeSpaceRules(int publicWelfarePercent, long minimumAverage, boolean preset) {
    this.publicWelfarePercent = publicWelfarePercent;
    this.minimumAverageSquareMetres = minimumAverage;
    this.preset = preset;
  }

  /**
   * Returns the preset: 50% for social organizations' public-welfare services, 1,000 m² on average.
   * These are Sanshe's defaults (the figures issue 19 names); no field report in the domain notes
   * states them.
   *
   * @return the rules
   */
  public static OfficeSpaceRules preset() {
    return new OfficeSpaceRules(50, 1_000, true);
  }

  /**
   * Returns local rules with no source.
   *
   * @param publicWelfarePercent 0 to 100
   * @param minimumAverageSquareMetres 0 to 1,000,000
   * @return the rules
   * @throws RegistryException with {@code BUDGET_SETTING_INVALID}
   */
  public static OfficeSpaceRules local(int publicWelfarePercent, long minimumAverageSquareMetres) {
    return new OfficeSpaceRules(
        checkPercent(publicWelfarePercent), checkArea(minimumAverageSquareMetres), false);
  }

  private static int checkPercent(int p) {
    if (p < 0 || p > 100) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID, Wording.of("public-welfare share", "公益服务占比"), p);
    }
    return p;
  }

  private static long checkArea(long a) {
    if (a < 0 || a > 1_000_000) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID, Wording.of("average area", "平均面积"), a);
    }
    return a;
  }

  /**
   * Overrides the public-welfare share.
   *
   * @param percent 0 to 100; not below the preset's figure when these rules are a preset
   * @return the rules
   * @throws RegistryException with {@code BUDGET_SETTING_INVALID} or {@code
   *     REGISTRY_PRESET_OVERRIDE_CONTRADICTS}
   */
  public OfficeSpaceRules withPublicWelfarePercent(int percent) {
    checkPercent(percent);
    if (preset && percent < publicWelfarePercent) {
      throw new RegistryException(
          RegistryError.REGISTRY_PRESET_OVERRIDE_CONTRADICTS,
          Wording.of("public-welfare share", "公益服务占比"),
          publicWelfarePercent + "%");
    }
    return new OfficeSpaceRules(percent, minimumAverageSquareMetres, preset);
  }

  /**
   * Overrides the minimum average area.
   *
   * @param squareMetres 0 to 1,000,000; not below the preset's figure when these rules are a preset
   * @return the rules
   * @throws RegistryException with {@code BUDGET_SETTING_INVALID} or {@code
   *     REGISTRY_PRESET_OVERRIDE_CONTRADICTS}
   */
  public OfficeSpaceRules withMinimumAverageSquareMetres(long squareMetres) {
    checkArea(squareMetres);
    if (preset && squareMetres < minimumAverageSquareMetres) {
      throw new RegistryException(
          RegistryError.REGISTRY_PRESET_OVERRIDE_CONTRADICTS,
          Wording.of("average area", "平均面积"),
          minimumAverageSquareMetres + " m²");
    }
    return new OfficeSpaceRules(publicWelfarePercent, squareMetres, preset);
  }

  /**
   * One community's space.
   *
   * @param community the community
   * @param totalSquareMetres its office and service space, not negative
   * @param publicWelfareSquareMetres the part serving social organizations' public-welfare
   *     services, not negative, not more than the total
   */
  public record CommunitySpace(
      DivisionCode community, long totalSquareMetres, long publicWelfareSquareMetres) {

    /**
     * Checks the components.
     *
     * @throws RegistryException with {@code BUDGET_FIGURE_INVALID}
     */
    public CommunitySpace {
      Objects.requireNonNull(community, "community");
      if (totalSquareMetres < 0) {
        throw new RegistryException(
            RegistryError.BUDGET_FIGURE_INVALID, Wording.of("total area", "总面积"), "< 0");
      }
      if (publicWelfareSquareMetres < 0 || publicWelfareSquareMetres > totalSquareMetres) {
        throw new RegistryException(
            RegistryError.BUDGET_FIGURE_INVALID,
            Wording.of("public-welfare area", "公益服务面积"),
            "0..total");
      }
    }
  }

  /**
   * The decision on one community.
   *
   * @param community the community
   * @param met whether the public-welfare share is reached
   * @param requiredSquareMetres the least public-welfare area (rounded up)
   * @param publicWelfareSquareMetres the public-welfare area
   */
  public record CommunityDecision(
      DivisionCode community,
      boolean met,
      long requiredSquareMetres,
      long publicWelfareSquareMetres) {}

  /**
   * The decision on an area's communities.
   *
   * @param communities each community's decision, in the order given
   * @param averageMet whether the average area reaches the minimum
   * @param totalSquareMetres the sum of the communities' areas
   * @param requiredTotalSquareMetres the count times the minimum average
   */
  public record Decision(
      List<CommunityDecision> communities,
      boolean averageMet,
      long totalSquareMetres,
      long requiredTotalSquareMetres) {

    /** Copies the list. */
    public Decision {
      communities = List.copyOf(communities);
    }

    /**
     * Tells whether every rule is met.
     *
     * @return true when the average and every community's share are met
     */
    public boolean met() {
      return averageMet && communities.stream().allMatch(CommunityDecision::met);
    }
  }

  /**
   * Decides for the communities of an area.
   *
   * @param spaces the communities' spaces, not null, not empty
   * @return the decision
   * @throws RegistryException with {@code BUDGET_FIGURE_INVALID} for an empty list
   */
  public Decision decide(List<CommunitySpace> spaces) {
    Objects.requireNonNull(spaces, "spaces");
    if (spaces.isEmpty()) {
      throw new RegistryException(
          RegistryError.BUDGET_FIGURE_INVALID, Wording.of("communities", "社区"), "[]");
    }
    List<CommunityDecision> out = new ArrayList<>(spaces.size());
    long total = 0;
    for (CommunitySpace s : spaces) {
      long required =
          Math.floorDiv(
              Math.multiplyExact(s.totalSquareMetres(), (long) publicWelfarePercent) + 99, 100);
      boolean met =
          Math.multiplyExact(s.publicWelfareSquareMetres(), 100L)
              >= Math.multiplyExact(s.totalSquareMetres(), (long) publicWelfarePercent);
      out.add(new CommunityDecision(s.community(), met, required, s.publicWelfareSquareMetres()));
      total = Math.addExact(total, s.totalSquareMetres());
    }
    long requiredTotal = Math.multiplyExact((long) spaces.size(), minimumAverageSquareMetres);
    return new Decision(out, total >= requiredTotal, total, requiredTotal);
  }

  /**
   * Returns the public-welfare share.
   *
   * @return the percent
   */
  public int publicWelfarePercent() {
    return publicWelfarePercent;
  }

  /**
   * Returns the minimum average area.
   *
   * @return square metres
   */
  public long minimumAverageSquareMetres() {
    return minimumAverageSquareMetres;
  }

  /**
   * Tells whether these rules come from the preset.
   *
   * @return true for the preset and its overrides
   */
  public boolean isPreset() {
    return preset;
  }

  @Override
  public String toString() {
    return "OfficeSpaceRules["
        + (preset ? "preset, " : "local, ")
        + publicWelfarePercent
        + "% public welfare, "
        + minimumAverageSquareMetres
        + " m² on average]";
  }
}
