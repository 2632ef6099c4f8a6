package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;

/**
 * The contract of the {@link Roles} port. The port only answers questions, so the contract also
 * asks how to grant a role on the implementation under test. Extend it with a fresh, empty register
 * per test, the three grants, and a way to reopen a register over the same data (as a new process
 * would); every test here must pass.
 *
 * <p>What it holds a register to: nobody holds a role that was not granted; a role binds the party
 * to that subject only, in that direction only (a coordinator of one organization is not one of
 * another, a ward is not the guardian of its guardian), and the three roles never stand in for one
 * another; ids are compared exactly (case, separators); granting twice is harmless; a null argument
 * is a {@link NullPointerException}; and all of it survives a reopen.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class RolesContract {

  private static final PartyId ZHAO = PartyId.of("zhao");
  private static final PartyId QIAN = PartyId.of("qian");
  private static final PartyId ORG = PartyId.of("org-xianlin");
  private static final PartyId OTHER_ORG = PartyId.of("org-maqun");
  private static final PartyId GRANDMA = PartyId.of("resident-0042");

  /** Creates the contract. */
  protected RolesContract() {}

  /**
   * Returns a new, empty register for one test.
   *
   * @return the register
   */
  protected abstract Roles newRoles();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param roles a register from {@link #newRoles()}
   * @return the other instance (the same instance for a register that lives only in memory)
   */
  protected abstract Roles reopen(Roles roles);

  /**
   * Makes a party a coordinator of an organization, on a register from {@link #newRoles()} or
   * {@link #reopen(Roles)}.
   *
   * @param roles the register
   * @param party the party
   * @param organization the organization
   */
  protected abstract void grantCoordinator(Roles roles, PartyId party, PartyId organization);

  /**
   * Makes a party the guardian of another, on a register from {@link #newRoles()} or {@link
   * #reopen(Roles)}.
   *
   * @param roles the register
   * @param party the guardian
   * @param ward the ward
   */
  protected abstract void grantGuardian(Roles roles, PartyId party, PartyId ward);

  /**
   * Makes a party an operator, on a register from {@link #newRoles()} or {@link #reopen(Roles)}.
   *
   * @param roles the register
   * @param party the party
   */
  protected abstract void grantOperator(Roles roles, PartyId party);

  @Test
  void an_empty_register_grants_nothing() {
    Roles roles = newRoles();
    assertThat(roles.isCoordinator(ZHAO, ORG)).isFalse();
    assertThat(roles.isGuardian(ZHAO, GRANDMA)).isFalse();
    assertThat(roles.isOperator(ZHAO)).isFalse();
  }

  @Test
  void a_coordinator_coordinates_that_organization_only_and_holds_no_other_role() {
    Roles roles = newRoles();
    grantCoordinator(roles, ZHAO, ORG);
    Roles other = reopen(roles);
    assertThat(other.isCoordinator(ZHAO, ORG)).isTrue();
    assertThat(other.isCoordinator(ZHAO, OTHER_ORG)).isFalse();
    assertThat(other.isCoordinator(QIAN, ORG)).isFalse();
    assertThat(other.isCoordinator(ORG, ZHAO)).isFalse();
    assertThat(other.isGuardian(ZHAO, ORG)).isFalse();
    assertThat(other.isOperator(ZHAO)).isFalse();
  }

  @Test
  void guardianship_runs_one_way_and_is_no_other_role() {
    Roles roles = newRoles();
    grantGuardian(roles, QIAN, GRANDMA);
    Roles other = reopen(roles);
    assertThat(other.isGuardian(QIAN, GRANDMA)).isTrue();
    assertThat(other.isGuardian(GRANDMA, QIAN)).isFalse();
    assertThat(other.isGuardian(QIAN, ZHAO)).isFalse();
    assertThat(other.isCoordinator(QIAN, GRANDMA)).isFalse();
    assertThat(other.isOperator(QIAN)).isFalse();
  }

  @Test
  void an_operator_is_no_coordinator_or_guardian_of_anyone() {
    Roles roles = newRoles();
    grantOperator(roles, ZHAO);
    Roles other = reopen(roles);
    assertThat(other.isOperator(ZHAO)).isTrue();
    assertThat(other.isOperator(QIAN)).isFalse();
    assertThat(other.isCoordinator(ZHAO, ZHAO)).isFalse();
    assertThat(other.isGuardian(ZHAO, ZHAO)).isFalse();
    assertThat(other.isCoordinator(ZHAO, ORG)).isFalse();
  }

  @Test
  void ids_are_compared_exactly() {
    Roles roles = newRoles();
    grantCoordinator(roles, PartyId.of("a"), PartyId.of("b.c"));
    grantOperator(roles, PartyId.of("Op"));
    Roles other = reopen(roles);
    assertThat(other.isCoordinator(PartyId.of("a"), PartyId.of("b.c"))).isTrue();
    assertThat(other.isCoordinator(PartyId.of("a.b"), PartyId.of("c"))).isFalse();
    assertThat(other.isCoordinator(PartyId.of("A"), PartyId.of("b.c"))).isFalse();
    assertThat(other.isCoordinator(PartyId.of("a"), PartyId.of("B.C"))).isFalse();
    assertThat(other.isOperator(PartyId.of("op"))).isFalse();
    assertThat(other.isOperator(PartyId.of("OP"))).isFalse();
    String longest = "x".repeat(63);
    grantGuardian(roles, PartyId.of(longest + "1"), PartyId.of(longest + "2"));
    assertThat(reopen(roles).isGuardian(PartyId.of(longest + "1"), PartyId.of(longest + "2")))
        .isTrue();
    assertThat(reopen(roles).isGuardian(PartyId.of(longest + "1"), PartyId.of(longest + "3")))
        .isFalse();
  }

  @Test
  void granting_twice_is_harmless() {
    Roles roles = newRoles();
    grantCoordinator(roles, ZHAO, ORG);
    grantCoordinator(roles, ZHAO, ORG);
    grantGuardian(roles, QIAN, GRANDMA);
    grantGuardian(reopen(roles), QIAN, GRANDMA);
    grantOperator(roles, ZHAO);
    grantOperator(roles, ZHAO);
    Roles other = reopen(roles);
    assertThat(other.isCoordinator(ZHAO, ORG)).isTrue();
    assertThat(other.isGuardian(QIAN, GRANDMA)).isTrue();
    assertThat(other.isOperator(ZHAO)).isTrue();
  }

  @Test
  void null_arguments_are_refused() {
    Roles roles = newRoles();
    assertThatThrownBy(() -> roles.isCoordinator(null, ORG))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> roles.isCoordinator(ZHAO, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> roles.isGuardian(null, GRANDMA))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> roles.isGuardian(QIAN, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> roles.isOperator(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void random_grants_answer_as_a_plain_set_would() {
    long seed = System.nanoTime();
    System.out.println("RolesContract seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    Roles roles = newRoles();
    List<PartyId> parties = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      parties.add(PartyId.of("p" + i));
    }
    Set<List<Object>> granted = new HashSet<>();
    for (int step = 0; step < 40; step++) {
      int kind = random.nextInt(3);
      PartyId party = parties.get(random.nextInt(parties.size()));
      PartyId subject = parties.get(random.nextInt(parties.size()));
      switch (kind) {
        case 0 -> grantCoordinator(roles, party, subject);
        case 1 -> grantGuardian(roles, party, subject);
        default -> grantOperator(roles, party);
      }
      granted.add(List.of(kind, party, kind == 2 ? "" : subject));
    }
    Roles other = reopen(roles);
    for (PartyId party : parties) {
      assertThat(other.isOperator(party))
          .as("seed " + seed)
          .isEqualTo(granted.contains(List.of(2, party, "")));
      for (PartyId subject : parties) {
        assertThat(other.isCoordinator(party, subject))
            .as("seed " + seed)
            .isEqualTo(granted.contains(List.of(0, party, subject)));
        assertThat(other.isGuardian(party, subject))
            .as("seed " + seed)
            .isEqualTo(granted.contains(List.of(1, party, subject)));
      }
    }
  }
}
