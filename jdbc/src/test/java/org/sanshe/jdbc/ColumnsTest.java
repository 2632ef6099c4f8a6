package org.sanshe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;

class ColumnsTest {

  @Test
  void textWithinItsColumnIsReturned() {
    assertThat(Columns.text("name", "阳光社工服务中心", 8)).isEqualTo("阳光社工服务中心");
    assertThat(Columns.text("name", null, 8)).isNull();
    // characters are counted as code points: an emoji is one, as in VARCHAR(n)
    assertThat(Columns.text("name", "a\uD83D\uDE00", 2)).isEqualTo("a\uD83D\uDE00");
    assertThatThrownBy(() -> Columns.text("name", "a\uD83D\uDE00", 1))
        .isInstanceOf(SansheException.class);
  }

  @Test
  void textOneCharacterTooLongIsRefusedNamingTheFieldNotTheValue() {
    assertThatThrownBy(() -> Columns.text("name", "secret-value", 11))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TEXT_TOO_LONG))
        .hasMessageContaining("name")
        .hasMessageNotContaining("secret-value");
  }

  @Test
  void nulAndUnpairedSurrogatesAreRefused() {
    for (String bad : new String[] {"a\0b", "a\uD83D", "\uDE00a", "\uD83Da"}) {
      assertThatThrownBy(() -> Columns.text("note", bad, 20))
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TEXT_INVALID));
    }
  }

  @Test
  void instantsRoundTripThroughMillisAndNanos() {
    Instant t = Instant.parse("2026-11-30T08:15:30.123456789Z");
    assertThat(Columns.instant(Columns.millis("at", t), Columns.nanosOfMilli(t))).isEqualTo(t);
    Instant before = Instant.parse("1969-12-31T23:59:59.999999999Z");
    assertThat(Columns.instant(Columns.millis("at", before), Columns.nanosOfMilli(before)))
        .isEqualTo(before);
  }

  @Test
  void instantsBeyondEpochMillisAreRefused() {
    assertThatThrownBy(() -> Columns.millis("at", Instant.MAX))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TIME_OUT_OF_RANGE))
        .hasMessageContaining("at");
  }
}
