package org.sanshe.core.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.memory.InMemoryAccessDecisions;

class AccessGateTest {

  static final DivisionCode COMMUNITY = DivisionCode.parse("320114002001");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final String APPROVER = "区社区工作准入审核小组";

  static final AccessEntry ELDERLY_SURVEY =
      new AccessEntry(
          TaskCode.of("T-001"), "高龄老人走访", "区民政局", "《江苏省城乡社区服务体系建设规划》", Money.ofYuan(20_000));

  static AccessGate gate() {
    return AccessGate.of(AccessList.of(List.of(ELDERLY_SURVEY)), APPROVER);
  }

  @Test
  void a_listed_task_from_its_department_is_accepted_with_its_entry() {
    AccessDecision d = gate().admit(TaskRequest.of(TaskCode.of("T-001"), "区民政局", COMMUNITY, DAY));
    assertThat(d).isInstanceOf(AccessDecision.Listed.class);
    assertThat(((AccessDecision.Listed) d).entry().funding()).isEqualTo(Money.ofYuan(20_000));
  }

  @Test
  void an_unlisted_task_without_approval_is_refused_with_a_reason_and_a_code() {
    TaskRequest r = TaskRequest.of(TaskCode.of("T-999"), "区城管局", COMMUNITY, DAY);
    assertThat(gate().decide(r)).isEqualTo(new AccessDecision.Refused(r, RefusalReason.UNLISTED));
    assertThatThrownBy(() -> gate().admit(r))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(RegistryError.ACCESS_TASK_UNLISTED);
              assertThat(e.message(Locale.CHINESE)).contains("T-999").contains(APPROVER);
              assertThat(e.message(Locale.ENGLISH)).contains("access list");
            });
  }

  @Test
  void a_listed_task_from_another_department_counts_as_unlisted() {
    TaskRequest r = TaskRequest.of(TaskCode.of("T-001"), "区城管局", COMMUNITY, DAY);
    assertThat(gate().decide(r))
        .isEqualTo(new AccessDecision.Refused(r, RefusalReason.DEPARTMENT_NOT_LISTED));
  }

  @Test
  void an_unlisted_task_approved_by_the_named_body_is_accepted_and_the_approval_recorded() {
    Approval a = new Approval(APPROVER, DAY.minusDays(3), "准入〔2026〕7号");
    TaskRequest r = TaskRequest.of(TaskCode.of("T-999"), "区城管局", COMMUNITY, DAY).approvedBy(a);
    InMemoryAccessDecisions log = new InMemoryAccessDecisions(java.time.Clock.systemUTC());
    AccessDecision d = gate().admit(r);
    log.record(d, "clerk-1");
    assertThat(d).isEqualTo(new AccessDecision.Approved(r, a));
    assertThat(log.inCommunity(COMMUNITY, DAY, DAY.plusDays(1))).containsExactly(d);
  }

  @Test
  void an_approval_by_another_body_or_after_the_request_does_not_admit() {
    TaskRequest other =
        TaskRequest.of(TaskCode.of("T-999"), "区城管局", COMMUNITY, DAY)
            .approvedBy(new Approval("街道办事处", DAY, "街〔2026〕1号"));
    TaskRequest late =
        TaskRequest.of(TaskCode.of("T-999"), "区城管局", COMMUNITY, DAY)
            .approvedBy(new Approval(APPROVER, DAY.plusDays(1), "准入〔2026〕8号"));
    assertThat(((AccessDecision.Refused) gate().decide(other)).reason())
        .isEqualTo(RefusalReason.APPROVER_NOT_NAMED);
    assertThat(((AccessDecision.Refused) gate().decide(late)).reason())
        .isEqualTo(RefusalReason.APPROVAL_AFTER_REQUEST);
    assertThatThrownBy(() -> gate().admit(other))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ACCESS_APPROVAL_INVALID);
  }

  @Test
  void a_list_refuses_a_task_twice_and_negative_money() {
    assertThatThrownBy(() -> AccessList.of(List.of(ELDERLY_SURVEY, ELDERLY_SURVEY)))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ACCESS_TASK_DUPLICATE);
    assertThatThrownBy(() -> new AccessEntry(TaskCode.of("T-2"), "x", "y", "z", Money.ofYuan(-1)))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ACCESS_FUNDING_NEGATIVE);
    // the message names the field and the rule, not the task
    assertThatThrownBy(() -> new AccessEntry(TaskCode.of("T-2"), "x", "y", "z", Money.ofYuan(-1)))
        .hasMessageContaining("funding")
        .hasMessageNotContaining("T-2");
  }

  @Test
  void a_request_must_go_to_a_community() {
    assertThatThrownBy(
            () -> TaskRequest.of(TaskCode.of("T-1"), "区民政局", DivisionCode.parse("320114002"), DAY))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_NOT_COMMUNITY);
    // the message names the field, not the division
    assertThatThrownBy(
            () -> TaskRequest.of(TaskCode.of("T-1"), "区民政局", DivisionCode.parse("320114002"), DAY))
        .hasMessageContaining("community")
        .hasMessageNotContaining("320114002");
  }
}
