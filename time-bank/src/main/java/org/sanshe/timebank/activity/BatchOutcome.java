package org.sanshe.timebank.activity;

import java.util.List;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;

/**
 * What a batch command of the {@link AttendanceDesk} did: the volunteers it applied to and those it
 * refused, each with its code. Immutable.
 *
 * @param done the volunteers the command applied to, in order
 * @param refused the volunteers refused, in order
 */
public record BatchOutcome(List<PartyId> done, List<Refusal> refused) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null or holds null
   */
  public BatchOutcome {
    done = List.copyOf(done);
    refused = List.copyOf(refused);
  }

  /**
   * One volunteer the batch refused. Immutable.
   *
   * @param volunteer the volunteer
   * @param code why
   */
  public record Refusal(PartyId volunteer, TimeBankError code) {
    /** Checks for nulls. */
    public Refusal {
      Objects.requireNonNull(volunteer, "volunteer");
      Objects.requireNonNull(code, "code");
    }
  }
}
