package org.sanshe.core.registry.project;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * What a new project starts with, the argument of {@link Project#draft(ProjectDraft,
 * java.time.Clock)}: built with {@link #of} and named steps instead of positional arguments:
 *
 * <pre>{@code
 * Project p = Project.draft(
 *     ProjectDraft.of(ProjectId.of("p-1"), "长者助餐", implementer)
 *         .hostedBy(List.of(community))
 *         .answering(List.of(needId)),
 *     clock);
 * }</pre>
 *
 * The rules (a title, at least one host community, hosts of community level) are checked when the
 * project is drafted. Immutable and thread-safe; no component is null.
 *
 * @param id the project's id
 * @param title the title
 * @param implementer the implementing organization
 * @param hosts the host communities, in order
 * @param needs the needs the project answers, in order
 */
public record ProjectDraft(
    ProjectId id,
    String title,
    OrganizationId implementer,
    List<DivisionCode> hosts,
    List<NeedId> needs) {

  /** Checks the components for null and copies the lists. */
  public ProjectDraft {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(implementer, "implementer");
    hosts = List.copyOf(hosts);
    needs = List.copyOf(needs);
  }

  /**
   * Starts a draft without hosts or needs.
   *
   * @param id the id, not null
   * @param title the title, not null
   * @param implementer the implementing organization, not null
   * @return the draft
   */
  public static ProjectDraft of(ProjectId id, String title, OrganizationId implementer) {
    return new ProjectDraft(id, title, implementer, List.of(), List.of());
  }

  /**
   * Returns this draft with its host communities.
   *
   * @param communities the communities or villages, not null
   * @return the new draft
   */
  public ProjectDraft hostedBy(List<DivisionCode> communities) {
    return new ProjectDraft(id, title, implementer, communities, needs);
  }

  /**
   * Returns this draft with the needs it answers.
   *
   * @param answered the needs, not null
   * @return the new draft
   */
  public ProjectDraft answering(List<NeedId> answered) {
    return new ProjectDraft(id, title, implementer, hosts, answered);
  }
}
