package org.sanshe.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.division.Divisions;

/**
 * Feeds thousands of mutated division CSV files to {@link Divisions#load(java.io.Reader)}: every
 * outcome must be a directory or a coded {@link SansheException}, each within {@link #PER_INPUT}.
 * Short by default (2,000 inputs); {@code -Dsanshe.fuzz.iterations=200000} runs longer and {@code
 * -Dsanshe.fuzz.seed=...} replays a run. The seed is printed in every failure message.
 */
class DivisionsCsvFuzzTest {

  private static final Duration PER_INPUT = Duration.ofSeconds(2);

  static final String SEED_CSV =
      Divisions.CSV_HEADER
          + "\n"
          + "province,320000,江苏省,,,,\n"
          + "city,320100,南京市,32,,,\n"
          + "area,320114,雨花台区,3201,,,\n"
          + "street,320114001,雨花街道,320114,320114,320100,320000\n"
          + "street,320114002,赛虹桥街道,320114,320114,320100,320000\n"
          + "village,320114001001,花神庙社区居委会,320114001,320114,320100,320000\n"
          + "village,320114001002,\"石子岗社区, 居委会\",320114001,320114,320100,320000\n"
          + "village,320114002001,\"虹苑社区\"\"新村\"\"\",320114002,320114,320100,320000\n";

  // Pieces a mutation may insert: separators, quotes, line breaks, look-alike digits, invisible
  // and bidirectional-control characters, a byte-order mark, surrogates.
  private static final String[] PIECES = {
    ",",
    "\"",
    "\"\"",
    "\n",
    "\r",
    "\r\n",
    "\uFEFF",
    "٣",
    "９",
    "\u202E",
    "\u200B",
    "\u3164",
    "\uD800",
    "\uDC00",
    "village",
    "street",
    "area",
    "000",
    "999999999999",
    " ",
    "\t",
    "\u0000"
  };

  @Test
  void the_seed_file_is_valid() {
    assertThat(
            Divisions.load(new StringReader(SEED_CSV))
                .children(org.sanshe.core.identifier.DivisionCode.parse("320114001")))
        .hasSize(2);
  }

  @Test
  void every_mutated_file_parses_or_is_refused_with_a_code_in_time() {
    long seed = Long.getLong("sanshe.fuzz.seed", 20261130L);
    int iterations = Integer.getInteger("sanshe.fuzz.iterations", 2000);
    SplittableRandom random = new SplittableRandom(seed);
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < iterations; i++) {
      String input = mutate(SEED_CSV, random);
      String where = "seed " + seed + ", input " + i;
      Throwable[] thrown = new Throwable[1];
      assertTimeoutPreemptively(
          PER_INPUT,
          () -> {
            try {
              Divisions.load(new StringReader(input));
            } catch (Throwable t) {
              thrown[0] = t;
            }
          },
          where);
      if (thrown[0] == null) {
        parsed++;
      } else {
        assertThat(thrown[0]).as(where).isInstanceOf(SansheException.class);
        assertThat(thrown[0].getMessage().length())
            .as(where)
            .isLessThanOrEqualTo(Hostile.MAX_MESSAGE);
        refused++;
      }
    }
    assertThat(parsed + refused).isEqualTo(iterations);
    assertThat(parsed).as("some mutations keep the file valid").isPositive();
    assertThat(refused).as("most mutations break it").isPositive();
  }

  static String mutate(String seed, SplittableRandom random) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      switch (random.nextInt(7)) {
        case 0 -> s.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(12)));
        case 2 -> {
          if (s.length() > 0) {
            s.setCharAt(at, (char) random.nextInt(0x10000));
          }
        }
        case 3 -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(40));
          s.insert(at, s.substring(at, end));
        }
        case 4 -> s.insert(at, "9".repeat(1 + random.nextInt(20_000)));
        case 5 -> s.insert(at, "社".repeat(1 + random.nextInt(5_000)));
        default -> {
          if (s.length() > 0) {
            s.setCharAt(at, (char) ('0' + random.nextInt(10)));
          }
        }
      }
    }
    return s.toString();
  }
}
