package org.sanshe.deliberation.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusTest {

  @Test
  void final_statuses_have_no_way_out() {
    assertThat(EnumSet.allOf(Status.class))
        .filteredOn(Status::isFinal)
        .containsExactlyInAnyOrder(Status.REVIEWED, Status.REJECTED, Status.WITHDRAWN);
  }

  @Test
  void publicity_leads_to_implementation_or_back_to_deliberation() {
    assertThat(Status.PUBLICIZED.next())
        .isEqualTo(Set.of(Status.IMPLEMENTING, Status.DELIBERATING));
  }

  @Test
  void every_status_is_reachable_from_proposed() {
    Set<Status> reached = EnumSet.of(Status.PROPOSED);
    boolean grew = true;
    while (grew) {
      Set<Status> next = EnumSet.copyOf(reached);
      reached.forEach(s -> next.addAll(s.next()));
      grew = next.size() > reached.size();
      reached = next;
    }
    assertThat(reached).isEqualTo(EnumSet.allOf(Status.class));
  }

  @Test
  void no_status_moves_back_to_proposed_or_skips_the_decision() {
    for (Status s : Status.values()) {
      assertThat(s.canMoveTo(Status.PROPOSED)).isFalse();
    }
    assertThat(Status.DELIBERATING.canMoveTo(Status.PUBLICIZED)).isFalse();
    assertThat(Status.ACCEPTED.canMoveTo(Status.DELIBERATING)).isFalse();
  }

  @Test
  void the_five_parties_are_the_first_five() {
    assertThat(EnumSet.allOf(Party.class))
        .filteredOn(Party::isOneOfTheFive)
        .hasSize(5)
        .doesNotContain(Party.OWNERS_COMMITTEE, Party.PROPERTY_COMPANY);
  }
}
