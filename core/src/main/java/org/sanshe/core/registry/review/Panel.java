package org.sanshe.core.registry.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ExpertScore;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewPolicy;
import org.sanshe.core.registry.project.ReviewStage;

/**
 * A review panel (评审组) for one stage of one project, drawn from the {@link ExpertPool} without the
 * experts tied to the applicant, and the record of that draw: the seed, the candidates in the order
 * drawn from (the untied experts by id) and the members in the order drawn. Anyone holding the same
 * pool can {@link #redraw} it and get the same panel.
 *
 * <p>The draw: the candidates are the pool's experts without a declared tie to the applicant,
 * ordered by id; with {@code new SplittableRandom(seed)}, for {@code i} from 0 to {@code size - 1},
 * swap candidate {@code i} with candidate {@code i + nextInt(n - i)}; the first {@code size}
 * candidates are the panel.
 *
 * <p>Immutable and thread-safe. Reviews go through {@link #review}, which scores the project with
 * the existing {@link Project#review} after checking that every scorer sits on the panel and none
 * is tied to the applicant.
 *
 * @param project the project reviewed
 * @param stage the review stage
 * @param applicant the implementing organization
 * @param seed the seed of the draw
 * @param candidates the untied experts the draw was made from, ordered by id
 * @param drawn the experts drawn, in draw order
 * @param seated experts seated later by hand (each checked for ties), in order
 */
public record Panel(
    ProjectId project,
    ReviewStage stage,
    OrganizationId applicant,
    long seed,
    List<String> candidates,
    List<String> drawn,
    List<String> seated) {

  /**
   * Checks the components: no null, no expert twice among the members, the drawn are candidates.
   *
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING} or {@code REVIEW_PANEL_INVALID}
   */
  public Panel {
    if (project == null || stage == null || applicant == null) {
      throw new RegistryException(
          RegistryError.REGISTRY_FIELD_MISSING, "project, stage, applicant");
    }
    if (candidates == null || drawn == null || seated == null) {
      throw new RegistryException(
          RegistryError.REGISTRY_FIELD_MISSING, "candidates, drawn, seated");
    }
    candidates = List.copyOf(candidates);
    drawn = List.copyOf(drawn);
    seated = List.copyOf(seated);
    Set<String> seen = new HashSet<>();
    for (String m : drawn) {
      if (!seen.add(m)) {
        throw invalid("each expert sits once", "每位专家只能入组一次");
      }
    }
    if (!new HashSet<>(candidates).containsAll(drawn)) {
      throw invalid("the drawn experts are candidates of the draw", "抽取的专家须来自候选名单");
    }
    for (String m : seated) {
      if (!seen.add(m)) {
        throw invalid("each expert sits once", "每位专家只能入组一次");
      }
    }
  }

  private static RegistryException invalid(String en, String zh) {
    return new RegistryException(RegistryError.REVIEW_PANEL_INVALID, Wording.of(en, zh));
  }

  /**
   * Draws a panel.
   *
   * @param pool the pool, not null
   * @param project the project, not null
   * @param stage the stage, not null
   * @param applicant the implementing organization, not null
   * @param size the number of experts, at least 1
   * @param seed the seed (record where it came from, such as a public lottery number)
   * @return the panel with its record
   * @throws RegistryException with {@code REVIEW_PANEL_INVALID} (size below 1) or {@code
   *     REVIEW_PANEL_TOO_SMALL} (fewer untied experts than the size)
   */
  public static Panel draw(
      ExpertPool pool,
      ProjectId project,
      ReviewStage stage,
      OrganizationId applicant,
      int size,
      long seed) {
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(applicant, "applicant");
    if (size < 1) {
      throw invalid("a panel has at least one expert", "评审组至少有一名专家");
    }
    List<String> candidates = pool.untiedTo(applicant).stream().map(Expert::id).toList();
    if (candidates.size() < size) {
      throw new RegistryException(RegistryError.REVIEW_PANEL_TOO_SMALL, size, candidates.size());
    }
    List<String> order = new ArrayList<>(candidates);
    SplittableRandom random = new SplittableRandom(seed);
    int n = order.size();
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(n - i);
      String t = order.get(i);
      order.set(i, order.get(j));
      order.set(j, t);
    }
    return new Panel(
        project, stage, applicant, seed, candidates, order.subList(0, size), List.of());
  }

  /**
   * Draws this panel again from a pool with the recorded seed and size (before any seating).
   *
   * @param pool the pool, not null
   * @return the panel the same draw gives today
   * @throws RegistryException with the codes of {@link #draw}
   */
  public Panel redraw(ExpertPool pool) {
    return draw(pool, project, stage, applicant, drawn.size(), seed);
  }

  /**
   * Seats an expert by hand (a replacement).
   *
   * @param pool the pool, not null
   * @param expert the expert's id, not null
   * @return the new panel
   * @throws RegistryException with {@code REVIEW_EXPERT_UNKNOWN}, {@code REVIEW_EXPERT_TIED} or
   *     {@code REVIEW_PANEL_INVALID} (already a member)
   */
  public Panel seat(ExpertPool pool, String expert) {
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(expert, "expert");
    Expert e =
        pool.find(expert)
            .orElseThrow(() -> new RegistryException(RegistryError.REVIEW_EXPERT_UNKNOWN, expert));
    if (e.isTiedTo(applicant)) {
      throw new RegistryException(RegistryError.REVIEW_EXPERT_TIED, expert, applicant);
    }
    List<String> next = new ArrayList<>(seated);
    next.add(expert);
    return new Panel(project, stage, applicant, seed, candidates, drawn, next);
  }

  /**
   * Returns the members: the drawn, then the seated.
   *
   * @return an unmodifiable list
   */
  public List<String> members() {
    List<String> all = new ArrayList<>(drawn);
    all.addAll(seated);
    return List.copyOf(all);
  }

  /**
   * Holds the panel's review of the project with the existing expert-review rules.
   *
   * @param pool the pool as it stands on the day (ties declared since the draw count), not null
   * @param target the project, not null; its id is the panel's and its implementer the applicant
   * @param heldOn the date, not null
   * @param scores the members' scores, not null
   * @param policy the review policy, not null
   * @param clock the clock, not null
   * @return the project after {@link Project#review}
   * @throws RegistryException with {@code REVIEW_PANEL_INVALID} (another project or applicant),
   *     {@code REVIEW_SCORER_NOT_ON_PANEL}, {@code REVIEW_EXPERT_UNKNOWN}, {@code
   *     REVIEW_EXPERT_TIED}, or the codes of {@link Project#review}
   */
  public Project review(
      ExpertPool pool,
      Project target,
      LocalDate heldOn,
      List<ExpertScore> scores,
      ReviewPolicy policy,
      Clock clock) {
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(scores, "scores");
    if (!target.id().equals(project) || !target.implementer().equals(applicant)) {
      throw invalid("the panel reviews its own project of its applicant", "评审组只评审其对应申报方的对应项目");
    }
    List<String> members = members();
    for (ExpertScore s : scores) {
      Objects.requireNonNull(s, "score");
      if (!members.contains(s.expert())) {
        throw new RegistryException(RegistryError.REVIEW_SCORER_NOT_ON_PANEL, s.expert());
      }
      Expert e =
          pool.find(s.expert())
              .orElseThrow(
                  () -> new RegistryException(RegistryError.REVIEW_EXPERT_UNKNOWN, s.expert()));
      if (e.isTiedTo(applicant)) {
        throw new RegistryException(RegistryError.REVIEW_EXPERT_TIED, s.expert(), applicant);
      }
    }
    return target.review(stage, heldOn, scores, policy, clock);
  }
}
