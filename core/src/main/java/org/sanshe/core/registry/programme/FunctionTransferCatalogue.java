package org.sanshe.core.registry.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.GradeAward;
import org.sanshe.core.registry.organization.LegalStanding;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * The function-transfer catalogue (费随事转) and, beside it, the catalogue of organizations eligible to
 * take the functions on, compiled from the registry on a date. As data: an integrator loads its own
 * entries with {@link #of}; {@link #illustrative()} holds an example catalogue.
 *
 * <p>Immutable and thread-safe.
 */
public final class FunctionTransferCatalogue {

  private final TreeMap<String, FunctionTransfer> entries;

  private FunctionTransferCatalogue(TreeMap<String, FunctionTransfer> entries) {
    this.entries = entries;
  }

  /**
   * Creates a catalogue.
   *
   * @param transfers the entries, not null, distinct codes
   * @return the catalogue
   * @throws org.sanshe.core.registry.RegistryException with {@code PROGRAMME_SETTING_INVALID} for a
   *     repeated code
   */
  public static FunctionTransferCatalogue of(Collection<FunctionTransfer> transfers) {
    Objects.requireNonNull(transfers, "transfers");
    TreeMap<String, FunctionTransfer> m = new TreeMap<>();
    for (FunctionTransfer t : transfers) {
      Objects.requireNonNull(t, "transfer");
      if (m.put(t.code(), t) != null) {
        throw Checks.invalid(
            Wording.of("The catalogue's codes", "目录编号"),
            Wording.of("each code appears once", "每个编号只出现一次"));
      }
    }
    return new FunctionTransferCatalogue(m);
  }

  /**
   * Returns an <b>illustrative</b> catalogue, not a published one: Yuhuatai's practice (DOMAIN.md)
   * is that departments hand functions over with their money to organizations from a catalogue of
   * eligible ones; the departments, functions and amounts here are made up to show the shape. The
   * eligibility follows MCA Order 39 (2011): registered organizations graded 3A or above get
   * priority for purchased services.
   *
   * @return the example catalogue
   */
  public static FunctionTransferCatalogue illustrative() {
    return of(
        List.of(
            new FunctionTransfer(
                "FT-CA-01",
                "区民政局",
                "居家养老上门服务",
                ServiceDomain.ELDERLY_CARE,
                Money.ofYuan(400_000),
                Eligibility.registeredThreeA(Set.of(ServiceDomain.ELDERLY_CARE))),
            new FunctionTransfer(
                "FT-JS-01",
                "区司法局",
                "社区人民调解辅助",
                ServiceDomain.MEDIATION,
                Money.ofYuan(150_000),
                Eligibility.registeredThreeA(Set.of(ServiceDomain.MEDIATION))),
            new FunctionTransfer(
                "FT-DP-01",
                "区残联",
                "残疾人日间照料",
                ServiceDomain.DISABILITY,
                Money.ofYuan(200_000),
                Eligibility.registeredThreeA(Set.of(ServiceDomain.DISABILITY)))));
  }

  /**
   * Finds an entry.
   *
   * @param code the code, not null
   * @return the entry, if listed
   */
  public Optional<FunctionTransfer> find(String code) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the entries.
   *
   * @return the entries ordered by code
   */
  public List<FunctionTransfer> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Compiles the catalogue of eligible organizations for one entry: the organizations that meet its
   * eligibility in its domain on a date.
   *
   * @param transfer the entry, not null
   * @param organizations the organizations read from the registry, not null
   * @param on the date, not null
   * @return the eligible organizations ordered by id
   */
  public static List<EligibleOrganization> eligibleFor(
      FunctionTransfer transfer, Collection<Organization> organizations, LocalDate on) {
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(on, "on");
    List<EligibleOrganization> out = new ArrayList<>();
    for (Organization o : organizations) {
      if (transfer.eligibility().check(o, transfer.domain(), on).eligible()) {
        out.add(
            new EligibleOrganization(
                o.id(),
                o.standing() instanceof LegalStanding.Registered,
                o.gradeOn(on).map(GradeAward::grade),
                o.domains()));
      }
    }
    out.sort(Comparator.comparing(EligibleOrganization::organization));
    return List.copyOf(out);
  }
}
