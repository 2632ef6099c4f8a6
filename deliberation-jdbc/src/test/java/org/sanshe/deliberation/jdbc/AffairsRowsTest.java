package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.Objection;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.consultation.Status;
import org.sanshe.deliberation.escalation.AuditEntry;
import org.sanshe.deliberation.escalation.Level;

/** Every enum constant has exactly one stored code, and an unknown code is refused by code. */
class AffairsRowsTest {

  private static <E> void complete(List<E> table, E[] values) {
    assertThat(table).doesNotHaveDuplicates().containsExactlyInAnyOrder(values);
  }

  @Test
  void every_constant_has_one_stored_code() {
    assertThat(AffairsRows.CHANNELS)
        .as("stored codes 1..7 in the presets order")
        .isEqualTo(Channel.presets());
    complete(AffairsRows.URGENCIES, Urgency.values());
    complete(AffairsRows.PATHS, ResolutionPath.values());
    complete(AffairsRows.LEVELS, Level.values());
    complete(AffairsRows.ACTIONS, AuditEntry.Action.values());
    assertThat(AffairsRows.FORMS)
        .as("stored codes 1..5 in the presets order, the order of the former enum")
        .isEqualTo(ConsultationForm.presets());
    complete(AffairsRows.STATUSES, Status.values());
    complete(AffairsRows.PARTIES, Party.values());
    complete(AffairsRows.OUTCOMES, Objection.Outcome.values());
  }

  @Test
  void codes_start_at_one_and_unknown_codes_are_refused() {
    assertThat(AffairsRows.code(AffairsRows.PATHS, ResolutionPath.COMMUNITY_DELIBERATION))
        .isEqualTo(1);
    assertThat(AffairsRows.decode(AffairsRows.PATHS, 3, "path_code", "t"))
        .isEqualTo(ResolutionPath.REFERRAL);
    assertThatThrownBy(() -> AffairsRows.decode(AffairsRows.PATHS, 0, "path_code", "t"))
        .hasMessageStartingWith("[JDBC_ROW_INVALID]");
    assertThatThrownBy(() -> AffairsRows.decode(AffairsRows.PATHS, 4, "path_code", "t"))
        .hasMessageStartingWith("[JDBC_ROW_INVALID]");
  }
}
