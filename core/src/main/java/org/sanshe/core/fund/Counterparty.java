package org.sanshe.core.fund;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;

/**
 * The other side of a movement: who gave, who received. A resident is held only as a {@link
 * HashedIdentity} and {@link #toString()} shows only the first 8 hex digits of it.
 *
 * <p>Immutable and thread-safe. Build with the factories; {@link #of(CounterpartyKind, String)}
 * reads back what a store wrote and checks the id again.
 *
 * @param kind the kind, not null
 * @param id the id ({@code ""} for {@link CounterpartyKind#NONE} and {@link
 *     CounterpartyKind#ANONYMOUS}), not null
 */
public record Counterparty(CounterpartyKind kind, String id) {

  /** Nobody outside the fund. */
  public static final Counterparty NONE = new Counterparty(CounterpartyKind.NONE, "");

  /** An anonymous donor. */
  public static final Counterparty ANONYMOUS = new Counterparty(CounterpartyKind.ANONYMOUS, "");

  /**
   * Checks the id against its kind.
   *
   * @throws FundException with {@code FUND_COUNTERPARTY_INVALID}, or the id type's own code
   */
  public Counterparty {
    if (kind == null || id == null) {
      throw invalid("a counterparty has a kind and an id", "交易对方须有类别和编号");
    }
    switch (kind) {
      case NONE, ANONYMOUS -> {
        if (!id.isEmpty()) {
          throw invalid("this kind of counterparty has no id", "该类交易对方没有编号");
        }
      }
      case ORGANIZATION -> OrganizationId.of(id);
      case PROJECT -> new ProjectId(id);
      case RESIDENT -> new HashedIdentity(id);
      case ENTERPRISE -> UnifiedSocialCreditCode.parse(id);
      case MEMBER -> MemberId.of(id);
      case GOVERNMENT -> FundIds.check(id, "government body code", "政府部门代码");
      default -> throw invalid("unknown kind", "未知类别");
    }
  }

  /**
   * Reads a counterparty back from its kind and id.
   *
   * @param kind the kind
   * @param id the id
   * @return the counterparty
   */
  public static Counterparty of(CounterpartyKind kind, String id) {
    if (kind == CounterpartyKind.NONE && "".equals(id)) {
      return NONE;
    }
    return new Counterparty(kind, id);
  }

  /**
   * An organization of the registry.
   *
   * @param id the organization, not null
   * @return the counterparty
   */
  public static Counterparty organization(OrganizationId id) {
    return new Counterparty(
        CounterpartyKind.ORGANIZATION, Objects.requireNonNull(id, "id").value());
  }

  /**
   * A project of the registry.
   *
   * @param id the project, not null
   * @return the counterparty
   */
  public static Counterparty project(ProjectId id) {
    return new Counterparty(CounterpartyKind.PROJECT, Objects.requireNonNull(id, "id").value());
  }

  /**
   * A resident, by keyed hash only.
   *
   * @param id the resident's hashed identity, not null
   * @return the counterparty
   */
  public static Counterparty resident(HashedIdentity id) {
    return new Counterparty(CounterpartyKind.RESIDENT, Objects.requireNonNull(id, "id").hex());
  }

  /**
   * An enterprise.
   *
   * @param code its credit code, not null
   * @return the counterparty
   */
  public static Counterparty enterprise(UnifiedSocialCreditCode code) {
    return new Counterparty(
        CounterpartyKind.ENTERPRISE, Objects.requireNonNull(code, "code").value());
  }

  /**
   * A member of a mutual-aid fund.
   *
   * @param id the member, not null
   * @return the counterparty
   */
  public static Counterparty member(MemberId id) {
    return new Counterparty(CounterpartyKind.MEMBER, Objects.requireNonNull(id, "id").value());
  }

  /**
   * A government body.
   *
   * @param code the integrator's code for it (ASCII id rules), not null
   * @return the counterparty
   */
  public static Counterparty government(String code) {
    return new Counterparty(CounterpartyKind.GOVERNMENT, Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the kind and id, a resident's hash cut to its first 8 hex digits.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "none";
      case ANONYMOUS -> "anonymous";
      case RESIDENT -> "resident:" + id.substring(0, 8) + "…";
      default -> kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    };
  }

  private static FundException invalid(String english, String chinese) {
    return new FundException(FundError.FUND_COUNTERPARTY_INVALID, Wording.of(english, chinese));
  }
}
