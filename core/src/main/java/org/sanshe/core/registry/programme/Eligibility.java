package org.sanshe.core.registry.programme;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.GradeAward;
import org.sanshe.core.registry.organization.LegalStanding;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * Who may take on a programme's projects or a transferred function: a named policy over an {@link
 * Organization} (read only). An organization is eligible when all four rules hold, checked in this
 * order: its status (filed, registered or active; never incubating, suspended, deregistered or
 * revoked), its registration (registered with civil affairs, not only filed, when required), the
 * service domain (one the programme funds and the organization serves) and its evaluation grade
 * (valid on the date and at least the minimum, when one is set).
 *
 * <p>Immutable and thread-safe. Null components are refused.
 *
 * @param domains the service domains funded; empty means every domain
 * @param minimumGrade the lowest evaluation grade accepted, or {@link Optional#empty()} for none
 * @param registrationRequired whether filed community organizations are refused
 */
public record Eligibility(
    Set<ServiceDomain> domains,
    Optional<EvaluationGrade> minimumGrade,
    boolean registrationRequired) {

  /**
   * Copies the domains, in code order ({@link ServiceDomain#sortedSet}).
   *
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID} for more than {@link
   *     Organization#MAX_DOMAINS} domains
   */
  public Eligibility {
    Objects.requireNonNull(domains, "domains");
    Objects.requireNonNull(minimumGrade, "minimumGrade");
    domains = ServiceDomain.sortedSet(domains);
    if (domains.size() > Organization.MAX_DOMAINS) {
      throw Checks.invalid(
          Wording.of("domains", "服务领域"),
          Wording.of(
              "at most " + Organization.MAX_DOMAINS + " domains",
              "至多 " + Organization.MAX_DOMAINS + " 个"));
    }
  }

  /**
   * Returns the rule that admits any filed, registered or active organization in any domain.
   *
   * @return the rule
   */
  public static Eligibility open() {
    return new Eligibility(Set.of(), Optional.empty(), false);
  }

  /**
   * Returns the purchase rule of the field reports: registered, graded 3A or above (MCA Order 39,
   * 2011: 3A and above get priority for purchased services), in the domains given.
   *
   * @param domains the domains funded, empty for all
   * @return the rule
   */
  public static Eligibility registeredThreeA(Set<ServiceDomain> domains) {
    return new Eligibility(domains, Optional.of(EvaluationGrade.THREE_A), true);
  }

  /** The rule an organization failed. */
  public enum Rule {
    /** The organization is incubating, suspended, deregistered or revoked. */
    STATUS,
    /** The organization is only filed where registration is required. */
    REGISTRATION,
    /** The domain is not funded, or the organization does not serve it. */
    DOMAIN,
    /** The organization has no valid grade at or above the minimum. */
    GRADE;

    /**
     * Returns the rule's wording for messages.
     *
     * @return English and Chinese
     */
    public Wording wording() {
      return switch (this) {
        case STATUS ->
            Wording.of(
                "it must be filed, registered or active (not incubating, suspended or closed)",
                "须已备案、登记或在正常活动（不在孵化、停止活动或注销撤销状态）");
        case REGISTRATION ->
            Wording.of(
                "it must be registered with civil affairs, not only filed", "须在民政部门登记，而不仅是备案");
        case DOMAIN ->
            Wording.of(
                "the programme must fund the service domain and the organization must serve it",
                "资助计划须资助该服务领域且该组织须从事该领域");
        case GRADE ->
            Wording.of(
                "it must hold a valid evaluation grade at or above the minimum",
                "须持有不低于最低等级的有效评估等级");
      };
    }
  }

  /** What {@link #check} decided. Immutable. */
  public sealed interface Decision {
    /**
     * Tells whether the organization is eligible.
     *
     * @return true for {@link Eligible}
     */
    boolean eligible();
  }

  /** The organization is eligible. */
  public record Eligible() implements Decision {
    @Override
    public boolean eligible() {
      return true;
    }
  }

  /**
   * The organization is not eligible.
   *
   * @param rule the first rule it fails
   */
  public record Ineligible(Rule rule) implements Decision {
    /** Checks for null. */
    public Ineligible {
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public boolean eligible() {
      return false;
    }
  }

  /**
   * Decides whether an organization may take on a project in a domain on a date.
   *
   * @param organization the organization, not null
   * @param domain the project's service domain, not null
   * @param on the date of the application, not null
   * @return the decision naming the first failed rule
   */
  public Decision check(Organization organization, ServiceDomain domain, LocalDate on) {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(on, "on");
    OrganizationStatus status = organization.status();
    if (status != OrganizationStatus.FILED
        && status != OrganizationStatus.REGISTERED
        && status != OrganizationStatus.ACTIVE) {
      return new Ineligible(Rule.STATUS);
    }
    if (registrationRequired && !(organization.standing() instanceof LegalStanding.Registered)) {
      return new Ineligible(Rule.REGISTRATION);
    }
    if (!domains.isEmpty() && !domains.contains(domain) || !organization.serves(domain)) {
      return new Ineligible(Rule.DOMAIN);
    }
    if (minimumGrade.isPresent()) {
      Optional<GradeAward> grade = organization.gradeOn(on);
      if (grade.isEmpty() || !grade.get().grade().isAtLeast(minimumGrade.get())) {
        return new Ineligible(Rule.GRADE);
      }
    }
    return new Eligible();
  }
}
