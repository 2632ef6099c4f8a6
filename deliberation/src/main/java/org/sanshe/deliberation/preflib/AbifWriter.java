package org.sanshe.deliberation.preflib;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Writes an election as ABIF that {@link AbifReader} reads back to an equal election: metadata
 * lines {@code {"key": "value"}} (JSON strings), one declaration {@code =Token:[Full name]} per
 * candidate in order, then one vote line per distinct vote in order, ranks separated by {@code >},
 * tied candidates by {@code =}, each rated candidate followed by {@code /rating}. Tokens are
 * written bare when they are ASCII letters, digits, {@code _} and {@code -}, else as JSON strings.
 * Stateless and thread-safe.
 */
public final class AbifWriter {

  private AbifWriter() {}

  /**
   * Returns the ABIF text of an election.
   *
   * @param election the election, not null
   * @return the text, lines ending in LF
   * @throws VotingException {@code PREFLIB_FORMAT_MISMATCH} when a full name is blank, holds a
   *     {@code ]} or a line break, or two candidates share one
   */
  public static String write(RankedElection election) {
    Objects.requireNonNull(election, "election");
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : election.metadata().entrySet()) {
      out.append('{');
      json(e.getKey(), out);
      out.append(": ");
      json(e.getValue(), out);
      out.append("}\n");
    }
    Set<String> seen = new HashSet<>();
    for (CandidateId id : election.candidates().list()) {
      String name = election.names().get(id);
      if (name.isBlank()
          || !name.equals(name.strip())
          || name.indexOf(']') >= 0
          || !TextOut.oneLine(name)) {
        throw mismatch("a full name is blank, padded, or holds ] or a line break");
      }
      if (!seen.add(name)) {
        throw mismatch("two candidates share a full name");
      }
      out.append('=');
      token(id, out);
      out.append(":[").append(name).append("]\n");
    }
    for (RankedElection.Vote v : election.votes()) {
      out.append(v.count()).append(':');
      List<Set<CandidateId>> ranks = v.ranking().ranks();
      for (int r = 0; r < ranks.size(); r++) {
        if (r > 0) {
          out.append('>');
        }
        boolean first = true;
        for (CandidateId id : ranks.get(r)) {
          if (!first) {
            out.append('=');
          }
          first = false;
          token(id, out);
          Long rating = v.ratings().scores().get(id);
          if (rating != null) {
            out.append('/').append(rating);
          }
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
   * @param path the file, not null
   * @throws UncheckedIOException if the file cannot be written
   * @throws VotingException as {@link #write(RankedElection)}
   */
  public static void write(RankedElection election, Path path) {
    TextOut.write(write(election), path);
  }

  private static void token(CandidateId id, StringBuilder out) {
    String t = id.value();
    boolean bare = true;
    for (int i = 0; i < t.length() && bare; i++) {
      char c = t.charAt(i);
      bare =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '_'
              || c == '-';
    }
    if (bare) {
      out.append(t);
    } else {
      json(t, out);
    }
  }

  private static void json(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < ' ' || c == '\u007f' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static VotingException mismatch(String what) {
    return new VotingException(VotingError.PREFLIB_FORMAT_MISMATCH, "ABIF", what);
  }
}
