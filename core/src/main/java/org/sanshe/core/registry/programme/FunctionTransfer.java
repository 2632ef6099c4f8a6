package org.sanshe.core.registry.programme;

import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.Ids;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * One entry of the function-transfer catalogue (费随事转, 政府职能转移目录): what a department hands over to
 * social organizations, in which service domain, with the yearly money that goes with it, and who
 * may take it on. Immutable and thread-safe.
 *
 * @param code the entry's code, 1 to 64 characters without white space
 * @param department the department handing it over, by name
 * @param function what is handed over
 * @param domain the service domain
 * @param yearlyAmount the money that goes with it each year, positive
 * @param eligibility who may take it on
 */
public record FunctionTransfer(
    String code,
    String department,
    String function,
    ServiceDomain domain,
    Money yearlyAmount,
    Eligibility eligibility) {

  /**
   * Checks the components.
   *
   * @throws org.sanshe.core.registry.RegistryException with {@code PROGRAMME_SETTING_INVALID},
   *     {@code REGISTRY_FIELD_MISSING} or {@code BUDGET_AMOUNT_NOT_POSITIVE}
   */
  public FunctionTransfer {
    if (!Ids.valid(code)) {
      throw Checks.invalid(
          Wording.of("The transfer's code", "职能转移编号"),
          Wording.of("1 to 64 characters without white space", "1 至 64 个不含空白的字符"));
    }
    department = Checks.name(department, Wording.of("The department", "转出部门"));
    function = Checks.name(function, Wording.of("The function", "转移职能"));
    Checks.required(domain, "domain");
    Checks.required(eligibility, "eligibility");
    Checks.positive(yearlyAmount, Wording.of("The yearly amount", "年度经费"));
  }
}
