package org.sanshe.deliberation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.VoteId;

class ConsultationProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final Party[] PARTIES = Party.values();

  /** Everything observable about a consultation, to compare before and after a command. */
  private record Snapshot(
      Status status,
      int events,
      int minutes,
      List<Objection> objections,
      int participants,
      Object decision,
      Object publicityEnds) {
    static Snapshot of(Consultation c) {
      return new Snapshot(
          c.status(),
          c.pendingEvents().size(),
          c.minutes().size(),
          c.objections(),
          c.participants().size(),
          c.decision().orElse(null),
          c.publicityEnds().orElse(null));
    }
  }

  private static void apply(Consultation c, int command, int step, Instant now) {
    switch (command) {
      case 0 -> c.accept(now);
      case 1 -> c.publish(now);
      case 2 -> c.join(Participant.of("p" + (step % 9), PARTIES[step % PARTIES.length]), now);
      case 3 -> c.startDeliberation(now);
      case 4 -> c.recordMinutes("p1", "notes " + step, now);
      case 5 -> c.decide("decision " + step, List.of(VoteId.of("v" + step)), now);
      case 6 -> c.publicize(now);
      case 7 -> c.object("grounds " + step, now);
      case 8 -> c.ruleOnObjection(1 + step % 3, step % 2 == 0, "ruling", now);
      case 9 -> c.startImplementing(now);
      case 10 -> c.review("review", now);
      case 11 -> c.reject("no", now);
      case 12 -> c.withdraw("no", now);
      default -> advance(c, step, now);
    }
  }

  /** The natural next step, so that random runs reach the later statuses too. */
  private static void advance(Consultation c, int step, Instant now) {
    switch (c.status()) {
      case PROPOSED -> c.accept(now);
      case ACCEPTED -> c.publish(now);
      case PUBLISHED -> {
        if (c.missingParties().isEmpty()) {
          c.startDeliberation(now);
        } else {
          c.join(Participant.of("n" + step, c.missingParties().iterator().next()), now);
        }
      }
      case DELIBERATING -> {
        if (step % 2 == 0) {
          c.recordMinutes("p1", "notes", now);
        } else {
          c.decide("decision", List.of(), now);
        }
      }
      case DECIDED -> c.publicize(now);
      case PUBLICIZED -> {
        if (now.isBefore(c.publicityEnds().orElseThrow()) && step % 3 == 0) {
          c.object("grounds", now);
        } else if (step % 3 == 1) {
          c.ruleOnObjection(c.objections().size(), step % 4 == 1, "ruling", now);
        } else {
          c.startImplementing(now);
        }
      }
      case IMPLEMENTING -> c.review("review", now);
      default -> c.accept(now);
    }
  }

  @Test
  void a_refused_command_changes_nothing_and_every_move_is_legal() {
    Map<Status, Integer> reached = new EnumMap<>(Status.class);
    qt().forAll(
            lists().of(integers().between(0, 100)).ofSizeBetween(0, 60),
            lists().of(integers().between(0, 72)).ofSize(60))
        .checkAssert(
            (commands, hours) ->
                reached.merge(
                    refusalsChangeNothingAndMovesAreLegal(commands, hours), 1, Integer::sum));
    // The random runs reach every status, so the checks above cover the whole lifecycle.
    assertThat(reached.keySet()).as("final statuses reached").containsOnly(Status.values());
  }

  /** Runs the commands, checks the invariants, and returns the final status. */
  private static Status refusalsChangeNothingAndMovesAreLegal(
      List<Integer> commands, List<Integer> hours) {
    Consultation c =
        Consultation.propose(
            ConsultationId.of("c"),
            ConsultationForm.DIALOGUE,
            "topic",
            null,
            ConsultationRules.standard(),
            T0);
    Instant now = T0;
    for (int i = 0; i < commands.size(); i++) {
      now = now.plus(Duration.ofHours(hours.get(i)));
      Snapshot before = Snapshot.of(c);
      try {
        apply(c, commands.get(i), i, now);
      } catch (AffairsException refused) {
        assertThat(Snapshot.of(c)).isEqualTo(before);
      }
    }
    Status previous = Status.PROPOSED;
    for (ConsultationEvent e : c.pendingEvents()) {
      if (e instanceof ConsultationEvent.StatusChanged changed) {
        assertThat(changed.from()).isEqualTo(previous);
        assertThat(previous.canMoveTo(changed.to())).isTrue();
        previous = changed.to();
      }
    }
    assertThat(previous).isEqualTo(c.status());
    assertThat(c.decision().isPresent())
        .as(c.status() + " " + c.pendingEvents())
        .isEqualTo(
            c.status() == Status.DECIDED
                || c.status() == Status.PUBLICIZED
                || c.status() == Status.IMPLEMENTING
                || c.status() == Status.REVIEWED);
    return c.status();
  }

  @Test
  void a_restored_snapshot_behaves_like_the_original_at_every_step() {
    qt().forAll(
            lists().of(integers().between(0, 100)).ofSizeBetween(0, 60),
            lists().of(integers().between(0, 72)).ofSize(60))
        .checkAssert(ConsultationProperties::restoredBehavesLikeOriginal);
  }

  private static void restoredBehavesLikeOriginal(List<Integer> commands, List<Integer> hours) {
    Consultation c =
        Consultation.propose(
            ConsultationId.of("c"),
            ConsultationForm.COUNCIL,
            "topic",
            null,
            ConsultationRules.standard(),
            T0);
    Instant now = T0;
    for (int i = 0; i < commands.size(); i++) {
      now = now.plus(Duration.ofHours(hours.get(i)));
      Consultation restored = Consultation.restore(c.snapshot());
      assertThat(restored.snapshot()).isEqualTo(c.snapshot());
      assertThat(restored.pendingEvents()).isEmpty();
      String original = outcome(c, commands.get(i), i, now);
      String copy = outcome(restored, commands.get(i), i, now);
      assertThat(copy).isEqualTo(original);
      assertThat(restored.snapshot()).isEqualTo(c.snapshot());
    }
  }

  /** Applies a command and says what happened: the event's type, or the refusal's code. */
  private static String outcome(Consultation c, int command, int step, Instant now) {
    int before = c.pendingEvents().size();
    try {
      apply(c, command, step, now);
      return c.pendingEvents().subList(before, c.pendingEvents().size()).toString();
    } catch (AffairsException refused) {
      return refused.errorCode().code();
    }
  }
}
