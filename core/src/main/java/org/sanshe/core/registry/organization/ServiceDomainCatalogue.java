package org.sanshe.core.registry.organization;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.kernel.OpenCatalogue;

/**
 * The service domains a place lists, an open catalogue: the {@link #presets()} (the eleven domains
 * of the former enum, elderly care to health) plus integrator-defined domains with a code and
 * Chinese and English names ({@link #with(ServiceDomain, String, String)}). Given to {@link
 * OrganizationRegistry.Builder#domains(ServiceDomainCatalogue)} (default {@link #presets()}, so
 * callers that never name one need no change), it refuses an organization's domains, and a restored
 * organization's domains on import, that it does not list with {@code CATALOGUE_ENTRY_UNKNOWN}
 * naming the kind ("service domain"), never the code. Stores and JSON readers take any well-formed
 * code: the catalogue is checked where a domain is accepted, not where a stored one is read back,
 * so removing an entry never makes stored data unreadable.
 *
 * <p>Immutable and thread-safe; {@code with} returns a new catalogue. Entries keep the order they
 * were listed in; the listing rules are those of every open catalogue ({@link OpenCatalogue}).
 * Nulls are refused with a {@link NullPointerException} naming the argument.
 */
public final class ServiceDomainCatalogue {

  /** The longest name, in either language: {@value}. */
  public static final int MAX_NAME = 60;

  private static final Wording KIND = Wording.of("service domain", "服务领域");

  private static final ServiceDomainCatalogue PRESETS =
      empty()
          .with(ServiceDomain.ELDERLY_CARE, "养老", "Elderly care")
          .with(ServiceDomain.YOUTH, "青少年", "Youth")
          .with(ServiceDomain.DISABILITY, "助残", "Disability")
          .with(ServiceDomain.RELIEF, "救助", "Relief and assistance")
          .with(ServiceDomain.CULTURE_AND_SPORTS, "文体", "Culture and sports")
          .with(ServiceDomain.VOLUNTEERING, "志愿服务", "Volunteering")
          .with(ServiceDomain.MEDIATION, "调解", "Mediation")
          .with(ServiceDomain.ENVIRONMENT, "环保", "Environment")
          .with(ServiceDomain.MIGRANT_CHILDREN, "外来务工子女", "Children of migrant workers")
          .with(ServiceDomain.PUBLIC_SAFETY, "平安", "Public safety")
          .with(ServiceDomain.HEALTH, "健康", "Health");

  /**
   * One domain with its names. Immutable.
   *
   * @param domain the domain
   * @param chinese the Chinese name, a bounded name of at most {@value #MAX_NAME} characters
   * @param english the English name, a bounded name of at most {@value #MAX_NAME} characters
   */
  public record Entry(ServiceDomain domain, String chinese, String english) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws SansheException {@code TEXT_BLANK}, {@code TEXT_TOO_LONG} or {@code TEXT_CHARACTER}
     *     naming the field
     */
    public Entry {
      Objects.requireNonNull(domain, "domain");
      chinese =
          BoundedText.name(
              chinese, Wording.of("The service domain's Chinese name", "服务领域中文名"), MAX_NAME);
      english =
          BoundedText.name(
              english, Wording.of("The service domain's English name", "服务领域英文名"), MAX_NAME);
    }

    /**
     * Returns the name in both languages.
     *
     * @return the wording
     */
    public Wording wording() {
      return Wording.of(english, chinese);
    }
  }

  private final OpenCatalogue<ServiceDomain, Entry> entries;

  private ServiceDomainCatalogue(OpenCatalogue<ServiceDomain, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Returns an empty catalogue, for integrators who list every domain themselves.
   *
   * @return the catalogue
   */
  public static ServiceDomainCatalogue empty() {
    return new ServiceDomainCatalogue(OpenCatalogue.empty(KIND));
  }

  /**
   * Returns the catalogue of the eleven preset domains, in the order of {@link
   * ServiceDomain#presets()}; extend it with {@link #with}. This is our own default list (the
   * domains the registry has carried since its first version), not a list from a field report.
   *
   * @return the catalogue
   */
  public static ServiceDomainCatalogue presets() {
    return PRESETS;
  }

  /**
   * Returns this catalogue with one more domain.
   *
   * @param domain the domain, not null, not listed yet
   * @param chinese the Chinese name
   * @param english the English name
   * @return the new catalogue
   * @throws SansheException with {@code CATALOGUE_CODE_DUPLICATE} for a domain listed already, or a
   *     text code naming a bad name
   */
  public ServiceDomainCatalogue with(ServiceDomain domain, String chinese, String english) {
    Entry entry = new Entry(domain, chinese, english);
    return new ServiceDomainCatalogue(entries.with(domain, entry));
  }

  /**
   * Finds a domain's entry.
   *
   * @param domain the domain, not null
   * @return the entry, or empty when not listed
   */
  public Optional<Entry> find(ServiceDomain domain) {
    return entries.find(Objects.requireNonNull(domain, "domain"));
  }

  /**
   * Tells whether a domain is listed.
   *
   * @param domain the domain, not null
   * @return true when listed
   */
  public boolean contains(ServiceDomain domain) {
    return entries.contains(Objects.requireNonNull(domain, "domain"));
  }

  /**
   * Checks that a domain is listed.
   *
   * @param domain the domain, not null
   * @return the domain
   * @throws SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} naming the kind when it is not
   */
  public ServiceDomain require(ServiceDomain domain) {
    return entries.require(Objects.requireNonNull(domain, "domain"));
  }

  /**
   * Checks that every domain of a collection is listed.
   *
   * @param domains the domains, not null, without null elements
   * @return the domains as a sorted, unmodifiable set ({@link ServiceDomain#sortedSet})
   * @throws SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} naming the kind when one is not
   */
  public Set<ServiceDomain> requireAll(Collection<ServiceDomain> domains) {
    Set<ServiceDomain> sorted = ServiceDomain.sortedSet(domains);
    for (ServiceDomain d : sorted) {
      entries.require(d);
    }
    return sorted;
  }

  /**
   * Returns every entry in the order listed.
   *
   * @return an unmodifiable list
   */
  public List<Entry> entries() {
    return entries.entries();
  }

  /**
   * Returns every listed domain in the order listed.
   *
   * @return an unmodifiable list
   */
  public List<ServiceDomain> domains() {
    return List.copyOf(entries.keys());
  }

  @Override
  public String toString() {
    return "ServiceDomainCatalogue" + entries.keys();
  }
}
