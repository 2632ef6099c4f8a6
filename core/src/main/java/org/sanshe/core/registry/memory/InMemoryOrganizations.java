package org.sanshe.core.registry.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import org.sanshe.core.error.Problems;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.Page;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationEvent;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.Organizations;

/**
 * {@link Organizations} in memory, indexed by id, credit code, street (or district) and landed
 * community.
 *
 * <p>Thread-safe. Readers never block: they read concurrent maps and copy-on-write arrays of
 * immutable organizations (a reader running during a write sees each organization either before or
 * after it, and the indexes may briefly disagree about that one organization). Each street's
 * organizations are kept in an array sorted by id, so listing a street copies references without
 * touching the organizations. Writers are serialized by one lock, check the version (optimistic
 * locking) and every constraint before they touch any index, so a refused write changes nothing and
 * two writers never lose each other's change.
 */
public final class InMemoryOrganizations implements Organizations {

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "organization";

  private final ConcurrentHashMap<OrganizationId, Organization> byId;
  private final ConcurrentHashMap<UnifiedSocialCreditCode, Organization> byUscc;
  private final ConcurrentSkipListMap<String, Area> byArea = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<DivisionCode, Area> byLanding = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<DivisionCode, OrganizationId> hubs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<DivisionCode, OrganizationId> federations =
      new ConcurrentHashMap<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final OutboxSink outbox;

  /** Creates an empty store. */
  public InMemoryOrganizations() {
    this(16);
  }

  /**
   * Creates an empty store that writes the events of every save to an outbox, under the write lock
   * and before the save becomes visible: a refused save writes nothing, and an outbox that refuses
   * the events refuses the save.
   *
   * @param outbox the outbox, not null; events go as aggregate type {@value #AGGREGATE_TYPE}
   */
  public InMemoryOrganizations(OutboxSink outbox) {
    this(16, Objects.requireNonNull(outbox, "outbox"));
  }

  /**
   * Creates an empty store sized for an expected number of organizations, which saves rehashing
   * when loading many.
   *
   * @param expectedSize the expected number of organizations, at least 0
   */
  public InMemoryOrganizations(int expectedSize) {
    this(expectedSize, null);
  }

  private InMemoryOrganizations(int expectedSize, OutboxSink outbox) {
    this.outbox = outbox;
    int capacity = Math.max(16, expectedSize);
    byId = new ConcurrentHashMap<>(capacity);
    byUscc = new ConcurrentHashMap<>(capacity);
  }

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an organization by id without wrapping it, for hot paths.
   *
   * @param id the id, not null
   * @return the organization, or null if absent
   */
  public Organization get(OrganizationId id) {
    return byId.get(id);
  }

  /**
   * Returns an organization by credit code without wrapping it, for hot paths.
   *
   * @param uscc the code, not null
   * @return the organization, or null if absent
   */
  public Organization getByUscc(UnifiedSocialCreditCode uscc) {
    return byUscc.get(uscc);
  }

  @Override
  public Optional<Organization> findByUscc(UnifiedSocialCreditCode uscc) {
    return Optional.ofNullable(byUscc.get(Objects.requireNonNull(uscc, "uscc")));
  }

  @Override
  public Organization save(Organization organization) {
    Objects.requireNonNull(organization, "organization");
    writeLock.lock();
    try {
      Organization current = byId.get(organization.id());
      checkVersion(organization, current);
      checkConstraints(organization, byUscc, hubs, federations);
      Organization stored = organization.storedAs(organization.version() + 1);
      if (outbox != null) {
        outbox.append(events(organization, stored.version()));
      }
      if (current != null) {
        unindex(current);
      }
      index(stored);
      return stored;
    } finally {
      writeLock.unlock();
    }
  }

  private static List<OutboxEvent> events(Organization o, long version) {
    return OutboxEvent.of(
        AGGREGATE_TYPE,
        o.id().value(),
        version,
        o.events(),
        e -> ((OrganizationEvent) e).occurredAt());
  }

  private static void checkVersion(Organization organization, Organization current) {
    long currentVersion = current == null ? 0 : current.version();
    if (current != null && organization.version() == 0) {
      throw new RegistryException(RegistryError.ORGANIZATION_ID_DUPLICATE, organization.id());
    }
    if (organization.version() != currentVersion) {
      throw new StaleVersionException(
          RegistryError.ORGANIZATION_VERSION_CONFLICT,
          organization.id(),
          organization.version(),
          currentVersion);
    }
  }

  private static void checkConstraints(
      Organization o,
      Map<UnifiedSocialCreditCode, Organization> usccs,
      Map<DivisionCode, OrganizationId> hubIndex,
      Map<DivisionCode, OrganizationId> federationIndex) {
    Optional<UnifiedSocialCreditCode> uscc = o.uscc();
    if (uscc.isPresent()) {
      Organization holder = usccs.get(uscc.get());
      if (holder != null && !holder.id().equals(o.id())) {
        throw new RegistryException(
            RegistryError.ORGANIZATION_USCC_DUPLICATE, uscc.get(), holder.id());
      }
    }
    if (o.hubOf().isPresent()) {
      OrganizationId hub = hubIndex.get(o.hubOf().get());
      if (hub != null && !hub.equals(o.id())) {
        throw new RegistryException(RegistryError.ORGANIZATION_HUB_TAKEN, o.hubOf().get(), hub);
      }
    }
    if (o.federationOf().isPresent()) {
      OrganizationId f = federationIndex.get(o.federationOf().get());
      if (f != null && !f.equals(o.id())) {
        throw new RegistryException(
            RegistryError.ORGANIZATION_FEDERATION_TAKEN, o.federationOf().get(), f);
      }
    }
  }

  @Override
  public void saveAll(List<Organization> organizations, Problems earlier) {
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(earlier, "earlier");
    writeLock.lock();
    try {
      Problems.Builder problems = Problems.builder().addAll(earlier);
      int capacity = Math.max(16, organizations.size() * 4 / 3 + 1);
      Map<UnifiedSocialCreditCode, Organization> usccs = new HashMap<>(capacity);
      Map<DivisionCode, OrganizationId> newHubs = new HashMap<>();
      Map<DivisionCode, OrganizationId> newFederations = new HashMap<>();
      Map<OrganizationId, Integer> ids = new HashMap<>(capacity);
      for (int i = 0; i < organizations.size(); i++) {
        Organization o = organizations.get(i);
        if (o == null) {
          continue;
        }
        try {
          Integer first = ids.putIfAbsent(o.id(), i);
          if (first != null || byId.containsKey(o.id())) {
            throw new RegistryException(RegistryError.ORGANIZATION_ID_DUPLICATE, o.id());
          }
          checkConstraints(o, byUscc, hubs, federations);
          checkConstraints(o, usccs, newHubs, newFederations);
          o.uscc().ifPresent(u -> usccs.put(u, o));
          o.hubOf().ifPresent(h -> newHubs.put(h, o.id()));
          o.federationOf().ifPresent(c -> newFederations.put(c, o.id()));
        } catch (RegistryException e) {
          problems.add("[" + i + "]", e);
        }
      }
      problems.build().throwIfErrors();
      if (outbox != null) {
        List<OutboxEvent> events = new ArrayList<>();
        for (Organization o : organizations) {
          if (o != null && !o.events().isEmpty()) {
            events.addAll(events(o, Math.max(1, o.version())));
          }
        }
        if (!events.isEmpty()) {
          outbox.append(events);
        }
      }
      Map<String, List<Organization>> perArea = new HashMap<>();
      Map<DivisionCode, List<Organization>> perCommunity = new HashMap<>();
      for (Organization o : organizations) {
        if (o == null) {
          continue;
        }
        Organization stored =
            o.version() >= 1 && o.events().isEmpty() ? o : o.storedAs(Math.max(1, o.version()));
        byId.put(stored.id(), stored);
        stored.uscc().ifPresent(u -> byUscc.put(u, stored));
        stored.hubOf().ifPresent(h -> hubs.put(h, stored.id()));
        stored.federationOf().ifPresent(c -> federations.put(c, stored.id()));
        perArea.computeIfAbsent(areaKey(stored.division()), k -> new ArrayList<>()).add(stored);
        DivisionCode previous = null;
        for (Landing l : stored.landings()) {
          if (!l.community().equals(previous)) {
            perCommunity.computeIfAbsent(l.community(), k -> new ArrayList<>()).add(stored);
            previous = l.community();
          }
        }
      }
      perArea.forEach((key, list) -> byArea.computeIfAbsent(key, k -> new Area()).putAll(list));
      perCommunity.forEach(
          (key, list) -> byLanding.computeIfAbsent(key, k -> new Area()).putAll(list));
    } finally {
      writeLock.unlock();
    }
  }

  private static String areaKey(DivisionCode division) {
    String v = division.value();
    return v.length() > 9 ? v.substring(0, 9) : v;
  }

  private void index(Organization o) {
    byId.put(o.id(), o);
    o.uscc().ifPresent(u -> byUscc.put(u, o));
    byArea.computeIfAbsent(areaKey(o.division()), k -> new Area()).put(o);
    indexRest(o);
  }

  /** Indexes everything but the area arrays (which bulk loads fill at once). */
  private void indexRest(Organization o) {
    for (Landing l : o.landings()) {
      byLanding.computeIfAbsent(l.community(), k -> new Area()).put(o);
    }
    o.hubOf().ifPresent(h -> hubs.put(h, o.id()));
    o.federationOf().ifPresent(c -> federations.put(c, o.id()));
  }

  private void unindex(Organization o) {
    o.uscc().ifPresent(u -> byUscc.remove(u, o));
    Area area = byArea.get(areaKey(o.division()));
    if (area != null) {
      area.remove(o.id());
    }
    for (Landing l : o.landings()) {
      Area landed = byLanding.get(l.community());
      if (landed != null) {
        landed.remove(o.id());
      }
    }
    o.hubOf().ifPresent(h -> hubs.remove(h, o.id()));
    o.federationOf().ifPresent(c -> federations.remove(c, o.id()));
  }

  @Override
  public Page<Organization> query(OrganizationQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    List<Organization> items = new ArrayList<>(Math.min(page.limit(), 1024));
    long total = 0;
    if (coversWholeAreas(query)) {
      for (Area area : areaCandidates(query.within())) {
        Organization[] orgs = area.orgs;
        int from = (int) Math.max(0, Math.min(orgs.length, page.offset() - total));
        int take = Math.min(orgs.length - from, page.limit() - items.size());
        for (int i = from; i < from + take; i++) {
          items.add(orgs[i]);
        }
        total += orgs.length;
      }
      return new Page<>(items, page.offset(), total);
    }
    for (Iterable<Organization> bucket : candidates(query)) {
      for (Organization o : bucket) {
        if (query.matches(o)) {
          if (total >= page.offset() && items.size() < page.limit()) {
            items.add(o);
          }
          total++;
        }
      }
    }
    return new Page<>(items, page.offset(), total);
  }

  /**
   * Tells whether every organization of the candidate areas matches: the query restricts by
   * division only, at street level or above.
   */
  private static boolean coversWholeAreas(OrganizationQuery q) {
    return q.legalForm() == null
        && q.domain() == null
        && q.status() == null
        && q.gradeValidOn() == null
        && q.landedIn() == null
        && (q.within() == null || q.within().level() != DivisionLevel.VILLAGE);
  }

  @Override
  public long count(OrganizationQuery query) {
    Objects.requireNonNull(query, "query");
    long total = 0;
    if (coversWholeAreas(query)) {
      for (Area area : areaCandidates(query.within())) {
        total += area.orgs.length;
      }
      return total;
    }
    for (Iterable<Organization> bucket : candidates(query)) {
      for (Organization o : bucket) {
        if (query.matches(o)) {
          total++;
        }
      }
    }
    return total;
  }

  private List<Iterable<Organization>> candidates(OrganizationQuery q) {
    if (q.landedIn() != null) {
      Area landed = byLanding.get(q.landedIn());
      return landed == null ? List.of() : List.of(Arrays.asList(landed.orgs));
    }
    List<Iterable<Organization>> out = new ArrayList<>();
    for (Area area : areaCandidates(q.within())) {
      out.add(Arrays.asList(area.orgs));
    }
    return out;
  }

  private Collection<Area> areaCandidates(DivisionCode within) {
    if (within == null) {
      return byArea.values();
    }
    return switch (within.level()) {
      case TOWNSHIP, VILLAGE -> {
        Area area = byArea.get(areaKey(within));
        yield area == null ? List.of() : List.of(area);
      }
      default -> areas(within).values();
    };
  }

  private NavigableMap<String, Area> areas(DivisionCode root) {
    String prefix =
        switch (root.level()) {
          case NATIONAL -> "";
          case PROVINCE -> root.value().substring(0, 2);
          case CITY -> root.value().substring(0, 4);
          default -> root.value();
        };
    return byArea.subMap(prefix, true, prefix + '\uffff', false);
  }

  @Override
  public SortedMap<DivisionCode, Long> countsPerStreet(DivisionCode root) {
    Objects.requireNonNull(root, "root");
    TreeMap<DivisionCode, Long> counts = new TreeMap<>();
    for (Map.Entry<String, Area> e : areas(root).entrySet()) {
      long n = e.getValue().orgs.length;
      if (e.getKey().length() == 9 && n > 0) {
        counts.put(DivisionCode.parse(e.getKey()), n);
      }
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  @Override
  public SortedMap<DivisionCode, Long> countsPerDistrict(DivisionCode root) {
    Objects.requireNonNull(root, "root");
    TreeMap<DivisionCode, Long> counts = new TreeMap<>();
    for (Map.Entry<String, Area> e : areas(root).entrySet()) {
      long n = e.getValue().orgs.length;
      String district = e.getKey().substring(0, 6);
      if (n > 0 && DivisionCode.isValid(district)) {
        counts.merge(DivisionCode.parse(district), n, Long::sum);
      }
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  @Override
  public Optional<Organization> hubOf(DivisionCode street) {
    OrganizationId id = hubs.get(Objects.requireNonNull(street, "street"));
    return id == null ? Optional.empty() : find(id);
  }

  @Override
  public Optional<Organization> federationOf(DivisionCode community) {
    OrganizationId id = federations.get(Objects.requireNonNull(community, "community"));
    return id == null ? Optional.empty() : find(id);
  }

  @Override
  public long size() {
    return byId.mappingCount();
  }

  @Override
  public String toString() {
    return "InMemoryOrganizations[" + byId.size() + "]";
  }

  /**
   * The organizations of one street (or district-level area): an array sorted by id, replaced as a
   * whole by writers (copy on write) so that readers scan a consistent, contiguous snapshot.
   */
  private static final class Area {
    private static final Organization[] EMPTY = new Organization[0];
    private static final Comparator<Organization> BY_ID = Comparator.comparing(Organization::id);

    volatile Organization[] orgs = EMPTY;

    private static int find(Organization[] a, OrganizationId id) {
      int lo = 0;
      int hi = a.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = a[mid].id().compareTo(id);
        if (c < 0) {
          lo = mid + 1;
        } else if (c > 0) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -(lo + 1);
    }

    void put(Organization o) {
      Organization[] a = orgs;
      int i = find(a, o.id());
      if (i >= 0) {
        Organization[] copy = a.clone();
        copy[i] = o;
        orgs = copy;
        return;
      }
      int at = -(i + 1);
      Organization[] copy = new Organization[a.length + 1];
      System.arraycopy(a, 0, copy, 0, at);
      copy[at] = o;
      System.arraycopy(a, at, copy, at + 1, a.length - at);
      orgs = copy;
    }

    void putAll(List<Organization> added) {
      Organization[] merged = new Organization[orgs.length + added.size()];
      System.arraycopy(orgs, 0, merged, 0, orgs.length);
      for (int k = 0; k < added.size(); k++) {
        merged[orgs.length + k] = added.get(k);
      }
      Arrays.sort(merged, BY_ID);
      int n = 0;
      for (int k = 0; k < merged.length; k++) {
        if (n == 0 || !merged[n - 1].id().equals(merged[k].id())) {
          merged[n++] = merged[k];
        } else {
          merged[n - 1] = merged[k];
        }
      }
      orgs = n == merged.length ? merged : Arrays.copyOf(merged, n);
    }

    void remove(OrganizationId id) {
      Organization[] a = orgs;
      int i = find(a, id);
      if (i < 0) {
        return;
      }
      Organization[] copy = new Organization[a.length - 1];
      System.arraycopy(a, 0, copy, 0, i);
      System.arraycopy(a, i + 1, copy, i, a.length - i - 1);
      orgs = copy;
    }
  }
}
