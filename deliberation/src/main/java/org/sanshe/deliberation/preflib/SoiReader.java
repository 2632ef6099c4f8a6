package org.sanshe.deliberation.preflib;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.voting.Candidates;

/**
 * Reads PrefLib {@code .soi} files (strict orders, incomplete): header lines start with {@code #};
 * {@code # ALTERNATIVE NAME i: name} names the candidates (ids are the numbers {@code i}); each
 * data line is {@code count: a,b,c} with a preferred to b preferred to c; unranked candidates are
 * below all ranked ones and tied with each other. Also reads {@code .toi} style ties written {@code
 * {a,b}}. Stateless and thread-safe.
 */
public final class SoiReader {

  private static final String ALTERNATIVE = "ALTERNATIVE NAME ";

  private SoiReader() {}

  /**
   * Reads a file.
   *
   * @param file the file, not null
   * @return the election
   * @throws UncheckedIOException if the file cannot be read
   * @throws VotingException a {@code PREFLIB_} code with the line number
   */
  public static RankedElection read(Path file) {
    return parse(TextLines.read(file));
  }

  /**
   * Parses the text of a file.
   *
   * @param text the text, not null
   * @return the election
   * @throws VotingException a {@code PREFLIB_} code with the line number
   */
  public static RankedElection parse(String text) {
    String[] lines = TextLines.lines(text);
    Map<String, String> metadata = new LinkedHashMap<>();
    Map<CandidateId, String> names = new LinkedHashMap<>();
    List<Object[]> data = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        String body = line.substring(1).strip();
        int colon = body.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = body.substring(0, colon).strip();
        String value = body.substring(colon + 1).strip();
        if (key.startsWith(ALTERNATIVE)) {
          CandidateId id = id(key.substring(ALTERNATIVE.length()), number);
          if (names.put(id, value) != null) {
            throw new VotingException(VotingError.PREFLIB_DUPLICATE_ALTERNATIVE, number);
          }
        } else {
          metadata.put(key, value);
        }
        continue;
      }
      data.add(new Object[] {number, line});
    }
    if (names.isEmpty()) {
      throw new VotingException(VotingError.PREFLIB_NO_CANDIDATES);
    }
    BallotBox.Builder<RankedBallot> box = BallotBox.builder();
    for (Object[] d : data) {
      int number = (Integer) d[0];
      String line = (String) d[1];
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new VotingException(
            VotingError.PREFLIB_LINE_INVALID, number, "expected \"count: a,b,c\"");
      }
      long count = count(line.substring(0, colon), number);
      box.add(ranking(line.substring(colon + 1), names, number), count);
    }
    return new RankedElection(
        Candidates.of(new ArrayList<>(names.keySet())), names, box.build(), metadata);
  }

  private static CandidateId id(String text, int line) {
    long n = ascii(text);
    if (n < 0) {
      throw new VotingException(
          VotingError.PREFLIB_LINE_INVALID, line, "ALTERNATIVE NAME needs 1 to 18 ASCII digits");
    }
    return CandidateId.of(Long.toString(n));
  }

  /**
   * Parses 1 to 18 ASCII digits (surrounding white space ignored); no sign, no other script's
   * digits. Linear and bounded.
   *
   * @return the value, or -1 when the text is not such a number
   */
  static long ascii(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to - from < 1 || to - from > 18) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static long count(String text, int line) {
    long c = ascii(text);
    if (c <= 0) {
      throw new VotingException(VotingError.PREFLIB_COUNT_INVALID, line);
    }
    return c;
  }

  private static RankedBallot ranking(String text, Map<CandidateId, String> names, int line) {
    List<Set<CandidateId>> ranks = new ArrayList<>();
    Set<CandidateId> seen = new TreeSet<>();
    String t = text.strip();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      Set<CandidateId> rank = new TreeSet<>();
      if (c == '{') {
        int close = t.indexOf('}', i);
        if (close < 0) {
          throw new VotingException(VotingError.PREFLIB_LINE_INVALID, line, "unclosed {");
        }
        for (String part : t.substring(i + 1, close).split(",")) {
          rank.add(known(part, names, seen, line));
        }
        i = close + 1;
      } else {
        int comma = t.indexOf(',', i);
        int stop = comma < 0 ? t.length() : comma;
        rank.add(known(t.substring(i, stop), names, seen, line));
        i = stop;
      }
      ranks.add(rank);
    }
    return new RankedBallot(ranks);
  }

  private static CandidateId known(
      String text, Map<CandidateId, String> names, Set<CandidateId> seen, int line) {
    long n = ascii(text);
    if (n < 0) {
      throw new VotingException(VotingError.PREFLIB_UNKNOWN_ALTERNATIVE, line);
    }
    CandidateId id = CandidateId.of(Long.toString(n));
    if (!names.containsKey(id)) {
      throw new VotingException(VotingError.PREFLIB_UNKNOWN_ALTERNATIVE, line);
    }
    if (!seen.add(id)) {
      throw new VotingException(VotingError.PREFLIB_DUPLICATE_ALTERNATIVE, line);
    }
    return id;
  }
}
