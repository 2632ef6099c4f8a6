package org.sanshe.deliberation.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.deliberation.ConformanceFiles;
import org.sanshe.deliberation.budgeting.EqualShares;
import org.sanshe.deliberation.budgeting.Greedy;
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;
import org.sanshe.deliberation.budgeting.Support;
import org.sanshe.deliberation.counting.Schulze;
import org.sanshe.deliberation.counting.Star;
import org.sanshe.deliberation.counting.TieBreak;
import org.sanshe.deliberation.counting.TieBreaking;
import org.sanshe.deliberation.pabulib.PabulibFile;
import org.sanshe.deliberation.pabulib.PabulibReader;
import org.sanshe.deliberation.pabulib.ReadMode;
import org.sanshe.deliberation.preflib.AbifReader;
import org.sanshe.deliberation.preflib.AbifWriter;
import org.sanshe.deliberation.preflib.PreflibFormat;
import org.sanshe.deliberation.preflib.PreflibReader;
import org.sanshe.deliberation.preflib.PreflibWriter;
import org.sanshe.deliberation.preflib.RankedElection;
import org.sanshe.deliberation.preflib.SoiReader;

/**
 * Fuzzes every file reader with mutated inputs drawn from a seed: each outcome must be a parse
 * (which then counts or refuses with a coded error) or a coded {@link SansheException}, within a
 * time bound, with a bounded message that never echoes a planted marker. Short by default (2,000
 * inputs per reader); {@code -Dsanshe.fuzz.inputs=100000} runs longer, {@code
 * -Dsanshe.fuzz.seed=...} replays a run. The seed and the input of a failure are printed.
 */
class FileReaderFuzzTest {

  private static final int INPUTS = Integer.getInteger("sanshe.fuzz.inputs", 2_000);
  private static final long SEED = Long.getLong("sanshe.fuzz.seed", 0xF022L);
  private static final String MARKER = "MARK3R5ECRET";
  private static final long BOUND_NANOS = 2_000_000_000L;

  private static final String PB =
      "META\nkey;value\ndescription;seed\nbudget;1000.5\nvote_type;approval\nrule;equalshares/add1\n"
          + "max_length;3\nmax_sum_cost;900\nnum_votes;6\nPROJECTS\nproject_id;cost;votes;name\n"
          + "a;300;4;\"A; park\"\nb;250.25;3;B\nc;600;2;C\nd;90;1;D\nVOTES\nvoter_id;vote\n"
          + "1;a,b\n2;a,c\n3;a,b,d\n4;c\n5;a,b\n6;\n";

  private static final String SOI =
      "# FILE NAME: seed.soi\n# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Bo\n"
          + "# ALTERNATIVE NAME 3: Cy\n5: 1,2,3\n2: 3\n1: 2,1\n4: {1,3},2\n";

  private static final String ABIF =
      "# seed\n{version: \"0.1\"}\n=A:[Ann Lee]\n=B:[Bo Chen]\n=C:[Cy Wu]\n"
          + "12:A>B>C\n7:B=C>A\n3:[Cy Wu]>A\n1:C\n";

  private static final String RATED_ABIF =
      "{\"title\": \"T # x\"}\n{max_rating: 5}\n42:Memph/5>Nash/2>[Chat, TN]/1\n"
          + "26:Nash/5,\"Memph\"/0,[Chat, TN]\n3:\n1:Nash=Memph # c\n";

  private static final String CAT =
      "# DATA TYPE: cat\n# NUMBER CATEGORIES: 3\n# CATEGORY NAME 1: Yes\n# ALTERNATIVE NAME 1: A\n"
          + "# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n86: {}, 1, {2, 3}\n13: 2,{},{}\n";

  private static final String TOC =
      "# DATA TYPE: toc\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n"
          + "# ALTERNATIVE NAME 3: C\n9: 3,{1,2}\n4: 1,2,3\n";

  private static String seedFile(String fallback, String conformance) {
    Path p = null;
    try {
      p = ConformanceFiles.require(conformance);
    } catch (org.opentest4j.TestAbortedException e) {
      return fallback;
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return fallback;
    }
  }

  @Test
  void mutated_pabulib_files_parse_or_fail_with_a_coded_error_in_time() {
    List<String> seeds = new ArrayList<>(List.of(PB));
    seeds.add(seedFile(PB, "pabulib/Netherlands_Assen_2024.pb"));
    fuzz(
        "pabulib",
        seeds,
        text -> {
          for (ReadMode mode : ReadMode.values()) {
            PabulibFile f;
            try {
              f = PabulibReader.parse(text, mode);
            } catch (SansheException e) {
              check(e, text);
              continue;
            }
            try {
              ParticipatoryBudget pb = f.toBudget();
              Greedy.bySupport(Support.approvals()).allocate(pb);
              if (text.length() < 2_000) {
                EqualShares.costUtilities()
                    .withCompletion(EqualShares.Completion.ADD1)
                    .withoutRoundDetails()
                    .allocate(pb);
              }
            } catch (SansheException e) {
              check(e, text);
            }
          }
        });
  }

  @Test
  void mutated_soi_files_parse_or_fail_with_a_coded_error_in_time() {
    fuzz(
        "soi",
        List.of(SOI, seedFile(SOI, "ranked/00002-00000006.soi")),
        text -> {
          try {
            count(SoiReader.parse(text));
          } catch (SansheException e) {
            check(e, text);
          }
        });
  }

  @Test
  void mutated_abif_files_parse_or_fail_with_a_coded_error_in_time() {
    fuzz(
        "abif",
        List.of(ABIF),
        text -> {
          try {
            count(AbifReader.parse(text));
          } catch (SansheException e) {
            check(e, text);
          }
        });
  }

  @Test
  void mutated_rated_abif_files_parse_or_fail_coded_and_round_trip_through_the_writer() {
    fuzz(
        "abif-rated",
        List.of(RATED_ABIF, ABIF),
        text -> {
          RankedElection e;
          try {
            e = AbifReader.parse(text);
          } catch (SansheException ex) {
            check(ex, text);
            return;
          }
          count(e);
          if (!e.ratings().isEmpty()) {
            try {
              Star.count(e.candidates(), e.ratings(), 1_000_000_000_000L, TieBreaking.of());
            } catch (SansheException ex) {
              check(ex, "");
            }
          }
          String written;
          try {
            written = AbifWriter.write(e);
          } catch (SansheException ex) {
            check(ex, text);
            return;
          }
          assertThat(AbifReader.parse(written)).isEqualTo(e);
        });
  }

  @Test
  void mutated_preflib_files_parse_or_fail_coded_and_round_trip_through_the_writer() {
    fuzz(
        "preflib",
        List.of(CAT, TOC, SOI),
        text -> {
          RankedElection e;
          try {
            e = PreflibReader.parse(text);
          } catch (SansheException ex) {
            check(ex, text);
            return;
          }
          count(e);
          PreflibFormat f =
              PreflibFormat.of(e.metadata().getOrDefault("DATA TYPE", "toi")).orElseThrow();
          String written;
          try {
            written = PreflibWriter.write(e, f);
          } catch (SansheException ex) {
            check(ex, text);
            return;
          }
          assertThat(PreflibReader.parse(written, f)).isEqualTo(e);
        });
  }

  private static void count(RankedElection e) {
    try {
      Schulze.count(
          e.candidates(), e.ballots(), TieBreaking.of(TieBreak.givenOrder(e.candidates().list())));
    } catch (SansheException ex) {
      check(ex, "");
    }
  }

  private static void check(SansheException e, String text) {
    assertThat(e.code()).isNotBlank();
    String en = e.getMessage();
    String zh = e.message(java.util.Locale.SIMPLIFIED_CHINESE);
    assertThat(en.length()).as(en).isLessThan(600);
    assertThat(zh.length()).as(zh).isLessThan(600);
    if (text.contains(MARKER)) {
      assertThat(en).doesNotContain(MARKER);
      assertThat(zh).doesNotContain(MARKER);
    }
  }

  private static void fuzz(String reader, List<String> seeds, Consumer<String> run) {
    SplittableRandom random = new SplittableRandom(SEED ^ reader.hashCode());
    for (int i = 0; i < INPUTS; i++) {
      String base = seeds.get(random.nextInt(seeds.size()));
      String input = mutate(base, random);
      long start = System.nanoTime();
      try {
        run.accept(input);
      } catch (AssertionError | RuntimeException e) {
        fail(
            "%s input %d (seed %d) gave %s: %s%n--- input ---%n%s",
            reader, i, SEED, e.getClass().getName(), e.getMessage(), abbreviate(input));
      }
      long took = System.nanoTime() - start;
      if (took > BOUND_NANOS) {
        fail("%s input %d (seed %d) took %d ms", reader, i, SEED, took / 1_000_000);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
  }

  private static final String[] PIECES = {
    ";",
    ",",
    "\"",
    "\n",
    "\r\n",
    ":",
    ">",
    "=",
    "{",
    "}",
    "[",
    "]",
    "#",
    "-",
    ".",
    "0",
    "9999999999999999999999",
    "1e9",
    "\u0663",
    "\uFF19",
    "\u202E",
    MARKER,
    "",
    " ",
    "META",
    "PROJECTS",
    "VOTES",
    "5000000000",
    "-1",
    "9223372036854775807",
    "0.0000000001",
    "\uFEFF"
  };

  private static String mutate(String base, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(base);
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
      switch (r.nextInt(6)) {
        case 0 -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
        case 1 -> {
          int len = Math.min(sb.length() - at, 1 + r.nextInt(8));
          sb.delete(at, at + Math.max(0, len));
        }
        case 2 -> {
          if (at < sb.length()) {
            sb.setCharAt(at, (char) r.nextInt(32, 0x3000));
          }
        }
        case 3 -> {
          // repeat a line
          int from = sb.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
          int to = sb.indexOf("\n", at);
          if (to > from) {
            sb.insert(to + 1, sb.substring(from, to + 1));
          }
        }
        case 4 -> sb.insert(at, "7".repeat(1 + r.nextInt(60)));
        default -> {
          // swap with a random later region
          int to = sb.indexOf("\n", at);
          if (to > at) {
            String cut = sb.substring(at, to);
            sb.delete(at, to);
            int where = r.nextInt(sb.length() + 1);
            sb.insert(where, cut);
          }
        }
      }
    }
    return sb.toString();
  }
}
