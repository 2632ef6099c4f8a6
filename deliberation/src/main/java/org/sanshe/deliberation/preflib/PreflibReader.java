package org.sanshe.deliberation.preflib;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.counting.Candidates;

/**
 * Reads PrefLib ordinal files ({@code .soc}, {@code .soi}, {@code .toc}, {@code .toi}) and
 * categorical files ({@code .cat}), as the PrefLib format specification defines them. Stateless and
 * thread-safe.
 *
 * <p>Header lines start with {@code #} and read {@code # KEY: value}; {@code # ALTERNATIVE NAME i:
 * name} names alternative {@code i} (its id is the number), every other entry is kept in the
 * election's metadata in file order ({@code DATA TYPE}, {@code NUMBER VOTERS}, {@code CATEGORY NAME
 * 1}, ...); a {@code #} line without a colon is a comment. Each other non-empty line is {@code
 * count: preferences}.
 *
 * <p>Ordinal preferences are alternatives separated by commas, most preferred first, with {@code
 * {a,b}} grouping tied alternatives; unranked alternatives are below every ranked one. The format
 * (from {@code # DATA TYPE}, else the caller's) is enforced: no ties in SOC and SOI, every
 * alternative in SOC and TOC. Without a known format the TOI rules apply.
 *
 * <p>Categorical preferences list the categories in order, each a single alternative, a group
 * {@code {a,b}} or the empty group {@code {}}; there must be exactly {@code # NUMBER CATEGORIES} of
 * them. They become ratings (first of n categories n-1, last 0) and the ranking the categories
 * imply; uncategorised alternatives are unranked.
 *
 * <p>Every refusal is a {@link VotingException} with a {@code PREFLIB_} code and the line number;
 * nothing from the file is echoed. The header's counts ({@code NUMBER VOTERS}, ...) are kept as
 * written, not checked against the data.
 */
public final class PreflibReader {

  private static final String ALTERNATIVE = "ALTERNATIVE NAME ";
  private static final String DATA_TYPE = "DATA TYPE";
  private static final String CATEGORIES = "NUMBER CATEGORIES";

  private PreflibReader() {}

  /**
   * Reads a file; its format is its {@code # DATA TYPE}, else its extension, else TOI.
   *
   * @param file the file, not null
   * @return the election
   * @throws UncheckedIOException if the file cannot be read
   * @throws VotingException a {@code PREFLIB_} code with the line number
   */
  public static RankedElection read(Path file) {
    String name = Objects.requireNonNull(file, "file").getFileName().toString();
    int dot = name.lastIndexOf('.');
    Optional<PreflibFormat> byExtension =
        dot < 0 ? Optional.empty() : PreflibFormat.of(name.substring(dot + 1));
    return parse(TextLines.read(file), byExtension.orElse(PreflibFormat.TOI));
  }

  /**
   * Parses a file's text; its format is its {@code # DATA TYPE}, else TOI.
   *
   * @param text the text, not null
   * @return the election
   * @throws VotingException a {@code PREFLIB_} code with the line number
   */
  public static RankedElection parse(String text) {
    return parse(text, PreflibFormat.TOI);
  }

  /**
   * Parses a file's text; its format is its {@code # DATA TYPE}, else the one given.
   *
   * @param text the text, not null
   * @param fallback the format when the header names none, not null
   * @return the election
   * @throws VotingException a {@code PREFLIB_} code with the line number
   */
  public static RankedElection parse(String text, PreflibFormat fallback) {
    Objects.requireNonNull(fallback, "fallback");
    String[] lines = TextLines.lines(text);
    Map<String, String> metadata = new LinkedHashMap<>();
    Map<CandidateId, String> names = new LinkedHashMap<>();
    List<Integer> data = new ArrayList<>();
    PreflibFormat format = null;
    int categoriesLine = 0;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("#")) {
        data.add(i);
        continue;
      }
      String body = line.substring(1).strip();
      int colon = body.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = body.substring(0, colon).strip();
      String value = body.substring(colon + 1).strip();
      if (key.startsWith(ALTERNATIVE)) {
        CandidateId id = alternative(key.substring(ALTERNATIVE.length()), number);
        if (names.put(id, value) != null) {
          throw new VotingException(VotingError.PREFLIB_DUPLICATE_ALTERNATIVE, number);
        }
        continue;
      }
      if (metadata.put(key, value) != null) {
        throw AbifReader.invalid(number, "header key repeated");
      }
      if (key.equals(DATA_TYPE)) {
        format =
            PreflibFormat.of(value)
                .orElseThrow(
                    () ->
                        AbifReader.invalid(number, "DATA TYPE must be soc, soi, toc, toi or cat"));
      } else if (key.equals(CATEGORIES)) {
        categoriesLine = number;
      }
    }
    if (names.isEmpty()) {
      throw new VotingException(VotingError.PREFLIB_NO_CANDIDATES);
    }
    PreflibFormat f = format == null ? fallback : format;
    int categories = 0;
    if (f == PreflibFormat.CAT) {
      long n = categoriesLine == 0 ? -1 : SoiReader.ascii(metadata.get(CATEGORIES));
      if (n < 1 || n > 1_000_000) {
        int at = categoriesLine != 0 ? categoriesLine : data.isEmpty() ? 1 : data.get(0) + 1;
        throw AbifReader.invalid(at, "cat needs NUMBER CATEGORIES, a whole number from 1");
      }
      categories = (int) n;
    }
    List<RankedElection.Vote> votes = new ArrayList<>(data.size());
    for (int i : data) {
      int number = i + 1;
      String line = lines[i].strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw AbifReader.invalid(number, "expected \"count: preferences\"");
      }
      long count = SoiReader.count(line.substring(0, colon), number);
      List<Group> groups = groups(line.substring(colon + 1), names, number);
      votes.add(vote(groups, f, categories, names.size(), count, number));
    }
    return RankedElection.of(
        Candidates.of(new ArrayList<>(names.keySet())), names, votes, metadata);
  }

  /** One comma-separated item: a single alternative or a braced group. */
  private record Group(Set<CandidateId> members) {}

  private static RankedElection.Vote vote(
      List<Group> groups, PreflibFormat f, int categories, int alternatives, long count, int line) {
    List<Set<CandidateId>> ranks = new ArrayList<>();
    SortedMap<CandidateId, Long> ratings = new TreeMap<>();
    int ranked = 0;
    if (f == PreflibFormat.CAT) {
      if (groups.size() != categories) {
        throw AbifReader.invalid(line, "cat: the number of categories differs from the header");
      }
      for (int k = 0; k < groups.size(); k++) {
        Set<CandidateId> members = groups.get(k).members();
        if (!members.isEmpty()) {
          ranks.add(members);
          for (CandidateId id : members) {
            ratings.put(id, (long) (categories - 1 - k));
          }
        }
      }
    } else {
      for (Group g : groups) {
        if (g.members().isEmpty()) {
          throw AbifReader.invalid(line, "empty group {} in an ordinal file");
        }
        if (f.strict() && g.members().size() > 1) {
          throw AbifReader.invalid(line, f.extension() + ": ties are not allowed");
        }
        ranks.add(g.members());
        ranked += g.members().size();
      }
      if (f.complete() && ranked != alternatives) {
        throw AbifReader.invalid(line, f.extension() + ": every alternative must be ranked");
      }
    }
    return new RankedElection.Vote(new RankedBallot(ranks), new ScoreBallot(ratings), count);
  }

  private static List<Group> groups(String text, Map<CandidateId, String> names, int line) {
    List<Group> groups = new ArrayList<>();
    Set<CandidateId> seen = new TreeSet<>();
    String t = text.strip();
    if (t.isEmpty()) {
      return groups;
    }
    int i = 0;
    while (true) {
      while (i < t.length() && t.charAt(i) == ' ') {
        i++;
      }
      if (i >= t.length()) {
        throw AbifReader.invalid(line, "preferences end with a comma");
      }
      int stop;
      if (t.charAt(i) == '{') {
        int close = t.indexOf('}', i);
        if (close < 0) {
          throw AbifReader.invalid(line, "unclosed {");
        }
        Set<CandidateId> members = new TreeSet<>();
        String inner = t.substring(i + 1, close);
        if (!inner.isBlank()) {
          for (String part : inner.split(",", -1)) {
            members.add(known(part, names, seen, line));
          }
        }
        groups.add(new Group(members));
        stop = close + 1;
      } else {
        int comma = t.indexOf(',', i);
        stop = comma < 0 ? t.length() : comma;
        Set<CandidateId> one = new TreeSet<>();
        one.add(known(t.substring(i, stop), names, seen, line));
        groups.add(new Group(one));
      }
      while (stop < t.length() && t.charAt(stop) == ' ') {
        stop++;
      }
      if (stop >= t.length()) {
        return groups;
      }
      if (t.charAt(stop) != ',') {
        throw AbifReader.invalid(line, "expected a comma between preferences");
      }
      i = stop + 1;
    }
  }

  private static CandidateId alternative(String text, int line) {
    long n = SoiReader.ascii(text);
    if (n < 0) {
      throw AbifReader.invalid(line, "ALTERNATIVE NAME needs 1 to 18 ASCII digits");
    }
    return CandidateId.of(Long.toString(n));
  }

  private static CandidateId known(
      String text, Map<CandidateId, String> names, Set<CandidateId> seen, int line) {
    long n = SoiReader.ascii(text);
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
