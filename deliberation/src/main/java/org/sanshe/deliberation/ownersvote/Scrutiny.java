package org.sanshe.deliberation.ownersvote;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The scrutineers of a signed vote and how many of them must sign the count before it is final.
 * Scrutineers are named by id ({@link VoterId}: an owner's or resident's hashed or local id, never
 * a name or an ID number). Immutable; {@link #toString()} shows how many, never who.
 *
 * @param scrutineers the scrutineers in the order they were named, distinct, at least {@code
 *     required}
 * @param required how many distinct scrutineers must sign the count, at least 1
 */
public record Scrutiny(List<VoterId> scrutineers, int required) {

  /**
   * How many scrutineers must sign a count unless configured otherwise: 2. Our own default (local
   * rules speak of scrutineers in the plural, 监票人; none we hold names a number), not a figure from
   * a source.
   */
  public static final int DEFAULT_REQUIRED = 2;

  /**
   * Checks and copies the scrutineers.
   *
   * @throws NullPointerException if scrutineers or one of them is null
   * @throws AffairsException with {@code VOTE_SCRUTINY_INVALID} naming the rule broken
   */
  public Scrutiny {
    scrutineers = List.copyOf(Objects.requireNonNull(scrutineers, "scrutineers"));
    if (required < 1) {
      throw invalid("at least one scrutineer signs the count", "至少一名监票人在计票结果上签字");
    }
    if (new HashSet<>(scrutineers).size() != scrutineers.size()) {
      throw invalid("every scrutineer is named once", "每名监票人只列一次");
    }
    if (scrutineers.size() < required) {
      throw invalid("at least as many scrutineers as signatures required", "监票人人数不少于所需签字人数");
    }
  }

  private static AffairsException invalid(String english, String chinese) {
    return new AffairsException(AffairsError.VOTE_SCRUTINY_INVALID, Wording.of(english, chinese));
  }

  /**
   * Returns scrutineers of whom {@value #DEFAULT_REQUIRED} must sign.
   *
   * @param scrutineers at least {@value #DEFAULT_REQUIRED} distinct scrutineers, not null
   * @return the scrutiny
   * @throws AffairsException with {@code VOTE_SCRUTINY_INVALID}
   */
  public static Scrutiny of(List<VoterId> scrutineers) {
    return new Scrutiny(scrutineers, DEFAULT_REQUIRED);
  }

  /**
   * Returns scrutineers of whom a given number must sign.
   *
   * @param scrutineers at least {@code required} distinct scrutineers, not null
   * @param required how many must sign, at least 1
   * @return the scrutiny
   * @throws AffairsException with {@code VOTE_SCRUTINY_INVALID}
   */
  public static Scrutiny of(List<VoterId> scrutineers, int required) {
    return new Scrutiny(scrutineers, required);
  }

  /**
   * Tells whether someone is a scrutineer.
   *
   * @param who the person, not null
   * @return true if named
   */
  public boolean isScrutineer(VoterId who) {
    return scrutineers.contains(Objects.requireNonNull(who, "who"));
  }

  @Override
  public String toString() {
    return "Scrutiny[" + scrutineers.size() + " scrutineers, " + required + " required]";
  }
}
