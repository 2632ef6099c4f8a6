package org.sanshe.deliberation.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Reads Pabulib {@code .pb} files: UTF-8 (a byte-order mark is skipped), sections {@code META},
 * {@code PROJECTS} and {@code VOTES} in this order, each starting with a header row; fields
 * separated by {@code ;} with CSV quoting (a quoted field may hold {@code ;}, doubled quotes and
 * line breaks); {@code vote} and {@code points} are {@code ,}-separated lists. A malformed file is
 * rejected with a {@link VotingException} naming the line and what is wrong. Stateless and
 * thread-safe.
 */
public final class PabulibReader {

  private PabulibReader() {}

  /**
   * Reads a file strictly.
   *
   * @param file the file, not null
   * @return the content
   * @throws UncheckedIOException if the file cannot be read
   * @throws VotingException a {@code PABULIB_} code with the line number
   */
  public static PabulibFile read(Path file) {
    return read(file, ReadMode.STRICT);
  }

  /**
   * Reads a file.
   *
   * @param file the file, not null
   * @param mode strict or lenient, not null
   * @return the content
   * @throws UncheckedIOException if the file cannot be read
   * @throws VotingException a {@code PABULIB_} code with the line number
   */
  public static PabulibFile read(Path file, ReadMode mode) {
    try {
      return parse(
          Files.readString(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8), mode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads from a character stream strictly.
   *
   * @param reader the reader, not null; not closed
   * @return the content
   * @throws UncheckedIOException if reading fails
   * @throws VotingException a {@code PABULIB_} code with the line number
   */
  public static PabulibFile read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int n;
      while ((n = reader.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(sb.toString());
  }

  /**
   * Parses the text of a file strictly.
   *
   * @param text the text, not null
   * @return the content
   * @throws VotingException a {@code PABULIB_} code with the line number
   */
  public static PabulibFile parse(String text) {
    return parse(text, ReadMode.STRICT);
  }

  /**
   * Parses the text of a file. Time and memory are linear in the length of the text.
   *
   * @param text the text, not null
   * @param mode strict or lenient, not null
   * @return the content
   * @throws VotingException a {@code PABULIB_} code with the line number; the message names the
   *     line and the field, never the file's text
   */
  public static PabulibFile parse(String text, ReadMode mode) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    Records records = records(text);
    if (records.size() == 0) {
      throw new VotingException(VotingError.PABULIB_EMPTY);
    }
    int at = 0;
    at = expectSection(records, at, "META");
    List<String> metaHeader = header(records, at++, "META", List.of("key", "value"));
    Map<String, String> meta = new LinkedHashMap<>();
    Map<String, Integer> metaLines = new HashMap<>();
    while (at < records.size() && !isSection(records.get(at), "PROJECTS")) {
      int line = records.line(at);
      List<String> r = records.get(at++);
      if (r.size() != metaHeader.size()) {
        throw new VotingException(
            VotingError.PABULIB_FIELD_COUNT, line, metaHeader.size(), r.size());
      }
      String key = r.get(0).strip();
      if (meta.put(key, r.get(1)) != null) {
        throw new VotingException(VotingError.PABULIB_DUPLICATE_KEY, line, "META key");
      }
      metaLines.put(key, line);
    }
    at = expectSection(records, at, "PROJECTS");
    List<String> projectHeader = header(records, at++, "PROJECTS", List.of("project_id", "cost"));
    List<PabulibFile.Row> projects = new ArrayList<>();
    String[] projectColumns = projectHeader.toArray(new String[0]);
    while (at < records.size() && !isSection(records.get(at), "VOTES")) {
      projects.add(row(projectColumns, records.get(at), records.line(at)));
      at++;
    }
    at = expectSection(records, at, "VOTES");
    List<String> voteHeader = header(records, at++, "VOTES", List.of("voter_id", "vote"));
    List<PabulibFile.Row> votes = new ArrayList<>(records.size() - at);
    TextRangeSet voters = new TextRangeSet(records.size() - at);
    String[] voteColumns = voteHeader.toArray(new String[0]);
    int voterColumn = voteHeader.indexOf("voter_id");
    while (at < records.size()) {
      int line = records.line(at);
      List<String> r = records.get(at++);
      PabulibFile.Row row = row(voteColumns, r, line);
      boolean added;
      if (r instanceof LineFields f) {
        added = voters.add(f.text(), f.from(voterColumn), f.to(voterColumn));
      } else {
        String id = r.get(voterColumn);
        added = voters.add(id, 0, id.length());
      }
      if (!added) {
        throw new VotingException(VotingError.PABULIB_DUPLICATE_KEY, line, "voter_id");
      }
      votes.add(row);
    }
    PabulibFile file =
        new PabulibFile(meta, metaLines, projectHeader, projects, voteHeader, votes, mode);
    file.budget();
    String type = file.voteType();
    if (!List.of("approval", "ordinal", "cumulative", "scoring", "choose-1").contains(type)) {
      throw new VotingException(VotingError.PABULIB_VOTE_TYPE_UNSUPPORTED);
    }
    return file;
  }

  private static PabulibFile.Row row(String[] columns, List<String> fields, int line) {
    if (fields.size() != columns.length) {
      throw new VotingException(
          VotingError.PABULIB_FIELD_COUNT, line, columns.length, fields.size());
    }
    return new PabulibFile.Row(line, new ColumnMap(columns, fields));
  }

  private static boolean isSection(List<String> fields, String name) {
    return fields.size() == 1 && fields.get(0).strip().equalsIgnoreCase(name);
  }

  private static int expectSection(Records records, int at, String name) {
    if (at >= records.size() || !isSection(records.get(at), name)) {
      int line = at < records.size() ? records.line(at) : lastLine(records) + 1;
      throw new VotingException(VotingError.PABULIB_SECTION_MISSING, line, name);
    }
    return at + 1;
  }

  private static int lastLine(Records records) {
    return records.size() == 0 ? 0 : records.line(records.size() - 1);
  }

  /** The header's column names, stripped. */
  private static List<String> header(Records records, int at, String section, List<String> needed) {
    if (at >= records.size()) {
      throw new VotingException(
          VotingError.PABULIB_HEADER_INVALID, lastLine(records) + 1, section, needed.get(0));
    }
    int line = records.line(at);
    List<String> names = records.get(at).stream().map(String::strip).toList();
    for (String column : needed) {
      if (!names.contains(column)) {
        throw new VotingException(VotingError.PABULIB_HEADER_INVALID, line, section, column);
      }
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new VotingException(VotingError.PABULIB_DUPLICATE_KEY, line, section + " column");
    }
    return names;
  }

  private static String withoutCr(String field) {
    return field.indexOf('\r') < 0 ? field : field.replace("\r", "");
  }

  /**
   * The records of a text: each record's fields and the line it starts on, the lines in one array
   * rather than an object per record. Not thread-safe; used by one read.
   */
  private static final class Records {
    private final List<List<String>> fields = new ArrayList<>();
    private int[] lines = new int[64];

    void add(int line, List<String> record) {
      if (fields.size() == lines.length) {
        lines = Arrays.copyOf(lines, 2 * lines.length);
      }
      lines[fields.size()] = line;
      fields.add(record);
    }

    int size() {
      return fields.size();
    }

    List<String> get(int at) {
      return fields.get(at);
    }

    int line(int at) {
      return lines[at];
    }
  }

  /** A line's fields cut at once, each without carriage returns (a CR inside a line is rare). */
  private static List<String> cutWithoutCr(LineFields line) {
    String[] fields = new String[line.size()];
    for (int f = 0; f < fields.length; f++) {
      fields[f] = withoutCr(line.get(f));
    }
    return List.of(fields);
  }

  /** Splits the text into records; blank lines are skipped. */
  private static Records records(String text) {
    Records out = new Records();
    int line = 1;
    int i = 0;
    int n = text.length();
    int quote = text.indexOf('"');
    int cr = text.indexOf('\r');
    int[] cuts = new int[16];
    while (i < n) {
      int start = line;
      int eol = text.indexOf('\n', i);
      int lineEnd = eol < 0 ? n : eol;
      if (quote >= 0 && quote < i) {
        quote = text.indexOf('"', i);
      }
      if (quote < 0 || quote > lineEnd) {
        // no quote on this line: the fields are offsets into the text, cut only when read
        int to = lineEnd > i && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
        int count = 1;
        cuts[0] = i;
        for (int semi = text.indexOf(';', i);
            semi >= 0 && semi < to;
            semi = text.indexOf(';', semi + 1)) {
          if (count + 1 == cuts.length) {
            cuts = Arrays.copyOf(cuts, 2 * cuts.length);
          }
          cuts[count++] = semi;
        }
        cuts[count] = to;
        LineFields offsets = new LineFields(text, Arrays.copyOf(cuts, count + 1));
        if (cr >= 0 && cr < i) {
          cr = text.indexOf('\r', i);
        }
        List<String> fields = cr >= 0 && cr < to ? cutWithoutCr(offsets) : offsets;
        if (!(count == 1 && fields.get(0).isBlank())) {
          out.add(start, fields);
        }
        line++;
        i = eol < 0 ? n : eol + 1;
        continue;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      boolean end = false;
      while (i < n && !end) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            quoted = false;
            i++;
            continue;
          }
          if (c == '\n') {
            line++;
          }
          field.append(c);
          i++;
          continue;
        }
        switch (c) {
          case '"':
            if (field.length() == 0 && !wasQuoted) {
              quoted = true;
              wasQuoted = true;
            } else {
              field.append(c);
            }
            i++;
            break;
          case ';':
            fields.add(field.toString());
            field.setLength(0);
            wasQuoted = false;
            i++;
            break;
          case '\r':
            i++;
            break;
          case '\n':
            end = true;
            line++;
            i++;
            break;
          default:
            field.append(c);
            i++;
        }
      }
      if (quoted) {
        throw new VotingException(VotingError.PABULIB_QUOTE_UNCLOSED, start);
      }
      fields.add(field.toString());
      boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !wasQuoted;
      if (!blank) {
        out.add(start, List.copyOf(fields));
      }
    }
    return out;
  }
}
