package org.sanshe.core.registry.organization;

/**
 * Where an organization stands in its lifecycle. The allowed moves are listed by {@link
 * OrganizationLifecycle}.
 */
public enum OrganizationStatus {
  /** 孵化: being incubated, not yet filed or registered. */
  INCUBATING,
  /** 备案: filed with a street or town (community social organizations only). */
  FILED,
  /** 登记: registered with civil affairs, holding a credit code. */
  REGISTERED,
  /** Operating. */
  ACTIVE,
  /** Suspended (停止活动); may be reinstated. */
  SUSPENDED,
  /** 注销: deregistered; final. */
  DEREGISTERED,
  /** 撤销: revoked by the registrar; final. */
  REVOKED;

  /**
   * Tells whether the organization is closed for good.
   *
   * @return true for deregistered and revoked
   */
  public boolean isClosed() {
    return this == DEREGISTERED || this == REVOKED;
  }
}
