package org.sanshe.core.registry.organization;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.OpenCatalogue;

/**
 * A field in which an organization serves (服务领域). A domain is its code: the eleven presets below
 * (their codes are the names the former enum stored and wrote to JSON, so stored organizations,
 * programmes and applications read back unchanged) or an integrator-defined code listed in the
 * place's {@link ServiceDomainCatalogue}, which holds the Chinese and English names, since places
 * sort their organizations' work in fields of their own (property disputes, elderly canteens). A
 * code is 1 to {@value #MAX_CODE} ASCII letters, digits, {@code -} or {@code _}, starting with a
 * letter; codes are case-sensitive.
 *
 * <p>Sets of domains held by organizations, snapshots, events, eligibility rules and guidance
 * screens are ordered by code ({@link #compareTo}, see {@link #sortedSet}), so snapshots, JSON and
 * events are stable whatever order a caller gave.
 *
 * <p>Immutable and thread-safe; compares by its code. Never null where a domain is required.
 *
 * @param code the code, stored and sent in JSON
 */
public record ServiceDomain(String code) implements Comparable<ServiceDomain> {

  /** The longest code: {@value}. */
  public static final int MAX_CODE = 32;

  /** 养老: elderly care. */
  public static final ServiceDomain ELDERLY_CARE = new ServiceDomain("ELDERLY_CARE");

  /** 青少年: youth. */
  public static final ServiceDomain YOUTH = new ServiceDomain("YOUTH");

  /** 助残: disability. */
  public static final ServiceDomain DISABILITY = new ServiceDomain("DISABILITY");

  /** 救助: relief and assistance. */
  public static final ServiceDomain RELIEF = new ServiceDomain("RELIEF");

  /** 文体: culture and sports. */
  public static final ServiceDomain CULTURE_AND_SPORTS = new ServiceDomain("CULTURE_AND_SPORTS");

  /** 志愿服务: volunteering. */
  public static final ServiceDomain VOLUNTEERING = new ServiceDomain("VOLUNTEERING");

  /** 调解: mediation. */
  public static final ServiceDomain MEDIATION = new ServiceDomain("MEDIATION");

  /** 环保: environment. */
  public static final ServiceDomain ENVIRONMENT = new ServiceDomain("ENVIRONMENT");

  /** 外来务工子女: children of migrant workers. */
  public static final ServiceDomain MIGRANT_CHILDREN = new ServiceDomain("MIGRANT_CHILDREN");

  /** 平安: public safety. */
  public static final ServiceDomain PUBLIC_SAFETY = new ServiceDomain("PUBLIC_SAFETY");

  /** 健康: health. */
  public static final ServiceDomain HEALTH = new ServiceDomain("HEALTH");

  private static final List<ServiceDomain> PRESETS =
      List.of(
          ELDERLY_CARE,
          YOUTH,
          DISABILITY,
          RELIEF,
          CULTURE_AND_SPORTS,
          VOLUNTEERING,
          MEDIATION,
          ENVIRONMENT,
          MIGRANT_CHILDREN,
          PUBLIC_SAFETY,
          HEALTH);

  /**
   * Checks the code.
   *
   * @throws NullPointerException if code is null
   * @throws SansheException with {@code CATALOGUE_CODE_INVALID} for a malformed code
   */
  public ServiceDomain {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new SansheException(
          CoreError.CATALOGUE_CODE_INVALID,
          Wording.of("service domain", "服务领域"),
          Wording.of(
              "1 to 32 letters, digits, - or _, starting with a letter",
              "须为 1 至 32 个字母、数字、- 或 _，以字母开头"));
    }
  }

  /**
   * Returns the domain with a code, the preset constant for a preset's code.
   *
   * @param code the code, not null
   * @return the domain
   * @throws SansheException with {@code CATALOGUE_CODE_INVALID} for a malformed code
   */
  public static ServiceDomain of(String code) {
    Objects.requireNonNull(code, "code");
    for (ServiceDomain preset : PRESETS) {
      if (preset.code.equals(code)) {
        return preset;
      }
    }
    return new ServiceDomain(code);
  }

  /**
   * Returns the preset domains in their stable order, the order of the former enum: elderly care,
   * youth, disability, relief, culture and sports, volunteering, mediation, environment, children
   * of migrant workers, public safety, health.
   *
   * @return an unmodifiable list
   */
  public static List<ServiceDomain> presets() {
    return PRESETS;
  }

  /**
   * Tells whether this domain is one of the {@link #presets()}.
   *
   * @return true for a preset
   */
  public boolean isPreset() {
    return PRESETS.contains(this);
  }

  /**
   * Tells whether a text has the form of a service domain's code.
   *
   * @param code the text, not null
   * @return true for 1 to 32 of {@code A-Z a-z 0-9 - _}, starting with a letter
   */
  public static boolean isCode(String code) {
    return OpenCatalogue.isCode(code, MAX_CODE);
  }

  /**
   * Returns a copy of some domains as an unmodifiable set iterating in code order, the one order in
   * which organizations, snapshots, events and rules hold their domains. The set is compact (an
   * array searched by code; a single preset's set is shared), since a registry holds a set per
   * organization.
   *
   * @param domains the domains, not null, without null elements (duplicates collapse)
   * @return the sorted, unmodifiable set
   * @throws NullPointerException if domains or an element is null
   */
  public static Set<ServiceDomain> sortedSet(Collection<ServiceDomain> domains) {
    Objects.requireNonNull(domains, "domains");
    if (domains instanceof Sorted) {
      return (Sorted) domains;
    }
    if (domains.isEmpty()) {
      return Set.of();
    }
    ServiceDomain[] all = domains.toArray(new ServiceDomain[0]);
    for (ServiceDomain d : all) {
      Objects.requireNonNull(d, "domain");
    }
    Arrays.sort(all);
    int n = 1;
    for (int i = 1; i < all.length; i++) {
      if (!all[i].equals(all[n - 1])) {
        all[n++] = all[i];
      }
    }
    if (n == 1) {
      int preset = PRESETS.indexOf(all[0]);
      if (preset >= 0) {
        return SINGLE_PRESETS.get(preset);
      }
    }
    return new Sorted(n == all.length ? all : Arrays.copyOf(all, n));
  }

  private static final List<Set<ServiceDomain>> SINGLE_PRESETS = singlePresets();

  private static List<Set<ServiceDomain>> singlePresets() {
    List<Set<ServiceDomain>> out = new ArrayList<>(PRESETS.size());
    for (ServiceDomain d : PRESETS) {
      out.add(new Sorted(new ServiceDomain[] {d}));
    }
    return List.copyOf(out);
  }

  /** An unmodifiable set of distinct domains held in code order in an array. */
  private static final class Sorted extends AbstractSet<ServiceDomain> {

    private final ServiceDomain[] domains;

    Sorted(ServiceDomain[] domains) {
      this.domains = domains;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof ServiceDomain d && Arrays.binarySearch(domains, d) >= 0;
    }

    @Override
    public Iterator<ServiceDomain> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < domains.length;
        }

        @Override
        public ServiceDomain next() {
          if (next >= domains.length) {
            throw new NoSuchElementException();
          }
          return domains[next++];
        }
      };
    }

    @Override
    public int size() {
      return domains.length;
    }
  }

  @Override
  public int compareTo(ServiceDomain other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
