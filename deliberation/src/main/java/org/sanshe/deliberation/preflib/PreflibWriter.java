package org.sanshe.deliberation.preflib;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Writes an election in a PrefLib format that {@link PreflibReader} reads back to an equal
 * election: the metadata as {@code # KEY: value} lines in order (a {@code DATA TYPE} entry takes
 * the format written), then {@code # ALTERNATIVE NAME i: name} for each candidate, then one {@code
 * count: preferences} line per distinct vote in order. Candidates whose ids are all positive whole
 * numbers (no leading zero) keep them; otherwise they are numbered 1, 2, ... in order. Stateless
 * and thread-safe.
 *
 * <p>The election must fit the format: ordinal formats carry no ratings (use {@link
 * RankedElection#withoutRatings()}), SOC and SOI no ties, SOC and TOC every candidate on every
 * ballot; CAT needs {@code NUMBER CATEGORIES} n in the metadata and every vote rated 0 to n-1 with
 * the ranking its ratings imply (as {@link PreflibReader} reads a CAT file).
 */
public final class PreflibWriter {

  private static final String DATA_TYPE = "DATA TYPE";

  private PreflibWriter() {}

  /**
   * Returns the text of an election in a format.
   *
   * @param election the election, not null
   * @param format the format, not null
   * @return the text, lines ending in LF
   * @throws VotingException {@code PREFLIB_FORMAT_MISMATCH} naming what does not fit
   */
  public static String write(RankedElection election, PreflibFormat format) {
    Objects.requireNonNull(election, "election");
    Objects.requireNonNull(format, "format");
    String f = format.extension();
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : election.metadata().entrySet()) {
      String key = e.getKey();
      String value = key.equals(DATA_TYPE) ? f : e.getValue();
      if (key.isEmpty()
          || !key.equals(key.strip())
          || key.indexOf(':') >= 0
          || key.startsWith("ALTERNATIVE NAME ")
          || !value.equals(value.strip())
          || !TextOut.oneLine(key)
          || !TextOut.oneLine(value)) {
        throw mismatch(f, "a header entry cannot stand on one # KEY: value line as it is");
      }
      out.append("# ").append(key).append(": ").append(value).append('\n');
    }
    Map<CandidateId, String> number = numbers(election);
    for (CandidateId id : election.candidates().list()) {
      String name = election.names().get(id);
      if (!name.equals(name.strip()) || !TextOut.oneLine(name)) {
        throw mismatch(f, "a full name is padded or holds a line break");
      }
      out.append("# ALTERNATIVE NAME ").append(number.get(id)).append(": ");
      out.append(name).append('\n');
    }
    int categories = format == PreflibFormat.CAT ? categories(election, f) : 0;
    int all = election.candidates().size();
    for (RankedElection.Vote v : election.votes()) {
      out.append(v.count()).append(": ");
      if (format == PreflibFormat.CAT) {
        cat(v, categories, number, f, out);
      } else {
        if (v.rated()) {
          throw mismatch(f, "ordinal formats carry no ratings");
        }
        List<Set<CandidateId>> ranks = v.ranking().ranks();
        if (format.complete() && v.ranking().length() != all) {
          throw mismatch(f, "every candidate must be ranked on every ballot");
        }
        for (int r = 0; r < ranks.size(); r++) {
          if (format.strict() && ranks.get(r).size() > 1) {
            throw mismatch(f, "ties are not allowed");
          }
          if (r > 0) {
            out.append(',');
          }
          group(ranks.get(r), number, out);
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Writes an election to a UTF-8 file.
   *
   * @param election the election, not null
   * @param format the format, not null
   * @param path the file, not null
   * @throws UncheckedIOException if the file cannot be written
   * @throws VotingException as {@link #write(RankedElection, PreflibFormat)}
   */
  public static void write(RankedElection election, PreflibFormat format, Path path) {
    TextOut.write(write(election, format), path);
  }

  private static void cat(
      RankedElection.Vote v,
      int categories,
      Map<CandidateId, String> number,
      String f,
      StringBuilder out) {
    Map<Long, Set<CandidateId>> byRating = new HashMap<>();
    for (Map.Entry<CandidateId, Long> e : v.ratings().scores().entrySet()) {
      if (e.getValue() >= categories) {
        throw mismatch(f, "a rating is not below NUMBER CATEGORIES");
      }
      byRating.computeIfAbsent(e.getValue(), k -> new java.util.TreeSet<>()).add(e.getKey());
    }
    if (!v.ranking().ranks().equals(Ratings.ranks(v.ratings().scores()))) {
      throw mismatch(f, "a ranking is not the one its categories imply");
    }
    for (int k = 0; k < categories; k++) {
      if (k > 0) {
        out.append(',');
      }
      Set<CandidateId> members = byRating.get((long) (categories - 1 - k));
      if (members == null) {
        out.append("{}");
      } else if (members.size() == 1) {
        out.append(number.get(members.iterator().next()));
      } else {
        group(members, number, out);
      }
    }
  }

  private static void group(
      Set<CandidateId> members, Map<CandidateId, String> number, StringBuilder out) {
    if (members.size() == 1) {
      out.append(number.get(members.iterator().next()));
      return;
    }
    out.append('{');
    boolean first = true;
    for (CandidateId id : members) {
      if (!first) {
        out.append(',');
      }
      first = false;
      out.append(number.get(id));
    }
    out.append('}');
  }

  private static int categories(RankedElection election, String f) {
    String text = election.metadata().get("NUMBER CATEGORIES");
    long n = text == null ? -1 : SoiReader.ascii(text);
    if (n < 1 || n > 1_000_000 || !text.equals(Long.toString(n))) {
      throw mismatch(f, "cat needs NUMBER CATEGORIES, a whole number from 1");
    }
    return (int) n;
  }

  private static Map<CandidateId, String> numbers(RankedElection election) {
    Map<CandidateId, String> number = new HashMap<>();
    boolean numeric = true;
    for (CandidateId id : election.candidates().list()) {
      long n = SoiReader.ascii(id.value());
      numeric &= n > 0 && id.value().equals(Long.toString(n));
    }
    List<CandidateId> list = election.candidates().list();
    for (int i = 0; i < list.size(); i++) {
      number.put(list.get(i), numeric ? list.get(i).value() : Integer.toString(i + 1));
    }
    return number;
  }

  private static VotingException mismatch(String format, String what) {
    return new VotingException(VotingError.PREFLIB_FORMAT_MISMATCH, format, what);
  }
}
